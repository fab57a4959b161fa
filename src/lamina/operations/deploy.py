"""deploy: apply the pending migrations, as in production (PRISMA-COMPAT.md §1.4, §3.3).

No shadow database, no drift check, no question. The database is created when it does not exist.
Progress comes as events (operations/events.py); a migration that does not run as one
transaction says how it runs. With `dry_run`, nothing is written: the result lists what would be
applied, in order."""

from __future__ import annotations

import time
from dataclasses import dataclass

from lamina.engine.apply import apply_migrations, pending_for_dry_run
from lamina.engine.atomic import invalid_indexes, plan_for
from lamina.engine.connection import Connection, connect
from lamina.engine.urls import DatabaseUrl
from lamina.errors import DatabaseDoesNotExist, FoundFailedMigrations
from lamina.migrations.directory import LocalMigration, check_lock_provider, list_migrations
from lamina.operations.context import LoadedSchema, datasource_url, external_objects, location
from lamina.operations.database import Connecting, DatabaseCreated, open_or_create
from lamina.operations.events import Listener, emit
from lamina.operations.project import PathLike, resolve_project


@dataclass(frozen=True)
class AppliedMigration:
    name: str
    duration_ms: float
    runs: str | None = None  # how it runs when not as one transaction (engine/statements.py)


@dataclass(frozen=True)
class PlannedMigration:
    """A migration a dry run would apply."""

    name: str
    runs: str | None = None


@dataclass(frozen=True)
class DeployResult:
    applied: tuple[AppliedMigration, ...]
    migrations_found: int  # in the migrations folder
    database_created: bool = False
    dry_run: bool = False
    would_apply: tuple[PlannedMigration, ...] = ()  # with dry_run only


# --- progress events, in the order they come (first Connecting and DatabaseCreated, operations/database.py)


@dataclass(frozen=True)
class DatabaseWouldBeCreated:
    """Dry run: the database does not exist yet."""

    database: str


@dataclass(frozen=True)
class MigrationsFound:
    count: int


@dataclass(frozen=True)
class PendingMigrations:
    count: int  # known once the migration lock is held


@dataclass(frozen=True)
class MigrationPlanned:
    """A migration that does not run as one transaction, before it starts."""

    name: str
    runs: str


@dataclass(frozen=True)
class ApplyingMigration:
    name: str
    number: int  # 1-based
    total: int


@dataclass(frozen=True)
class MigrationApplied:
    name: str
    duration_ms: float


@dataclass(frozen=True)
class MigrationInterrupted:
    """A failed row without logs: the process or the connection died while it ran (P3009 follows)."""

    name: str
    runs: str | None
    invalid_indexes: tuple[str, ...]  # left by an interrupted CREATE INDEX CONCURRENTLY


def deploy(*, project: PathLike | LoadedSchema | None = None, schema: PathLike | None = None,
           config: PathLike | None = None, url: str | None = None, cwd: PathLike | None = None,
           dry_run: bool = False, listener: Listener | None = None) -> DeployResult:
    """Raises FoundFailedMigrations (P3009) while a failed migration is unresolved, the migration's
    error (P3018) when one fails, DatabaseSchemaNotEmpty (P3005) on a database without history."""
    loaded = resolve_project(project=project, schema=schema, config=config, url=url, cwd=cwd,
                             config_only=True)
    database = datasource_url(loaded)
    assert database is not None
    check_lock_provider(loaded.project.migrations_dir, loaded.provider)
    if dry_run:
        emit(listener, Connecting(location(database)))
        return _dry_run(loaded, database, listener)
    conn, created = open_or_create(database, listener)  # says Connecting first
    with conn:
        local = list_migrations(loaded.project.migrations_dir)
        emit(listener, MigrationsFound(len(local)))
        applied = _apply(conn, loaded, local, listener)
    return DeployResult(applied, len(local), database_created=created)


def _apply(conn: Connection, loaded: LoadedSchema, local: list[LocalMigration],
           listener: Listener | None) -> tuple[AppliedMigration, ...]:
    applied: list[AppliedMigration] = []
    runs: dict[str, str] = {}
    clock = {"started": time.monotonic(), "total": 0}

    def pending(count: int) -> None:
        clock["total"] = count
        emit(listener, PendingMigrations(count))

    def planned(name: str, description: str) -> None:
        runs[name] = description
        emit(listener, MigrationPlanned(name, description))

    def applying(name: str) -> None:
        clock["started"] = time.monotonic()
        emit(listener, ApplyingMigration(name, len(applied) + 1, int(clock["total"])))

    def done(name: str) -> None:
        duration = round((time.monotonic() - clock["started"]) * 1000, 1)
        applied.append(AppliedMigration(name, duration, runs.get(name)))
        emit(listener, MigrationApplied(name, duration))

    try:
        apply_migrations(conn, local, on_applying=applying, on_plan=planned, on_pending=pending,
                         on_applied=done, external_tables=external_objects(loaded.project).tables)
    except FoundFailedMigrations as error:
        _report_interrupted(conn, error, local, listener)
        raise
    return tuple(applied)


def _report_interrupted(conn: Connection, error: FoundFailedMigrations, local: list[LocalMigration],
                        listener: Listener | None) -> None:
    """Migrations that run as one transaction never leave a failed row without logs; the others
    (steps, own BEGIN/COMMIT) may have run part of their statements."""
    scripts = {migration.name: migration.script for migration in local}
    for failed in error.failed:
        if failed.logs:
            continue
        script = scripts.get(failed.migration_name)
        plan = plan_for(conn.provider, script) if script is not None else None
        runs = plan.describe() if plan is not None else None
        indexes: tuple[str, ...] = ()
        if plan is not None and "CREATE INDEX CONCURRENTLY" in plan.outside_transaction:
            indexes = tuple(invalid_indexes(conn))
        emit(listener, MigrationInterrupted(failed.migration_name, runs or None, indexes))


def _dry_run(loaded: LoadedSchema, url: DatabaseUrl, listener: Listener | None) -> DeployResult:
    """Read the history (no lock, no table created, no database created)."""
    local = list_migrations(loaded.project.migrations_dir)
    try:
        conn: Connection | None = connect(url)
    except DatabaseDoesNotExist:
        conn = None
        emit(listener, DatabaseWouldBeCreated(url.database or ""))
    emit(listener, MigrationsFound(len(local)))
    if conn is None:
        pending = pending_for_dry_run(None, local)
    else:
        with conn:
            pending = pending_for_dry_run(conn, local)
    planned = []
    for migration in pending:
        plan = plan_for(url.provider, migration.script or "")
        planned.append(PlannedMigration(migration.name, (plan.describe() if plan is not None else None) or None))
    return DeployResult((), len(local), dry_run=True, would_apply=tuple(planned))
