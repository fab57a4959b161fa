"""Applying migrations and recording them in `_prisma_migrations` (PRISMA-COMPAT §3.3, §3.4).

The row lifecycle: INSERT (started), run the script, then `applied_steps_count + 1` and
`finished_at`; on failure the error text goes to `logs` and the row stays failed (P3018, then
P3009 on every later apply until `resolve`). How one script runs, and how it stays atomic, is in
engine/atomic.py.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable

from lamina.engine.atomic import plan_for, run_migration
from lamina.engine.connection import Connection, quote_identifier
from lamina.engine.database_errors import (  # noqa: F401 - re-exported for shadow.py and tests
    describe_database_error,
    failure_logs,
    migration_failure,
    script_excerpt,
)
from lamina.engine.lock import acquire_migration_lock
from lamina.engine.tables import history_table_exists, read_history, user_table_names
from lamina.errors import (
    DatabaseSchemaNotEmpty,
    MigrationAlreadyApplied,
    MigrationFileNotFound,
    MigrationHistoryMissing,
    MigrationNotFailed,
    MigrationToMarkAppliedNotFound,
    MigrationToRollBackNotFound,
)
from lamina.migrations import history
from lamina.migrations.directory import LocalMigration, checksum
from lamina.migrations.plan import pending_migrations


def _ignore(name: str) -> None:
    pass


def _ignore_plan(name: str, description: str) -> None:
    pass


# --- the history table --------------------------------------------------------------------------


def create_history_table(conn: Connection) -> None:
    if conn.provider == "postgresql":
        # A `?schema=` that does not exist yet is created, as Prisma does on deploy.
        conn.execute(f"CREATE SCHEMA IF NOT EXISTS {quote_identifier(conn.schema or 'public')}")
    conn.execute_script(history.CREATE_TABLE_SQL[conn.provider])


def initialize_history(conn: Connection, external_tables: tuple[str, ...] = ()) -> None:
    """Create `_prisma_migrations`, unless the schema already holds a table (P3005).

    Only tables count: enums, views, sequences and functions alone do not block (checked
    against Prisma's engine), nor do tables in other schemas, nor prisma.config.ts's
    `tables.external` (`schema.table` on PostgreSQL).
    """
    if history_table_exists(conn):
        return
    prefix = f"{conn.schema or 'public'}." if conn.provider == "postgresql" else ""
    if any(prefix + name not in external_tables for name in user_table_names(conn)):
        raise DatabaseSchemaNotEmpty()
    create_history_table(conn)


def _timestamp(conn: Connection) -> object:
    return history.timestamp_param(conn.provider, history.now_utc())


# --- apply ---------------------------------------------------------------------------------------


def apply_migrations(
    conn: Connection,
    local: list[LocalMigration],
    on_applying: Callable[[str], None] = _ignore,
    on_plan: Callable[[str, str], None] = _ignore_plan,
    on_pending: Callable[[int], None] | None = None,
    external_tables: tuple[str, ...] = (),
    lock: Callable[[Connection], None] = acquire_migration_lock,
    on_applied: Callable[[str], None] = _ignore,
) -> list[str]:
    """Apply every pending folder migration in order; returns the names applied.

    The history is read after the lock is held: a deployer that waited for another one finds
    what that one applied and has nothing left to do. `on_pending(count)` hears how many are
    pending once the lock is held; `on_plan(name, description)` hears about
    migrations that do not run as one transaction (engine/statements.py). `lock` takes the
    migration lock (Prisma's by default; fleet/lock.py's for a tenant schema). `on_applied(name)`
    hears when a migration has been applied and recorded."""
    lock(conn)
    initialize_history(conn, external_tables)
    records = read_history(conn) or []
    applied: list[str] = []
    pending = pending_migrations(local, records)
    if on_pending is not None:
        on_pending(len(pending))
    for migration in pending:
        if migration.script is None:
            raise MigrationFileNotFound(migration_file_path=str(migration.script_path))
        plan = plan_for(conn.provider, migration.script)
        description = plan.describe() if plan is not None else None
        if description is not None:
            on_plan(migration.name, description)
        on_applying(migration.name)
        run_migration(conn, migration.name, migration.script, plan)
        applied.append(migration.name)
        on_applied(migration.name)
    return applied


def apply_one(conn: Connection, name: str, script: str) -> None:
    run_migration(conn, name, script)


def pending_for_dry_run(conn: Connection | None, local: list[LocalMigration]) -> list[LocalMigration]:
    """What `apply_migrations` would apply, read without a lock and without writing anything
    (no connection: a database that does not exist yet, so everything)."""
    records = (read_history(conn) or []) if conn is not None else []
    return pending_migrations(local, records)


# --- resolve -------------------------------------------------------------------------------------


def mark_migration_applied(conn: Connection, local: list[LocalMigration], name: str) -> None:
    """`migrate resolve --applied <name>`: record a migration as applied without running it."""
    acquire_migration_lock(conn)
    migration = next((m for m in local if m.name == name), None)
    if migration is None or migration.script is None:
        raise MigrationToMarkAppliedNotFound(migration_name=name)
    if not history_table_exists(conn):
        create_history_table(conn)  # baselining: no emptiness check
    records = [r for r in read_history(conn) or [] if r.migration_name == name]
    if any(record.finished_at is not None for record in records):
        raise MigrationAlreadyApplied(migration_name=name)
    provider = conn.provider
    now = _timestamp(conn)
    for record in records:
        if record.is_failed:
            conn.execute(history.record_rolled_back_sql(provider), (now, record.id))
    conn.execute(
        history.insert_applied_sql(provider),
        (str(uuid.uuid4()), checksum(migration.script), now, now, name, ""),
    )


def mark_migration_rolled_back(conn: Connection, name: str) -> None:
    """`migrate resolve --rolled-back <name>`: mark the failed attempts as rolled back."""
    acquire_migration_lock(conn)
    all_records = read_history(conn)
    if all_records is None:
        raise MigrationHistoryMissing()
    records = [r for r in all_records if r.migration_name == name]
    if not records:
        raise MigrationToRollBackNotFound(migration_name=name)
    failed = [record for record in records if record.is_failed]
    if not failed:
        raise MigrationNotFailed(migration_name=name)
    now = _timestamp(conn)
    for record in failed:
        conn.execute(history.record_rolled_back_sql(conn.provider), (now, record.id))
