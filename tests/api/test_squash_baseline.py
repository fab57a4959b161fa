"""`lamina.operations.squash.squash` and `lamina.operations.baseline.baseline` called from Python,
on SQLite and PostgreSQL: the folder, the database's history and the results."""

from __future__ import annotations

from pathlib import Path

import pytest

from lamina.operations.baseline import BaselineNeedsEmptyHistory, BaselineResult, NothingToBaseline, baseline
from lamina.operations.deploy import deploy
from lamina.operations.down import UnknownMigrationNames
from lamina.operations.squash import EmptyRange, RangePartlyApplied, SquashResult, squash
from lamina.operations.status import status
from tests.api.history_project import FIRST, SECOND, THIRD, database, run_sql  # noqa: F401 - database: a fixture
from tests.cli.helpers import write_schema
from tests.deploy.conftest import write_project


def _folders(project: Path) -> list[str]:
    return sorted(p.name for p in (project / "prisma" / "migrations").iterdir() if p.is_dir())


def test_squash_replaces_the_range_and_its_rows(tmp_path: Path, database: tuple[str, str]) -> None:
    provider, url = database
    write_project(tmp_path, provider, url, {"1_a": FIRST, "2_b": SECOND, "3_c": THIRD})
    deploy(project=tmp_path)
    result = squash(project=tmp_path, name="a and b", to_name="2_b")
    assert isinstance(result, SquashResult)
    assert result.squashed == ("1_a", "2_b") and result.directory == "2_a_and_b"
    assert result.database == "updated" and result.with_down
    assert _folders(tmp_path) == ["2_a_and_b", "3_c"]
    script = result.path.read_text()
    assert 'CREATE TABLE "A"' in script and 'CREATE TABLE "B"' in script
    rows = run_sql(provider, url, "SELECT migration_name FROM _prisma_migrations ORDER BY migration_name")
    assert [r[0] for r in rows] == ["2_a_and_b", "3_c"]
    assert {m.name: m.state for m in status(project=tmp_path).migrations} == {"2_a_and_b": "applied", "3_c": "applied"}


def test_squash_refuses_a_partly_applied_range(tmp_path: Path, database: tuple[str, str]) -> None:
    provider, url = database
    write_project(tmp_path, provider, url, {"1_a": FIRST})
    deploy(project=tmp_path)
    (tmp_path / "prisma" / "migrations" / "2_b").mkdir()
    (tmp_path / "prisma" / "migrations" / "2_b" / "migration.sql").write_text(SECOND)
    with pytest.raises(RangePartlyApplied):
        squash(project=tmp_path, name="all")
    assert _folders(tmp_path) == ["1_a", "2_b"]
    with pytest.raises(EmptyRange):
        squash(project=tmp_path, name="x", from_name="2_b", to_name="1_a")
    with pytest.raises(UnknownMigrationNames):
        squash(project=tmp_path, name="x", from_name="nope")


def test_squash_without_the_database(tmp_path: Path) -> None:
    write_project(tmp_path, "sqlite", "file:./missing.db", {"1_a": FIRST, "2_b": SECOND})
    result = squash(project=tmp_path, name="all")
    assert result.database == "missing" and _folders(tmp_path) == ["2_all"]


def test_baseline_writes_and_records_the_first_migration(tmp_path: Path, database: tuple[str, str]) -> None:
    provider, url = database
    write_schema(tmp_path, provider, url, "")
    with pytest.raises(NothingToBaseline):
        baseline(project=tmp_path, name="init")
    run_sql(provider, url, 'CREATE TABLE "User" ("id" INTEGER NOT NULL PRIMARY KEY)')
    result = baseline(project=tmp_path, name="init")
    assert isinstance(result, BaselineResult) and result.directory.endswith("_init")
    assert result.path.read_text() == result.script and "User" in result.script
    rows = run_sql(provider, url, "SELECT migration_name, finished_at IS NOT NULL FROM _prisma_migrations")
    assert [(r[0], bool(r[1])) for r in rows] == [(result.directory, True)]
    assert (tmp_path / "prisma" / "migrations" / "migration_lock.toml").exists()
    with pytest.raises(BaselineNeedsEmptyHistory):
        baseline(project=tmp_path, name="again")
