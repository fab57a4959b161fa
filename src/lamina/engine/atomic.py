"""Running one migration script with its `_prisma_migrations` row, atomically where the database
allows it.

PostgreSQL: the script, its row and the row's completion share one transaction, so a failure or a
crash leaves neither part of the migration nor a row behind; the failed row Prisma records is then
written on its own, with the error in `logs`. `BEGIN`, the script, the row and `COMMIT` travel as one
simple-query message: one round trip per migration. Scripts with statements that cannot run in a
transaction block, or with their own `BEGIN`/`COMMIT`, follow their `ExecutionPlan`
(engine/statements.py) and get their row first, as Prisma's engine does.

SQLite: one transaction per script. `PRAGMA foreign_keys` is a no-op inside a transaction, so for a
script that turns foreign keys off (Prisma's table redefinitions) they are turned off before the
transaction and restored after it: dropping a redefined parent table never cascades to its children.

Other providers: the script as Prisma sends it, row first (no transactional DDL there anyway).
"""

from __future__ import annotations

import functools
import re
import uuid
from collections.abc import Callable

from lamina.engine.connection import Connection
from lamina.engine.database_errors import failure_logs, migration_failure
from lamina.engine.statements import ExecutionPlan, Step, plan_postgres_script
from lamina.errors import MigrationFailedToApply
from lamina.migrations import history
from lamina.migrations.directory import checksum

_SQLITE_FOREIGN_KEYS_OFF = re.compile(r"PRAGMA\s+(?:main\.)?foreign_keys\s*=\s*(?:OFF|0|false|no)\b", re.I)
_SQLITE_OWN_TRANSACTION = re.compile(
    r"^\s*BEGIN(?:\s+(?:DEFERRED|IMMEDIATE|EXCLUSIVE))?(?:\s+TRANSACTION)?\s*;", re.I | re.M
)


@functools.lru_cache(maxsize=4096)
@functools.lru_cache(maxsize=4096)
def plan_for(provider: str, script: str) -> ExecutionPlan | None:
    """The PostgreSQL execution plan of a script (None for other providers). Cached: a fleet
    deploy plans each script once, not once per database."""
    return plan_postgres_script(script) if provider == "postgresql" else None


def run_migration(
    conn: Connection, name: str, script: str, plan: ExecutionPlan | None = None
) -> None:
    """Apply one migration and record it; raises MigrationFailedToApply (P3018) after recording
    the failed row."""
    match conn.provider:
        case "postgresql":
            plan = plan or plan_for("postgresql", script) or plan_postgres_script(script)
            if plan.mode == "transaction":
                _run_postgres_message(conn, name, script)
            else:
                _run_in_steps(conn, name, script, plan)
        case "sqlite" if not _SQLITE_OWN_TRANSACTION.search(script):
            _run_sqlite(conn, name, script)
        case _:
            _run_in_steps(conn, name, script, None)


# --- one transaction -----------------------------------------------------------------------------


_BEGIN = "BEGIN;\n"


def _run_postgres_message(conn: Connection, name: str, script: str) -> None:
    """BEGIN, the script, its finished row and COMMIT in one message. The newline ends a trailing
    `--` comment of the script, the `;` a last statement without one. On failure, the open
    transaction is rolled back and the failed row written on its own."""
    row_id = str(uuid.uuid4())
    started = _timestamp(conn)
    row = history.finished_row_literal_sql(row_id, checksum(script), name)
    try:
        conn.execute_script(f"{_BEGIN}{script}\n;\n{row};\nCOMMIT")
    except Exception as error:  # noqa: BLE001 - every driver error becomes P3018
        failure = migration_failure(conn, name, script, error, position_offset=-len(_BEGIN))
        rollback_open_transaction(conn)
        _record_failed(conn, row_id, name, script, started, failure)
        raise failure from None


def _send_sqlite(conn: Connection, script: str) -> None:
    # executescript commits an open transaction first, so BEGIN travels with the script; the
    # newline ends a trailing `--` comment, the `;` a last statement without one.
    conn.raw.executescript("BEGIN;\n" + script + "\n;")


def _run_in_transaction(
    conn: Connection, name: str, script: str, send: Callable[[Connection, str], None]
) -> None:
    row_id = str(uuid.uuid4())
    started = _timestamp(conn)
    provider = conn.provider
    try:
        send(conn, script)
        _record_and_commit(conn, (row_id, checksum(script), started, _timestamp(conn), name))
    except Exception as error:  # noqa: BLE001 - every driver error becomes P3018
        failure = migration_failure(conn, name, script, error)
        rollback_open_transaction(conn)
        _record_failed(conn, row_id, name, script, started, failure)
        raise failure from None


def _record_and_commit(conn: Connection, row: tuple) -> None:
    """The history row and COMMIT, in the migration's transaction."""
    conn.execute(history.insert_finished_sql(conn.provider), row)
    conn.execute("COMMIT")


def _run_sqlite(conn: Connection, name: str, script: str) -> None:
    if not _SQLITE_FOREIGN_KEYS_OFF.search(script):
        _run_in_transaction(conn, name, script, _send_sqlite)
        return
    (previous,) = conn.query("PRAGMA foreign_keys")[0]
    conn.execute("PRAGMA foreign_keys = OFF")
    try:
        _run_in_transaction(conn, name, script, _send_sqlite)
    finally:
        conn.execute(f"PRAGMA foreign_keys = {'ON' if previous else 'OFF'}")


# --- in steps (PostgreSQL plans other than one transaction; other providers) ----------------------


def _run_in_steps(conn: Connection, name: str, script: str, plan: ExecutionPlan | None) -> None:
    """The row first, in autocommit, as Prisma's engine writes it; then each step."""
    provider = conn.provider
    row_id = str(uuid.uuid4())
    conn.execute(
        history.insert_started_sql(provider), (row_id, checksum(script), _timestamp(conn), name)
    )
    steps = plan.steps if plan is not None else (Step(0, len(script), False),)
    for step in steps:
        try:
            if step.in_transaction:
                conn.execute("BEGIN")
            conn.execute_script(script[step.start : step.end])
            if step.in_transaction:
                conn.execute("COMMIT")
        except Exception as error:  # noqa: BLE001 - every driver error becomes P3018
            failure = migration_failure(conn, name, script, error, position_offset=step.start)
            rollback_open_transaction(conn)
            conn.execute(history.record_failed_sql(provider), (failure_logs(failure), row_id))
            raise failure from None
    rollback_open_transaction(conn, commit=True)  # a file that opened a transaction and left it open
    conn.execute(history.record_step_sql(provider), (row_id,))
    conn.execute(history.record_finished_sql(provider), (_timestamp(conn), row_id))


# --- the row -------------------------------------------------------------------------------------


def _timestamp(conn: Connection) -> object:
    return history.timestamp_param(conn.provider, history.now_utc())


def _record_failed(
    conn: Connection, row_id: str, name: str, script: str, started: object, failure: MigrationFailedToApply
) -> None:
    """The failed row as Prisma leaves it: started, never finished, the error in `logs`."""
    provider = conn.provider
    conn.execute(history.insert_started_sql(provider), (row_id, checksum(script), started, name))
    conn.execute(history.record_failed_sql(provider), (failure_logs(failure), row_id))


def in_transaction(conn: Connection) -> bool:
    match conn.provider:
        case "sqlite":
            return bool(conn.raw.in_transaction)
        case "postgresql":
            from psycopg.pq import TransactionStatus

            return conn.raw.pgconn.transaction_status != TransactionStatus.IDLE
    return False


def rollback_open_transaction(conn: Connection, commit: bool = False) -> None:
    """End a transaction a failed (or unbalanced) script left open: ROLLBACK, or COMMIT if asked."""
    if conn.provider in ("sqlite", "postgresql") and in_transaction(conn):
        conn.execute("COMMIT" if commit else "ROLLBACK")


# --- after a crash -------------------------------------------------------------------------------


def invalid_indexes(conn: Connection) -> list[str]:
    """PostgreSQL indexes an interrupted `CREATE INDEX CONCURRENTLY` left invalid in the schema."""
    if conn.provider != "postgresql":
        return []
    rows = conn.query(
        "SELECT c.relname FROM pg_catalog.pg_index i "
        "JOIN pg_catalog.pg_class c ON c.oid = i.indexrelid "
        "JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace "
        "WHERE NOT i.indisvalid AND n.nspname = %s ORDER BY c.relname",
        (conn.schema or "public",),
    )
    return [row[0] for row in rows]
