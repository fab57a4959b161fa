"""The `_prisma_migrations` lifecycle on real databases: apply, fail, P3009, resolve."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from lamina.engine.apply import (
    apply_migrations,
    mark_migration_applied,
    mark_migration_rolled_back,
    read_history,
)
from lamina.engine.connection import Connection
from lamina.engine.tables import has_user_tables
from lamina.errors import (
    DatabaseSchemaNotEmpty,
    FoundFailedMigrations,
    MigrationAlreadyApplied,
    MigrationFailedToApply,
    MigrationFileNotFound,
    MigrationHistoryMissing,
    MigrationNotFailed,
    MigrationToMarkAppliedNotFound,
    MigrationToRollBackNotFound,
)
from lamina.migrations.directory import checksum, list_migrations

from .conftest import make_migrations

INIT = 'CREATE TABLE "User" ("id" INTEGER NOT NULL PRIMARY KEY, "name" TEXT);\n'
POSTS = 'CREATE TABLE "Post" ("id" INTEGER NOT NULL PRIMARY KEY);\n'
BROKEN = 'CREATE TABLE "Tag" ("id" INTEGER NOT NULL PRIMARY KEY);\nINSERT INTO "Missing" VALUES (1);\n'


def table_names(conn: Connection) -> list[str]:
    if conn.provider == "sqlite":
        return [r[0] for r in conn.query("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name")]
    return [r[0] for r in conn.query("SELECT tablename FROM pg_tables WHERE schemaname = 'public' ORDER BY tablename")]


def test_no_history_table_reads_as_none(conn: Connection) -> None:
    assert read_history(conn) is None


def test_apply_creates_history_and_records_each_migration(conn: Connection, tmp_path: Path) -> None:
    local = make_migrations(tmp_path, {"20240101000000_init": INIT, "20240102000000_posts": POSTS})
    seen: list[str] = []
    assert apply_migrations(conn, local, seen.append) == ["20240101000000_init", "20240102000000_posts"]
    assert seen == ["20240101000000_init", "20240102000000_posts"]
    assert table_names(conn) == ["Post", "User", "_prisma_migrations"]
    records = read_history(conn)
    assert [r.migration_name for r in records] == ["20240101000000_init", "20240102000000_posts"]
    for record, script in zip(records, (INIT, POSTS)):
        assert record.checksum == checksum(script)
        assert re.fullmatch(r"[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}", record.id)
        assert record.finished_at is not None and record.finished_at >= record.started_at
        assert record.logs is None and record.rolled_back_at is None
        assert record.applied_steps_count == 1
    # Nothing left to do the second time.
    assert apply_migrations(conn, local) == []


def test_sqlite_timestamps_are_integer_milliseconds(db_url, conn: Connection, tmp_path: Path) -> None:
    if conn.provider != "sqlite":
        pytest.skip("SQLite storage format only")
    apply_migrations(conn, make_migrations(tmp_path, {"1_init": INIT}))
    [(started, finished, kind)] = conn.query(
        "SELECT started_at, finished_at, typeof(started_at) FROM _prisma_migrations"
    )
    assert kind == "integer" and finished >= started > 1_600_000_000_000


def test_non_empty_schema_without_history_is_p3005(conn: Connection, tmp_path: Path) -> None:
    conn.execute('CREATE TABLE "existing" ("id" INTEGER)')
    assert has_user_tables(conn)
    with pytest.raises(DatabaseSchemaNotEmpty) as error:
        apply_migrations(conn, make_migrations(tmp_path, {"1_init": INIT}))
    assert error.value.code == "P3005"
    assert error.value.message() == (
        "The database schema is not empty. Read more about how to baseline an existing production "
        "database: https://pris.ly/d/migrate-baseline"
    )
    assert read_history(conn) is None


@pytest.mark.parametrize(
    "existing",
    ["CREATE TYPE e AS ENUM ('a')", "CREATE VIEW v AS SELECT 1 AS x", "CREATE SEQUENCE s",
     "CREATE SCHEMA other; CREATE TABLE other.t (x int)"],
    ids=["enum", "view", "sequence", "table-in-other-schema"],
)
def test_only_tables_in_the_schema_make_it_non_empty(postgres_url: str, existing: str, tmp_path: Path) -> None:
    # Same outcome as Prisma's engine (oracle `migrate deploy` on each of these databases).
    from lamina.engine.connection import connect
    from lamina.engine.urls import parse_database_url

    with connect(parse_database_url(postgres_url)) as conn:
        conn.execute_script(existing)
        assert apply_migrations(conn, make_migrations(tmp_path, {"1_init": INIT})) == ["1_init"]


def test_failing_migration_leaves_a_failed_row_then_p3009(conn: Connection, tmp_path: Path) -> None:
    local = make_migrations(tmp_path, {"1_init": INIT, "2_broken": BROKEN, "3_posts": POSTS})
    with pytest.raises(MigrationFailedToApply) as raised:
        apply_migrations(conn, local)
    failure = raised.value
    assert failure.code == "P3018"
    assert failure.migration_name == "2_broken"
    message = failure.message()
    assert message.startswith(
        "A migration failed to apply. New migrations cannot be applied before the error is recovered "
        "from. Read more about how to resolve migration issues in a production database: "
        "https://pris.ly/d/migrate-resolve\n\nMigration name: 2_broken\n\nDatabase error code: "
    )
    if conn.provider == "postgresql":
        assert failure.database_error_code == "42P01"
        assert failure.database_error.startswith('ERROR: relation "Missing" does not exist\n\nPosition:\n')
        assert "\x1b[1m  2\x1b[1;31m INSERT INTO \"Missing\" VALUES (1);\x1b[0m" in failure.database_error
        assert 'DbError { severity: "ERROR", parsed_severity: Some(Error), code: SqlState(E42P01)' in failure.database_error
        # One simple-query message: the whole script rolled back, "Tag" does not exist.
        assert "Tag" not in table_names(conn)
    else:
        assert failure.database_error_code == "1"
        assert failure.database_error == "no such table: Missing"
        assert "Tag" not in table_names(conn)  # SQLite: one transaction per migration too
    assert "Post" not in table_names(conn)

    rows = {r.migration_name: r for r in read_history(conn)}
    failed = rows["2_broken"]
    assert failed.finished_at is None and failed.rolled_back_at is None
    assert failed.applied_steps_count == 0
    assert failed.logs.startswith(message + "\n   0: sql_schema_connector::apply_migration::apply_script\n")

    with pytest.raises(FoundFailedMigrations) as blocked:
        apply_migrations(conn, local)
    assert blocked.value.code == "P3009"
    assert "The `2_broken` migration started at " in blocked.value.message()
    assert f" failed with the following logs:\n{failed.logs}\n" in blocked.value.message()


def test_resolve_rolled_back_then_reapply(conn: Connection, tmp_path: Path) -> None:
    make_migrations(tmp_path, {"1_init": INIT, "2_broken": BROKEN})
    with pytest.raises(MigrationFailedToApply):
        apply_migrations(conn, list_migrations(tmp_path))
    mark_migration_rolled_back(conn, "2_broken")
    with pytest.raises(MigrationNotFailed) as error:
        mark_migration_rolled_back(conn, "2_broken")
    assert error.value.message() == "Migration `2_broken` cannot be rolled back because it is not in a failed state."

    # No partial work to clean up: the failed attempt was rolled back on both databases.
    (tmp_path / "2_broken" / "migration.sql").write_text(POSTS)
    assert apply_migrations(conn, list_migrations(tmp_path)) == ["2_broken"]
    rows = [r for r in read_history(conn) if r.migration_name == "2_broken"]
    assert len(rows) == 2
    assert rows[0].rolled_back_at is not None and rows[0].finished_at is None
    assert rows[1].finished_at is not None and rows[1].checksum == checksum(POSTS)


def test_resolve_applied_after_failure(conn: Connection, tmp_path: Path) -> None:
    local = make_migrations(tmp_path, {"1_init": INIT, "2_broken": BROKEN})
    with pytest.raises(MigrationFailedToApply):
        apply_migrations(conn, local)
    mark_migration_applied(conn, local, "2_broken")
    rows = [r for r in read_history(conn) if r.migration_name == "2_broken"]
    assert len(rows) == 2
    assert rows[0].rolled_back_at is not None
    assert rows[1].logs == "" and rows[1].finished_at == rows[1].started_at
    assert rows[1].applied_steps_count == 0 and rows[1].checksum == checksum(BROKEN)
    assert apply_migrations(conn, local) == []
    with pytest.raises(MigrationAlreadyApplied) as error:
        mark_migration_applied(conn, local, "2_broken")
    assert error.value.code == "P3008"
    assert error.value.message() == "The migration `2_broken` is already recorded as applied in the database."


def test_resolve_applied_baselines_a_non_empty_database(conn: Connection, tmp_path: Path) -> None:
    conn.execute_script(INIT)
    local = make_migrations(tmp_path, {"1_init": INIT, "2_posts": POSTS})
    mark_migration_applied(conn, local, "1_init")
    assert apply_migrations(conn, local) == ["2_posts"]


def test_resolve_unknown_names(conn: Connection, tmp_path: Path) -> None:
    local = make_migrations(tmp_path, {"1_init": INIT})
    with pytest.raises(MigrationToMarkAppliedNotFound) as applied_error:
        mark_migration_applied(conn, local, "1_ini")
    assert applied_error.value.code == "P3017"
    assert applied_error.value.message() == (
        "The migration 1_ini could not be found. Please make sure that the migration exists, and that "
        'you included the whole name of the directory. (example: "20201207184859_initial_migration")'
    )
    with pytest.raises(MigrationHistoryMissing):
        mark_migration_rolled_back(conn, "1_init")
    apply_migrations(conn, local)
    with pytest.raises(MigrationToRollBackNotFound) as rollback_error:
        mark_migration_rolled_back(conn, "1_ini")
    assert rollback_error.value.code == "P3011"
    assert rollback_error.value.message() == (
        "Migration `1_ini` cannot be rolled back because it was never applied to the database. Hint: "
        'did you pass in the whole migration name? (example: "20201207184859_initial_migration")'
    )
    with pytest.raises(MigrationNotFailed):
        mark_migration_rolled_back(conn, "1_init")


def test_missing_migration_file_is_p3015(conn: Connection, tmp_path: Path) -> None:
    local = make_migrations(tmp_path, {"1_init": INIT})
    (tmp_path / "2_empty").mkdir()
    local = list_migrations(tmp_path)
    with pytest.raises(MigrationFileNotFound) as error:
        apply_migrations(conn, local)
    assert error.value.message() == (
        f"Could not find the migration file at {tmp_path / '2_empty' / 'migration.sql'}. "
        "Please delete the directory or restore the migration file."
    )
    assert [r.migration_name for r in read_history(conn)] == ["1_init"]


def test_script_with_own_transaction_failing(conn: Connection, tmp_path: Path) -> None:
    script = 'BEGIN;\nCREATE TABLE "T" ("id" INTEGER);\nINSERT INTO "Nope" VALUES (1);\nCOMMIT;\n'
    with pytest.raises(MigrationFailedToApply):
        apply_migrations(conn, make_migrations(tmp_path, {"1_tx": script}))
    [row] = read_history(conn)
    assert row.logs and row.finished_at is None  # the logs update was not lost in the open transaction


def test_non_public_schema_is_created_and_used(postgres_url: str, tmp_path: Path) -> None:
    from lamina.engine.connection import connect
    from lamina.engine.urls import parse_database_url

    url = parse_database_url(postgres_url + "?schema=tenant")
    local = make_migrations(tmp_path, {"1_init": INIT})
    with connect(url) as conn:
        assert apply_migrations(conn, local) == ["1_init"]
        tables = conn.query("SELECT schemaname, tablename FROM pg_tables WHERE schemaname = 'tenant' ORDER BY 2")
        assert tables == [("tenant", "User"), ("tenant", "_prisma_migrations")]
    with connect(parse_database_url(postgres_url)) as public:
        assert read_history(public) is None  # the public schema has no history of its own
