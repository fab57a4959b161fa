"""`_prisma_migrations` written by lamina is read by Prisma's engine, and the other way round.

These tests run the real Prisma engine in ../shared/oracle (about 3 s per call).
"""

from __future__ import annotations

import json
import subprocess
from pathlib import Path

import pytest

from lamina.engine.apply import apply_migrations
from lamina.engine.tables import read_history
from lamina.engine.connection import connect
from lamina.engine.urls import parse_database_url
from lamina.errors import MigrationFailedToApply
from lamina.migrations.directory import checksum, list_migrations, write_lock_file

from .conftest import make_migrations

pytestmark = pytest.mark.oracle

INIT = 'CREATE TABLE "A" ("id" INTEGER NOT NULL PRIMARY KEY);\n'
SECOND = 'CREATE TABLE "B" ("id" INTEGER NOT NULL PRIMARY KEY);\n'
BROKEN = 'INSERT INTO "Nope" VALUES (1);\n'


@pytest.fixture
def oracle(oracle_dir: Path) -> Path:
    """The shared fixture: skips without Node (fails with CI=true) and runs the oracle's setup once."""
    return oracle_dir


def schema_file(tmp_path: Path, provider: str) -> Path:
    path = tmp_path / "schema.prisma"
    path.write_text(f'datasource db {{\n  provider = "{provider}"\n}}\n')
    return path


def oracle_status(oracle: Path, url: str, migrations: Path, schema: Path) -> dict:
    result = subprocess.run(
        [str(oracle / "prisma-status.sh"), url, str(migrations), str(schema), "--json"],
        capture_output=True, text=True, timeout=120,
    )
    return json.loads(result.stdout[: result.stdout.rindex("}") + 1])


def oracle_deploy(oracle: Path, url: str, migrations: Path, schema: Path) -> None:
    subprocess.run(
        [str(oracle / "prisma-deploy.sh"), url, str(migrations), str(schema)],
        capture_output=True, text=True, timeout=120, check=True,
    )


def test_prisma_reads_the_history_lamina_wrote(db_url, tmp_path: Path, oracle: Path) -> None:
    migrations = tmp_path / "migrations"
    make_migrations(migrations, {"20240101000000_init": INIT, "20240102000000_second": SECOND})
    write_lock_file(migrations, db_url.provider)
    with connect(db_url) as conn:
        apply_migrations(conn, list_migrations(migrations))
    status = oracle_status(oracle, db_url.url, migrations, schema_file(tmp_path, db_url.provider))
    assert status == {
        "editedMigrationNames": [], "failedMigrationNames": [], "hasMigrationsTable": True, "history": None,
    }


def test_prisma_sees_lamina_failed_and_edited_rows(db_url, tmp_path: Path, oracle: Path) -> None:
    migrations = tmp_path / "migrations"
    make_migrations(migrations, {"20240101000000_init": INIT, "20240102000000_broken": BROKEN})
    write_lock_file(migrations, db_url.provider)
    with connect(db_url) as conn, pytest.raises(MigrationFailedToApply):
        apply_migrations(conn, list_migrations(migrations))
    (migrations / "20240101000000_init" / "migration.sql").write_text(INIT + "-- edited\n")
    status = oracle_status(oracle, db_url.url, migrations, schema_file(tmp_path, db_url.provider))
    assert status["failedMigrationNames"] == ["20240102000000_broken"]
    assert status["editedMigrationNames"] == ["20240101000000_init"]


def test_lamina_reads_the_history_prisma_wrote(db_url, tmp_path: Path, oracle: Path) -> None:
    migrations = tmp_path / "migrations"
    make_migrations(migrations, {"20240101000000_init": INIT, "20240102000000_second": SECOND})
    write_lock_file(migrations, db_url.provider)
    oracle_deploy(oracle, db_url.url, migrations, schema_file(tmp_path, db_url.provider))
    with connect(db_url) as conn:
        records = read_history(conn)
        assert [r.migration_name for r in records] == ["20240101000000_init", "20240102000000_second"]
        assert [r.checksum for r in records] == [checksum(INIT), checksum(SECOND)]
        assert all(r.finished_at is not None and r.applied_steps_count == 1 for r in records)
        assert apply_migrations(conn, list_migrations(migrations)) == []
