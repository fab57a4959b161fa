"""The migration lock, shadow databases and reset on real databases."""

from __future__ import annotations

import time
from urllib.parse import urlsplit
from pathlib import Path

import psycopg
import pytest

from lamina.engine.apply import apply_migrations
from lamina.engine.tables import read_history
from lamina.engine.connection import Connection, connect
from lamina.engine.lock import ADVISORY_LOCK_KEY, acquire_migration_lock
from lamina.engine.reset import reset_database
from lamina.engine.shadow import SHADOW_DATABASE_PREFIX, replay_migrations, shadow_database
from lamina.engine.tables import has_user_tables
from lamina.engine.urls import parse_database_url
from lamina.errors import DatabaseTimedOut, MigrationDoesNotApplyCleanly, ShadowDatabaseCreationFailed

from ..conftest import postgres_server_url
from .conftest import make_migrations

INIT = 'CREATE TABLE "User" ("id" INTEGER NOT NULL PRIMARY KEY);\n'
BROKEN = 'CREATE TABLE "Post" ("id" INTEGER NOT NULL PRIMARY KEY, "userId" INTEGER REFERENCES "Nope"("id"));\n'


def shadow_databases() -> set[str]:
    with psycopg.connect(postgres_server_url(), autocommit=True) as admin:
        rows = admin.execute("SELECT datname FROM pg_database WHERE datname LIKE %s", (SHADOW_DATABASE_PREFIX + "%",))
        return {row[0] for row in rows}


# --- lock ----------------------------------------------------------------------------------------


def test_advisory_lock_times_out_when_another_session_holds_it(postgres_url: str, monkeypatch) -> None:
    monkeypatch.setenv("LAMINA_LOCK_TIMEOUT", "0.5")
    monkeypatch.delenv("PRISMA_SCHEMA_DISABLE_ADVISORY_LOCK", raising=False)
    url = parse_database_url(postgres_url)
    with connect(url) as holder, connect(url) as waiter:
        acquire_migration_lock(holder)
        acquire_migration_lock(holder)  # re-entrant for the same session
        started = time.monotonic()
        with pytest.raises(DatabaseTimedOut) as error:
            acquire_migration_lock(waiter)
        assert 0.4 < time.monotonic() - started < 3
    assert error.value.code == "P1002"
    assert error.value.message() == (
        "The database server was reached but timed out.\n\nPlease try again.\n\n"
        "Please make sure your database server is running at the configured address.\n\n"
        "Context: Timed out trying to acquire a postgres advisory lock (SELECT pg_advisory_lock(72707369)). "
        "Timeout: 500ms. See https://pris.ly/d/migrate-advisory-locking for details.\n"
    )


def test_lock_is_released_with_the_connection(postgres_url: str, monkeypatch) -> None:
    monkeypatch.setenv("LAMINA_LOCK_TIMEOUT", "2")
    url = parse_database_url(postgres_url)
    with connect(url) as first:
        acquire_migration_lock(first)
    with connect(url) as second:
        acquire_migration_lock(second)
        held = second.query(
            "SELECT count(*) FROM pg_locks WHERE locktype = 'advisory' AND objid = %s AND pid = pg_backend_pid()",
            (ADVISORY_LOCK_KEY,),
        )
        assert held == [(1,)]


def test_lock_can_be_disabled(postgres_url: str, monkeypatch) -> None:
    monkeypatch.setenv("LAMINA_LOCK_TIMEOUT", "0.2")
    url = parse_database_url(postgres_url)
    with connect(url) as holder, connect(url) as other:
        acquire_migration_lock(holder)
        monkeypatch.setenv("PRISMA_SCHEMA_DISABLE_ADVISORY_LOCK", "1")
        acquire_migration_lock(other)  # no wait, no error
        monkeypatch.setenv("PRISMA_SCHEMA_DISABLE_ADVISORY_LOCK", "0")
        with pytest.raises(DatabaseTimedOut):
            acquire_migration_lock(other)


def test_sqlite_lock_is_exclusive_locking_mode(sqlite_url: str) -> None:
    with connect(parse_database_url(sqlite_url)) as conn:
        acquire_migration_lock(conn)
        assert conn.query("PRAGMA main.locking_mode") == [("exclusive",)]


# --- shadow databases ----------------------------------------------------------------------------


def test_temporary_shadow_database_is_created_and_dropped(postgres_url: str, tmp_path: Path) -> None:
    local = make_migrations(tmp_path, {"1_init": INIT})
    with shadow_database(parse_database_url(postgres_url)) as shadow:
        name = shadow.url.database
        assert name.startswith(SHADOW_DATABASE_PREFIX) and len(name) == len(SHADOW_DATABASE_PREFIX) + 36
        replay_migrations(shadow, local)
        assert has_user_tables(shadow)
        assert read_history(shadow) is None  # replay does not record history
        assert name in shadow_databases()
    assert name not in shadow_databases()


def test_shadow_database_is_dropped_after_a_failing_replay(postgres_url: str, tmp_path: Path) -> None:
    local = make_migrations(tmp_path, {"1_init": INIT, "2_broken": BROKEN})
    with pytest.raises(MigrationDoesNotApplyCleanly) as error:
        with shadow_database(parse_database_url(postgres_url)) as shadow:
            name = shadow.url.database
            replay_migrations(shadow, local)
    assert name not in shadow_databases()
    assert error.value.code == "P3006"
    # The engine replays with a plain raw_cmd: a missing relation is rendered as P1014.
    assert error.value.message() == (
        "Migration `2_broken` failed to apply cleanly to the shadow database. \nError code: P1014\nError:\n"
        "The underlying table for model `Nope` does not exist."
    )


def test_other_replay_errors_carry_the_database_message(postgres_url: str, tmp_path: Path) -> None:
    local = make_migrations(tmp_path, {"1_bad": "CREATE TABLE t (x int);\nSELEC 1;\n"})
    with pytest.raises(MigrationDoesNotApplyCleanly) as error:
        with shadow_database(parse_database_url(postgres_url)) as shadow:
            replay_migrations(shadow, local)
    assert error.value.message() == (
        "Migration `1_bad` failed to apply cleanly to the shadow database. \nError:\n"
        'ERROR: syntax error at or near "SELEC"'
    )


def test_shadow_database_is_dropped_on_keyboard_interrupt(postgres_url: str) -> None:
    with pytest.raises(KeyboardInterrupt):
        with shadow_database(parse_database_url(postgres_url)) as shadow:
            name = shadow.url.database
            raise KeyboardInterrupt
    assert name not in shadow_databases()


def test_configured_shadow_database_is_reset_first(postgres_url: str) -> None:
    url = parse_database_url(postgres_url)
    with connect(url) as conn:
        conn.execute_script(INIT)
    with shadow_database(parse_database_url(postgres_server_url()), shadow_url=url) as shadow:
        assert not has_user_tables(shadow)


def test_sqlite_shadow_is_in_memory(sqlite_url: str, tmp_path: Path) -> None:
    local = make_migrations(tmp_path / "m", {"1_init": INIT})
    with shadow_database(parse_database_url(sqlite_url)) as shadow:
        assert shadow.url.path is None
        replay_migrations(shadow, local)
        assert has_user_tables(shadow)
    with connect(parse_database_url(sqlite_url)) as conn:
        assert not has_user_tables(conn)


def test_sqlite_replay_failure_is_p3006(sqlite_url: str, tmp_path: Path) -> None:
    local = make_migrations(tmp_path / "m", {"1_init": INIT, "2_bad": "CREATE TABLE oops (;\n"})
    with pytest.raises(MigrationDoesNotApplyCleanly) as error:
        with shadow_database(parse_database_url(sqlite_url)) as shadow:
            replay_migrations(shadow, local)
    assert error.value.message() == (
        "Migration `2_bad` failed to apply cleanly to the shadow database. \nError:\n"
        'SQLite database error\nnear ";": syntax error'
    )


# --- reset ---------------------------------------------------------------------------------------


def test_reset_empties_the_database(db_url, tmp_path: Path) -> None:
    local = make_migrations(tmp_path, {"1_init": INIT})
    with connect(db_url) as conn:
        apply_migrations(conn, local)
        reset_database(conn)
    with connect(db_url) as conn:
        assert not has_user_tables(conn)
        assert read_history(conn) is None
        assert apply_migrations(conn, local) == ["1_init"]


def test_reset_in_memory_sqlite() -> None:
    with connect(parse_database_url("file::memory:")) as conn:
        conn.execute_script('CREATE TABLE a (x); CREATE VIEW v AS SELECT x FROM a; CREATE TABLE b (y REFERENCES a(x));')
        reset_database(conn)
        assert conn.query("SELECT count(*) FROM sqlite_master") == [(0,)]


def test_shadow_database_uses_the_datasource_schema(postgres_url: str, tmp_path: Path) -> None:
    local = make_migrations(tmp_path, {"1_init": INIT})
    with shadow_database(parse_database_url(postgres_url + "?schema=tenant")) as shadow:
        replay_migrations(shadow, local)
        assert shadow.query("SELECT schemaname FROM pg_tables WHERE tablename = 'User'") == [("tenant",)]


def test_reset_only_touches_the_datasource_schema(postgres_url: str) -> None:
    with connect(parse_database_url(postgres_url)) as conn:
        conn.execute_script('CREATE TABLE keep (x int); CREATE SCHEMA tenant; CREATE TABLE tenant.gone (x int);')
    with connect(parse_database_url(postgres_url + "?schema=tenant")) as conn:
        reset_database(conn)
        assert not has_user_tables(conn)
        assert conn.query("SELECT tablename FROM pg_tables WHERE schemaname IN ('public', 'tenant')") == [("keep",)]


def test_shadow_database_creation_failure_is_p3014(postgres_url: str) -> None:
    import uuid

    role = f"lamina_nocreatedb_{uuid.uuid4().hex[:8]}"
    with psycopg.connect(postgres_server_url(), autocommit=True) as admin:
        admin.execute(f'CREATE ROLE "{role}" LOGIN NOCREATEDB')
        try:
            parts = urlsplit(postgres_url)
            url = parse_database_url(parts._replace(netloc=f"{role}@{parts.hostname}:{parts.port or 5432}").geturl())
            with pytest.raises(ShadowDatabaseCreationFailed) as error:
                with shadow_database(url):
                    pass
        finally:
            admin.execute(f'DROP ROLE "{role}"')
    assert error.value.code == "P3014"
    assert error.value.message() == (
        "Prisma Migrate could not create the shadow database. Please make sure the database user has "
        "permission to create databases. Read more about the shadow database (and workarounds) at "
        "https://pris.ly/d/migrate-shadow\n\nOriginal error: \n"
        "db error: ERROR: permission denied to create database"
    )


def test_reset_then_apply_on_the_same_connection(db_url, tmp_path: Path) -> None:
    local = make_migrations(tmp_path, {"1_init": INIT})
    with connect(db_url) as conn:
        assert apply_migrations(conn, local) == ["1_init"]
        reset_database(conn)
        assert read_history(conn) is None
        assert apply_migrations(conn, local) == ["1_init"]
        assert [r.migration_name for r in read_history(conn)] == ["1_init"]
