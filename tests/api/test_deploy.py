"""`lamina.operations.deploy.deploy` called from Python: results, progress events, the migration
lock between two deployers, and no password in the logs."""

from __future__ import annotations

import logging
import threading
from pathlib import Path
from urllib.parse import urlsplit

import psycopg
import pytest

from lamina.errors import KnownError
from lamina.operations.deploy import (
    ApplyingMigration,
    DeployResult,
    MigrationApplied,
    MigrationsFound,
    PendingMigrations,
    deploy,
)
from tests.conftest import postgres_server_url, url_with_database
from tests.deploy.conftest import write_project

FIRST = 'CREATE TABLE "A" ("id" INTEGER NOT NULL PRIMARY KEY);\n'
SECOND = 'CREATE TABLE "B" ("id" INTEGER NOT NULL PRIMARY KEY);\n'
SLOW = 'SELECT pg_sleep(0.5);\nCREATE TABLE "C" ("id" INTEGER NOT NULL PRIMARY KEY);\n'


def test_deploy_sqlite_returns_applied_migrations_and_emits_events(tmp_path: Path, sqlite_url: str) -> None:
    write_project(tmp_path, "sqlite", sqlite_url, {"1_a": FIRST, "2_b": SECOND})
    events: list[object] = []
    result = deploy(project=tmp_path, listener=events.append)
    assert isinstance(result, DeployResult)
    assert [m.name for m in result.applied] == ["1_a", "2_b"]
    assert all(m.duration_ms >= 0 for m in result.applied)
    assert result.migrations_found == 2 and not result.database_created
    kinds = [type(event) for event in events]
    assert kinds[kinds.index(MigrationsFound):] == [MigrationsFound, PendingMigrations, ApplyingMigration,
                                                    MigrationApplied, ApplyingMigration, MigrationApplied]
    assert [(e.name, e.number, e.total) for e in events if isinstance(e, ApplyingMigration)] == [
        ("1_a", 1, 2), ("2_b", 2, 2)]
    assert deploy(project=tmp_path).applied == ()


def test_dry_run_writes_nothing(tmp_path: Path, sqlite_url: str) -> None:
    write_project(tmp_path, "sqlite", sqlite_url, {"1_a": FIRST})
    result = deploy(cwd=tmp_path, dry_run=True)
    assert result.dry_run and [m.name for m in result.would_apply] == ["1_a"] and result.applied == ()
    assert deploy(cwd=tmp_path).applied[0].name == "1_a"


def test_explicit_url_wins_over_the_schema(tmp_path: Path, sqlite_url: str) -> None:
    write_project(tmp_path, "sqlite", "file:./elsewhere.db", {"1_a": FIRST})
    result = deploy(project=tmp_path, url=sqlite_url)
    assert [m.name for m in result.applied] == ["1_a"]
    assert not (tmp_path / "prisma" / "elsewhere.db").exists()


def test_failed_migration_raises_p3018(tmp_path: Path, sqlite_url: str) -> None:
    write_project(tmp_path, "sqlite", sqlite_url, {"1_a": FIRST, "2_bad": "CREATE TABLE broken (;\n"})
    with pytest.raises(KnownError) as caught:
        deploy(project=tmp_path)
    assert caught.value.code == "P3018"
    with pytest.raises(KnownError) as again:
        deploy(project=tmp_path)
    assert again.value.code == "P3009"


def test_two_threads_deploying_at_once_apply_each_migration_once(tmp_path: Path, postgres_url: str,
                                                                 monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("PRISMA_SCHEMA_DISABLE_ADVISORY_LOCK", raising=False)
    write_project(tmp_path, "postgresql", postgres_url, {"1_a": FIRST, "2_c": SLOW, "3_b": SECOND})
    start = threading.Barrier(2)
    results: list[DeployResult] = []
    errors: list[BaseException] = []

    def deployer() -> None:
        start.wait()
        try:
            results.append(deploy(project=tmp_path))
        except BaseException as error:  # noqa: BLE001 - reported below
            errors.append(error)

    threads = [threading.Thread(target=deployer) for _ in range(2)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=60)
    assert errors == [] and len(results) == 2
    applied = sorted(m.name for result in results for m in result.applied)
    assert applied == ["1_a", "2_c", "3_b"]  # each by one deployer, the other found nothing left
    with psycopg.connect(postgres_url) as conn:
        rows = conn.execute("SELECT migration_name, count(*) FROM _prisma_migrations "
                            "WHERE finished_at IS NOT NULL GROUP BY migration_name ORDER BY 1").fetchall()
    assert rows == [("1_a", 1), ("2_c", 1), ("3_b", 1)]


def test_debug_logs_never_show_the_password(tmp_path: Path, postgres_url: str,
                                            caplog: pytest.LogCaptureFixture) -> None:
    password = "hunter2-Secret-pw"
    name = postgres_url.rsplit("/", 1)[1] + "_created"
    parts = urlsplit(url_with_database(postgres_server_url(), name))
    netloc = f"{parts.username or 'postgres'}:{password}@{parts.hostname}:{parts.port or 5432}"
    url = parts._replace(netloc=netloc).geturl()  # trust authentication ignores the password
    assert password in url
    write_project(tmp_path, "postgresql", url, {"1_a": FIRST, "2_b": SECOND})
    caplog.set_level(logging.DEBUG, logger="lamina")
    try:
        result = deploy(project=tmp_path)
        assert result.database_created and len(result.applied) == 2
        deploy(project=tmp_path, dry_run=True)
        (tmp_path / "prisma" / "migrations" / "3_bad").mkdir()
        (tmp_path / "prisma" / "migrations" / "3_bad" / "migration.sql").write_text("CREATE TABLE (;\n")
        with pytest.raises(KnownError):
            deploy(project=tmp_path)
    finally:
        with psycopg.connect(postgres_server_url(), autocommit=True) as admin:
            admin.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
    lamina_records = [record for record in caplog.records if record.name.startswith("lamina")]
    assert any("DatabaseCreated" in record.getMessage() for record in lamina_records)
    assert any("MigrationApplied" in record.getMessage() for record in lamina_records)
    assert password not in caplog.text
    assert all(password not in record.getMessage() for record in lamina_records)


CONFIG_WITH_ENV = (
    'import "dotenv/config";\nimport { defineConfig, env } from "prisma/config";\n\n'
    'export default defineConfig({\n  schema: "prisma/schema.prisma",\n'
    '  datasource: {\n    url: env("LAMINA_TEST_UNSET_URL"),%s\n  },\n});\n'
)


def test_a_given_url_wins_over_an_unset_env_in_prisma_config(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """`url=` replaces prisma.config.ts's `datasource.url`: its unset variable is no error. An unset
    variable that feeds anything else still is."""
    monkeypatch.delenv("LAMINA_TEST_UNSET_URL", raising=False)
    monkeypatch.delenv("LAMINA_TEST_UNSET_SHADOW", raising=False)
    write_project(tmp_path, "sqlite", "file:./unused.db", {"1_a": FIRST})
    schema = tmp_path / "prisma" / "schema.prisma"
    schema.write_text(schema.read_text().replace('  url      = "file:./unused.db"\n', ""))
    config = tmp_path / "prisma.config.ts"
    config.write_text(CONFIG_WITH_ENV % "")
    with pytest.raises(KnownError, match="LAMINA_TEST_UNSET_URL"):
        deploy(project=tmp_path)
    result = deploy(project=tmp_path, url="file:./given.db")
    assert [m.name for m in result.applied] == ["1_a"]
    assert (tmp_path / "prisma" / "given.db").is_file() or (tmp_path / "given.db").is_file()
    config.write_text(CONFIG_WITH_ENV % '\n    shadowDatabaseUrl: env("LAMINA_TEST_UNSET_SHADOW"),')
    with pytest.raises(KnownError, match="LAMINA_TEST_UNSET_SHADOW"):
        deploy(project=tmp_path, url="file:./given.db")
