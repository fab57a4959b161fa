"""Shadow databases: a scratch database the migrations folder is replayed into, so that its
schema can be described and compared (PRISMA-COMPAT §5.1).

Not configured: PostgreSQL gets a temporary `prisma_migrate_shadow_db_<uuid>` on the main
server, dropped afterwards whatever happens; SQLite gets an in-memory database. Configured
(`shadowDatabaseUrl`): it is reset first and left in place, so it must not be the main database
nor any database the command reads (P3025): checked on the URLs before anything connects, as
Prisma does, then asked of the servers before the reset (engine/identity.py).
"""

from __future__ import annotations

import uuid
from collections.abc import Iterator, Sequence
from contextlib import contextmanager

from lamina.engine.apply import migration_failure
from lamina.engine.connection import (
    Connection, connect, connect_admin, drop_database, quote_identifier, quote_mysql_identifier,
)
from lamina.engine.describe import describe_database
from lamina.engine.identity import same_live_database
from lamina.engine.reset import reset_database
from lamina.engine.temp_schema_shadow import may_create_databases, temporary_schema_shadow
from lamina.engine.urls import DatabaseUrl, same_database
from lamina.errors import (
    DatabaseDoesNotExist,
    KnownError,
    MigrationDoesNotApplyCleanly,
    MigrationFileNotFound,
    ShadowDatabaseCreationFailed,
    ShadowDatabaseIsMainDatabase,
)
from lamina.migrations.directory import LocalMigration
from lamina.schema.model import SqlSchema

SHADOW_DATABASE_PREFIX = "prisma_migrate_shadow_db_"


def refuse_shadow_in_use(shadow_url: DatabaseUrl | None, *in_use: DatabaseUrl | None) -> None:
    """P3025 when the configured shadow database is one of the databases in use: resetting it
    would wipe that database."""
    if shadow_url is None:
        return
    if any(url is not None and same_database(shadow_url, url) for url in in_use):
        raise ShadowDatabaseIsMainDatabase()


def _refuse_live_shadow_in_use(shadow: Connection, *in_use: DatabaseUrl | None) -> None:
    """P3025 when the servers say the shadow database is one in use, however differently the URLs
    reach it (engine/identity.py). A database in use that cannot be reached is not that one."""
    for url in in_use:
        if url is None or url.provider != shadow.provider or url.provider == "sqlite":
            continue
        try:
            other = connect(url)
        except KnownError:
            continue
        with other:
            if same_live_database(shadow, other):
                raise ShadowDatabaseIsMainDatabase()


@contextmanager
def shadow_database(
    main: DatabaseUrl | None,
    shadow_url: DatabaseUrl | None = None,
    namespaces: Sequence[str] = (),
    *,
    in_use: Sequence[DatabaseUrl] = (),
    history: Sequence[LocalMigration] | None = None,
) -> Iterator[Connection]:
    """A connection to an empty shadow database. A configured one (`shadow_url`) is reset in every
    namespace the schema uses; it is refused when it is `main` or one of the `in_use` databases.
    Without one, a temporary database on `main`'s server (or in memory for SQLite)."""
    if shadow_url is not None:
        refuse_shadow_in_use(shadow_url, main, *in_use)
        with connect(shadow_url) as conn:
            _refuse_live_shadow_in_use(conn, main, *in_use)
            reset_database(conn, namespaces)
            yield conn
        return
    assert main is not None, "a temporary shadow database is made on the main server"
    match main.provider:
        case "sqlite":
            in_memory = DatabaseUrl(provider="sqlite", url="file::memory:", database=":memory:")
            with connect(in_memory) as conn:
                yield conn
        case "postgresql" if history is not None and not may_create_databases(main):
            # No CREATEDB: a temporary schema in the development database (docs/fast-dev.md).
            with temporary_schema_shadow(main, history) as conn:
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
    quoted = quote_identifier(name) if main.provider == "postgresql" else quote_mysql_identifier(name)
    try:
        try:
            admin = connect(main)
        except DatabaseDoesNotExist:
            admin = connect_admin(main)
        with admin:
            admin.execute(f"CREATE DATABASE {quoted}")
    except KnownError as error:
        raise ShadowDatabaseCreationFailed(inner_error=error.message(), error_code=error.code,
                                           provider=main.provider) from None
    except Exception as error:  # noqa: BLE001 - the driver's error is the "original error"
        raise ShadowDatabaseCreationFailed(inner_error=_driver_text(error), provider=main.provider) from None


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


class ShadowInitScriptFailed(KnownError):
    error: str

    def message(self) -> str:
        return f"The shadow database's initialisation script (`migrations.initShadowDb`) failed:\n{self.error}"

    @property
    def hint(self) -> str | None:
        return "Fix `migrations.initShadowDb` in prisma.config.ts: it runs on the empty shadow database first."


def init_shadow_database(shadow: Connection, script: str | None) -> None:
    """prisma.config.ts `migrations.initShadowDb`: run before the migrations are replayed, so that
    they can refer to objects managed elsewhere (`tables.external`)."""
    if script and script.strip():
        try:
            shadow.execute_script(script)
        except Exception as error:  # noqa: BLE001 - the driver's error is the message
            raise ShadowInitScriptFailed(_driver_text(error)) from None


def replay_migrations(shadow: Connection, local: list[LocalMigration]) -> None:
    """Run every folder migration on the shadow database; the first failure is P3006."""
    for migration in local:
        if migration.script is None:
            raise MigrationFileNotFound(migration_file_path=str(migration.script_path))
        try:
            shadow.execute_script(migration.script)
        except Exception as error:  # noqa: BLE001 - every driver error becomes P3006
            raise replay_failure(shadow, migration, error) from None


def replayed_schema(shadow: Connection, local: list[LocalMigration], init_script: str | None = None) -> SqlSchema:
    """`migrate diff --from-migrations`: the folder replayed on an empty shadow database (after
    `migrations.initShadowDb`), described."""
    init_shadow_database(shadow, init_script)
    replay_migrations(shadow, local)
    return describe_database(shadow)


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
