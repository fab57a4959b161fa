"""`lamina.operations.status.status` called from Python: the verdict and one row per migration."""

from __future__ import annotations

from pathlib import Path

import psycopg
import pytest

from lamina.errors import KnownError
from lamina.operations.deploy import deploy
from lamina.operations.status import status
from tests.deploy.conftest import write_project

FIRST = 'CREATE TABLE "A" ("id" INTEGER NOT NULL PRIMARY KEY);\n'
SECOND = 'CREATE TABLE "B" ("id" INTEGER NOT NULL PRIMARY KEY);\n'


def test_not_managed_then_pending_then_up_to_date(tmp_path: Path, sqlite_url: str) -> None:
    (tmp_path / "prisma" / "migrations").mkdir(parents=True)
    write_project(tmp_path, "sqlite", sqlite_url, {})
    empty = status(project=tmp_path)
    assert empty.verdict == "not_managed" and not empty.up_to_date and not empty.history_table

    write_project(tmp_path, "sqlite", sqlite_url, {"1_a": FIRST, "2_b": SECOND})
    pending = status(project=tmp_path)
    assert pending.verdict == "pending" and pending.pending == ("1_a", "2_b") and pending.applied == ()
    assert [(row.name, row.state, row.applied_at) for row in pending.migrations] == [
        ("1_a", "pending", None), ("2_b", "pending", None)]

    deploy(project=tmp_path)
    done = status(project=tmp_path)
    assert done.up_to_date and done.verdict == "up_to_date" and done.applied == ("1_a", "2_b")
    assert all(row.state == "applied" and row.applied_at is not None and row.duration_ms is not None
               for row in done.migrations)


def test_failed_rolled_back_edited_and_missing_on_postgres(tmp_path: Path, postgres_url: str) -> None:
    migrations = {"1_a": FIRST, "2_b": SECOND, "3_gone": 'CREATE TABLE "G" ("id" INTEGER);\n'}
    write_project(tmp_path, "postgresql", postgres_url, migrations)
    deploy(project=tmp_path)
    folder = tmp_path / "prisma" / "migrations"
    (folder / "1_a" / "migration.sql").write_text(FIRST + "-- edited\n")
    (folder / "3_gone" / "migration.sql").unlink()
    (folder / "3_gone").rmdir()
    (folder / "4_bad").mkdir()
    (folder / "4_bad" / "migration.sql").write_text("CREATE TABLE (;\n")
    with pytest.raises(KnownError):
        deploy(project=tmp_path)
    with psycopg.connect(postgres_url) as conn:
        conn.execute("UPDATE _prisma_migrations SET rolled_back_at = now() WHERE migration_name = '2_b'")

    result = status(project=tmp_path, url=postgres_url)
    assert [(row.name, row.state) for row in result.migrations] == [
        ("1_a", "edited"), ("2_b", "rolled_back"), ("4_bad", "failed"), ("3_gone", "missing")]
    assert result.edited == ("1_a",) and result.missing == ("3_gone",) and result.failed == ("4_bad",)
    assert result.pending == ("2_b",) and result.verdict == "diverged" and not result.up_to_date
    assert result.last_common_migration == "1_a"


def test_missing_database_is_p1003(tmp_path: Path) -> None:
    write_project(tmp_path, "sqlite", f"file:{tmp_path / 'none.db'}", {"1_a": FIRST})
    with pytest.raises(KnownError) as caught:
        status(project=tmp_path)
    assert caught.value.code == "P1003"
