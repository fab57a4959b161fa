"""`lamina.operations.reset.reset` called from Python: everything dropped, every migration applied
again; without `force` the prompter decides, and without one it is the CLI's non-interactive error."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import psycopg
import pytest

from lamina.operations.reset import ResetNeedsForce, ResetResult, reset
from lamina.prompting import ScriptedPrompter
from tests.deploy.conftest import write_project

FIRST = 'CREATE TABLE "A" ("id" INTEGER NOT NULL PRIMARY KEY);\n'
SECOND = 'CREATE TABLE "B" ("id" INTEGER NOT NULL PRIMARY KEY);\n'


def _rows(url: str, sql: str) -> list[tuple[object, ...]]:
    with sqlite3.connect(url.removeprefix("file:")) as db:
        return db.execute(sql).fetchall()


def test_reset_drops_everything_and_reapplies(tmp_path: Path, sqlite_url: str) -> None:
    write_project(tmp_path, "sqlite", sqlite_url, {"1_a": FIRST, "2_b": SECOND})
    _rows(sqlite_url, 'CREATE TABLE "Stray" ("x" INTEGER)')
    result = reset(project=tmp_path, force=True)
    assert result == ResetResult(("1_a", "2_b"), database_created=False)
    tables = {row[0] for row in _rows(sqlite_url, "SELECT name FROM sqlite_master WHERE type = 'table'")}
    assert tables == {"A", "B", "_prisma_migrations"}
    _rows(sqlite_url, 'INSERT INTO "A" VALUES (1)')
    assert reset(cwd=tmp_path, force=True).applied == ("1_a", "2_b")
    assert _rows(sqlite_url, 'SELECT * FROM "A"') == []


def test_without_force_the_prompter_decides(tmp_path: Path, sqlite_url: str) -> None:
    write_project(tmp_path, "sqlite", sqlite_url, {"1_a": FIRST})
    with pytest.raises(ResetNeedsForce):
        reset(project=tmp_path)
    with pytest.raises(ResetNeedsForce):
        reset(project=tmp_path, prompter=ScriptedPrompter([True], interactive=False))
    no = ScriptedPrompter([False])
    assert reset(project=tmp_path, prompter=no).cancelled
    assert no.asked == ["Are you sure you want to reset your database? All data will be lost."]
    assert _rows(sqlite_url, "SELECT name FROM sqlite_master") == []  # nothing was changed
    assert reset(project=tmp_path, prompter=ScriptedPrompter([True])).applied == ("1_a",)


@pytest.mark.postgres
def test_reset_on_postgresql(tmp_path: Path, postgres_url: str) -> None:
    write_project(tmp_path, "postgresql", postgres_url, {"1_a": FIRST, "2_b": SECOND})
    with psycopg.connect(postgres_url, autocommit=True) as conn:
        conn.execute('CREATE TABLE "Stray" ("x" INTEGER)')
    result = reset(project=tmp_path, force=True)
    assert result.applied == ("1_a", "2_b") and not result.cancelled
    with psycopg.connect(postgres_url) as conn:
        tables = {row[0] for row in conn.execute(
            "SELECT tablename FROM pg_tables WHERE schemaname = 'public'")}
    assert tables == {"A", "B", "_prisma_migrations"}
