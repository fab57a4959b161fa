"""Shadow databases: a scratch database the migrations folder is replayed into, so that its
schema can be described and compared (PRISMA-COMPAT §5.1).

Not configured: PostgreSQL gets a temporary `prisma_migrate_shadow_db_<uuid>` on the main
server, dropped afterwards whatever happens; SQLite gets an in-memory database. Configured
(`shadowDatabaseUrl`): it is reset first and left in place.
"""

from __future__ import annotations

import uuid
from collections.abc import Iterator
from contextlib import contextmanager

from lamina.engine.apply import migration_failure
from lamina.engine.connection import Connection, connect, drop_database, quote_identifier
from lamina.engine.reset import reset_database
from lamina.engine.urls import DatabaseUrl
from lamina.errors import (
    DatabaseDoesNotExist,
    KnownError,
    MigrationDoesNotApplyCleanly,
    MigrationFileNotFound,
    ShadowDatabaseCreationFailed,
)
from lamina.migrations.directory import LocalMigration

SHADOW_DATABASE_PREFIX = "prisma_migrate_shadow_db_"


@contextmanager
def shadow_database(main: DatabaseUrl, shadow_url: DatabaseUrl | None = None) -> Iterator[Connection]:
    if shadow_url is not None:
        with connect(shadow_url) as conn:
            reset_database(conn)
            yield conn
        return
    match main.provider:
        case "sqlite":
            in_memory = DatabaseUrl(provider="sqlite", url="file::memory:", database=":memory:")
            with connect(in_memory) as conn:
                yield conn
        case _:
            with _temporary_server_database(main) as conn:
                yield conn


@contextmanager
def _temporary_server_database(main: DatabaseUrl) -> Iterator[Connection]:
    name = f"{SHADOW_DATABASE_PREFIX}{uuid.uuid4()}"
    shadow_url = main.with_database(name)
    _create_shadow(main, name)
    try:
        with connect(shadow_url) as conn:
            if main.provider == "postgresql":
                schema = quote_identifier(main.schema or "public")
                conn.execute(f"CREATE SCHEMA IF NOT EXISTS {schema}")
            yield conn
    finally:
        drop_database(shadow_url, force=True)


def _create_shadow(main: DatabaseUrl, name: str) -> None:
    """CREATE DATABASE through the main connection (or the server's default database)."""
    quoted = quote_identifier(name) if main.provider == "postgresql" else f"`{name}`"
    try:
        try:
            admin = connect(main)
        except DatabaseDoesNotExist:
            admin = connect(main.with_database("postgres" if main.provider == "postgresql" else "mysql"))
        with admin:
            admin.execute(f"CREATE DATABASE {quoted}")
    except KnownError as error:
        raise ShadowDatabaseCreationFailed(inner_error=error.message(), error_code=error.code) from None
    except Exception as error:  # noqa: BLE001 - the driver's error is the "original error"
        raise ShadowDatabaseCreationFailed(inner_error=_driver_text(error)) from None


def _driver_text(error: Exception) -> str:
    """The driver error as Prisma's engine prints it (`db error: ERROR: ...`)."""
    diag = getattr(error, "diag", None)
    if diag is not None and getattr(diag, "message_primary", None):
        text = f"db error: {diag.severity}: {diag.message_primary}"
        if diag.message_detail:
            text += f"\nDETAIL: {diag.message_detail}"
        if diag.message_hint:
            text += f"\nHINT: {diag.message_hint}"
        return text
    return str(error)


def replay_migrations(shadow: Connection, local: list[LocalMigration]) -> None:
    """Run every folder migration on the shadow database; the first failure is P3006."""
    for migration in local:
        if migration.script is None:
            raise MigrationFileNotFound(migration_file_path=str(migration.script_path))
        try:
            shadow.execute_script(migration.script)
        except Exception as error:  # noqa: BLE001 - every driver error becomes P3006
            raise replay_failure(shadow, migration, error) from None


def replay_failure(
    shadow: Connection, migration: LocalMigration, error: Exception
) -> MigrationDoesNotApplyCleanly:
    """P3006 around the error as Prisma's engine words it for each provider.

    PostgreSQL and SQLite scripts go through the engine's plain `raw_cmd`, so the inner error is
    the driver error (PostgreSQL's "relation does not exist" is rendered as P1014); MySQL goes
    through the same path as deploy, so its inner error is a whole P3018.
    """
    name = migration.name
    match shadow.provider:
        case "postgresql":
            sqlstate = getattr(error, "sqlstate", None)
            diag = getattr(error, "diag", None)
            if sqlstate == "42P01" and diag is not None and diag.message_primary:
                table = diag.message_primary.split('"')[1] if '"' in diag.message_primary else ""
                return MigrationDoesNotApplyCleanly(
                    migration_name=name,
                    inner_error=f"The underlying table for model `{table}` does not exist.",
                    error_code="P1014",
                )
            inner = _driver_text(error).removeprefix("db error: ")
            return MigrationDoesNotApplyCleanly(migration_name=name, inner_error=inner)
        case "sqlite":
            return MigrationDoesNotApplyCleanly(
                migration_name=name, inner_error=f"SQLite database error\n{error}"
            )
    failure = migration_failure(shadow, name, migration.script or "", error)
    return MigrationDoesNotApplyCleanly(
        migration_name=name, inner_error=failure.message(), error_code=failure.code
    )
