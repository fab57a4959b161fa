"""`lamina.operations.down.down` and `write_down_scripts` called from Python, on SQLite and on
PostgreSQL: results, the database's state and history after them, and questions answered by a
prompter (or refused without one)."""

from __future__ import annotations

from pathlib import Path

import pytest

from lamina.errors import UsageError
from lamina.operations.deploy import deploy
from lamina.operations.down import (
    DataLossWarnings, DownNeedsConfirmation, DownResult, DriftBeforeDown, RevertPlanned, TooManySteps,
    UnknownMigrationNames, WriteDownResult, down, write_down_scripts,
)
from lamina.prompting import ScriptedPrompter
from tests.api.history_project import FIRST, SECOND, THIRD, database, run_sql  # noqa: F401 - database: a fixture
from tests.deploy.conftest import write_project


def _tables(provider: str, url: str) -> list[str]:
    if provider == "sqlite":
        sql = "SELECT name FROM sqlite_master WHERE type = 'table' AND name != '_prisma_migrations' ORDER BY name"
    else:
        sql = ("SELECT tablename FROM pg_tables WHERE schemaname = 'public' AND tablename != '_prisma_migrations' "
               "ORDER BY tablename")
    return [str(row[0]) for row in run_sql(provider, url, sql)]


def _rolled_back(provider: str, url: str) -> list[str]:
    sql = "SELECT migration_name FROM _prisma_migrations WHERE rolled_back_at IS NOT NULL ORDER BY migration_name"
    return [str(row[0]) for row in run_sql(provider, url, sql)]


def test_down_reverts_the_newest_migrations(tmp_path: Path, database: tuple[str, str]) -> None:
    provider, url = database
    write_project(tmp_path, provider, url, {"1_a": FIRST, "2_b": SECOND, "3_c": THIRD})
    deploy(project=tmp_path)
    (tmp_path / "prisma" / "migrations" / "3_c" / "down.sql").write_text('DROP TABLE "C";\n')
    events: list[object] = []
    result = down(project=tmp_path, steps=2, listener=events.append)
    assert isinstance(result, DownResult)
    assert result.reverted == ("3_c", "2_b") and result.now_at == "1_a"
    assert [(r.name, r.is_computed) for r in result.planned] == [("3_c", False), ("2_b", True)]
    assert 'DROP TABLE "B"' in result.planned[1].script
    assert result.provider == provider and not result.cancelled and not result.dry_run
    assert any(isinstance(e, RevertPlanned) and len(e.reversals) == 2 for e in events)
    assert _tables(provider, url) == ["A"]
    assert _rolled_back(provider, url) == ["2_b", "3_c"]
    again = down(project=tmp_path, to="1_a")
    assert again.planned == () and again.reverted == ()
    with pytest.raises(TooManySteps):
        down(project=tmp_path, steps=5)


def test_dry_run_changes_nothing(tmp_path: Path, sqlite_url: str) -> None:
    write_project(tmp_path, "sqlite", sqlite_url, {"1_a": FIRST, "2_b": SECOND})
    deploy(project=tmp_path)
    result = down(project=tmp_path, dry_run=True)
    assert result.dry_run and result.reverted == () and [r.name for r in result.planned] == ["2_b"]
    assert result.now_at == "2_b"
    assert _tables("sqlite", sqlite_url) == ["A", "B"] and _rolled_back("sqlite", sqlite_url) == []


def test_data_loss_needs_an_answer(tmp_path: Path, database: tuple[str, str]) -> None:
    provider, url = database
    write_project(tmp_path, provider, url, {"1_a": FIRST, "2_b": SECOND})
    deploy(project=tmp_path)
    run_sql(provider, url, 'INSERT INTO "B" ("id") VALUES (1)')
    with pytest.raises(DownNeedsConfirmation):
        down(project=tmp_path)
    no = ScriptedPrompter([False])
    events: list[object] = []
    cancelled = down(project=tmp_path, prompter=no, listener=events.append)
    assert cancelled.cancelled and cancelled.reverted == () and no.asked
    assert any(isinstance(e, DataLossWarnings) for e in events)
    assert "1 rows" in " ".join(cancelled.warnings) or "1 row" in " ".join(cancelled.warnings)
    assert _tables(provider, url) == ["A", "B"]
    accepted = down(project=tmp_path, accept_data_loss=True)
    assert accepted.reverted == ("2_b",) and accepted.warnings
    assert _tables(provider, url) == ["A"]


def test_drift_is_refused_unless_forced(tmp_path: Path, sqlite_url: str) -> None:
    write_project(tmp_path, "sqlite", sqlite_url, {"1_a": FIRST, "2_b": SECOND})
    deploy(project=tmp_path)
    run_sql("sqlite", sqlite_url, 'CREATE TABLE "Extra" ("id" INTEGER PRIMARY KEY)')
    with pytest.raises(DriftBeforeDown) as caught:
        down(project=tmp_path)
    assert "Extra" in caught.value.message()
    forced = down(project=tmp_path, force=True)
    assert forced.drifted and forced.reverted == ("2_b",)


def test_usage_errors(tmp_path: Path, sqlite_url: str) -> None:
    write_project(tmp_path, "sqlite", sqlite_url, {"1_a": FIRST})
    with pytest.raises(UsageError):
        down(project=tmp_path, steps=1, to="1_a")
    with pytest.raises(UsageError):
        down(project=tmp_path, steps=0)


def test_write_down_scripts(tmp_path: Path, database: tuple[str, str]) -> None:
    provider, url = database
    write_project(tmp_path, provider, url, {"1_a": FIRST, "2_b": SECOND})
    migrations = tmp_path / "prisma" / "migrations"
    (migrations / "1_a" / "down.sql").write_text('DROP TABLE "A";\n')
    dry = write_down_scripts(project=tmp_path, dry_run=True)
    assert isinstance(dry, WriteDownResult) and dry.dry_run
    assert [w.name for w in dry.written] == ["2_b"] and not (migrations / "2_b" / "down.sql").exists()
    result = write_down_scripts(project=tmp_path)
    assert [(w.name, w.loses_data) for w in result.written] == [("2_b", True)]
    assert (result.already_had, result.missing) == (1, 1)
    assert result.written[0].path == migrations / "2_b" / "down.sql"
    assert 'DROP TABLE "B"' in (migrations / "2_b" / "down.sql").read_text()
    assert write_down_scripts(project=tmp_path).written == ()
    with pytest.raises(UnknownMigrationNames):
        write_down_scripts(project=tmp_path, names=["9_nope"])
