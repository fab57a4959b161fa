"""Applying migrations and recording them in `_prisma_migrations` (PRISMA-COMPAT §3.3, §3.4).

The row lifecycle: INSERT (started), run the script, then `applied_steps_count + 1` and
`finished_at`; on failure the error text goes to `logs` and the row stays failed (P3018, then
P3009 on every later apply until `resolve`).
"""

from __future__ import annotations

import sqlite3
import uuid
from collections.abc import Callable

from lamina.engine.connection import Connection, quote_identifier
from lamina.engine.lock import acquire_migration_lock
from lamina.engine.tables import has_user_tables, history_table_exists
from lamina.errors import (
    DatabaseSchemaNotEmpty,
    MigrationAlreadyApplied,
    MigrationFailedToApply,
    MigrationFileNotFound,
    MigrationHistoryMissing,
    MigrationNotFailed,
    MigrationToMarkAppliedNotFound,
    MigrationToRollBackNotFound,
)
from lamina.migrations import history
from lamina.migrations.directory import LocalMigration, checksum
from lamina.migrations.history import MigrationRecord
from lamina.migrations.plan import pending_migrations


def _ignore(name: str) -> None:
    pass


# --- the history table --------------------------------------------------------------------------


def read_history(conn: Connection) -> list[MigrationRecord] | None:
    """All rows, oldest first; None when `_prisma_migrations` does not exist."""
    if not history_table_exists(conn):
        return None
    rows = conn.query(history.select_rows_sql(conn.provider))
    records = [history.record_from_row(row) for row in rows]
    # SQLite sorts INTEGER before TEXT: a history started by a JS-adapter engine (RFC 3339 text)
    # and continued natively (milliseconds) is put back in time order here; the sort is stable.
    return sorted(records, key=lambda record: record.started_at)


def create_history_table(conn: Connection) -> None:
    if conn.provider == "postgresql":
        # A `?schema=` that does not exist yet is created, as Prisma does on deploy.
        conn.execute(f"CREATE SCHEMA IF NOT EXISTS {quote_identifier(conn.schema or 'public')}")
    conn.execute_script(history.CREATE_TABLE_SQL[conn.provider])


def initialize_history(conn: Connection) -> None:
    """Create `_prisma_migrations`, unless the schema already holds a table (P3005).

    Only tables count: enums, views, sequences and functions alone do not block (checked
    against Prisma's engine), nor do tables in other schemas.
    """
    if history_table_exists(conn):
        return
    if has_user_tables(conn):
        raise DatabaseSchemaNotEmpty()
    create_history_table(conn)


def _timestamp(conn: Connection) -> object:
    return history.timestamp_param(conn.provider, history.now_utc())


# --- apply ---------------------------------------------------------------------------------------


def apply_migrations(
    conn: Connection,
    local: list[LocalMigration],
    on_applying: Callable[[str], None] = _ignore,
) -> list[str]:
    """Apply every pending folder migration in order; returns the names applied."""
    acquire_migration_lock(conn)
    initialize_history(conn)
    records = read_history(conn) or []
    applied: list[str] = []
    for migration in pending_migrations(local, records):
        if migration.script is None:
            raise MigrationFileNotFound(migration_file_path=str(migration.script_path))
        on_applying(migration.name)
        apply_one(conn, migration.name, migration.script)
        applied.append(migration.name)
    return applied


def apply_one(conn: Connection, name: str, script: str) -> None:
    provider = conn.provider
    row_id = str(uuid.uuid4())
    conn.execute(
        history.insert_started_sql(provider), (row_id, checksum(script), _timestamp(conn), name)
    )
    try:
        conn.execute_script(script)
    except Exception as error:  # noqa: BLE001 - every driver error becomes P3018
        failure = migration_failure(conn, name, script, error)
        _rollback_open_transaction(conn)
        conn.execute(history.record_failed_sql(provider), (failure_logs(failure), row_id))
        raise failure from None
    conn.execute(history.record_step_sql(provider), (row_id,))
    conn.execute(history.record_finished_sql(provider), (_timestamp(conn), row_id))


def failure_logs(failure: MigrationFailedToApply) -> str:
    """What goes into `logs`: the P3018 text, then the engine's span trace (its innermost frames,
    as Prisma 7.10.1 records them)."""
    name = failure.migration_name
    return (
        f"{failure.message()}\n"
        "   0: sql_schema_connector::apply_migration::apply_script\n"
        f"           with migration_name=\"{name}\"\n"
        "             at schema-engine/connectors/sql-schema-connector/src/apply_migration.rs:113\n"
        "   1: schema_commands::commands::apply_migrations::Applying migration\n"
        f"           with migration_name=\"{name}\"\n"
        "             at schema-engine/commands/src/commands/apply_migrations.rs:95"
    )


def _rollback_open_transaction(conn: Connection) -> None:
    """A script that opened its own BEGIN and then failed leaves the session inside it."""
    if conn.provider == "sqlite" and not conn.raw.in_transaction:
        return
    if conn.provider == "postgresql":
        from psycopg.pq import TransactionStatus

        if conn.raw.pgconn.transaction_status == TransactionStatus.IDLE:
            return
    conn.execute("ROLLBACK")


def migration_failure(
    conn: Connection, name: str, script: str, error: Exception
) -> MigrationFailedToApply:
    code, text = describe_database_error(conn.provider, script, error)
    return MigrationFailedToApply(migration_name=name, database_error_code=code, database_error=text)


def describe_database_error(provider: str, script: str, error: Exception) -> tuple[str, str]:
    """(database error code, database error text) the way Prisma's engine words them."""
    match provider:
        case "postgresql":
            return _describe_postgres_error(script, error)
        case "sqlite" if isinstance(error, sqlite3.Error):
            code = getattr(error, "sqlite_errorcode", None)
            return (str(code) if code is not None else "none", str(error))
        case "mysql":
            args = getattr(error, "args", ())
            if len(args) >= 2 and isinstance(args[0], int):
                return (str(args[0]), str(args[1]))
    return ("none", str(error))


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


# --- PostgreSQL error text -----------------------------------------------------------------------
# Prisma's engine (tokio-postgres) reports `<severity>: <message>` [DETAIL/HINT lines], an excerpt
# of the script around the error position, then the driver's Debug form of the error.

_SEVERITIES = {
    "ERROR": "Error", "FATAL": "Fatal", "PANIC": "Panic", "WARNING": "Warning",
    "NOTICE": "Notice", "DEBUG": "Debug", "INFO": "Info", "LOG": "Log",
}


def _describe_postgres_error(script: str, error: Exception) -> tuple[str, str]:
    diag = getattr(error, "diag", None)
    sqlstate = getattr(error, "sqlstate", None)
    if diag is None or sqlstate is None or diag.message_primary is None:
        return ("none", str(error))
    display = f"{diag.severity}: {diag.message_primary}"
    if diag.message_detail is not None:
        display += f"\nDETAIL: {diag.message_detail}"
    if diag.message_hint is not None:
        display += f"\nHINT: {diag.message_hint}"
    position = int(diag.statement_position) if diag.statement_position else None
    excerpt = script_excerpt(script, position) if position is not None else ""
    return (sqlstate, f"{display}{excerpt}\n\n{_rust_debug_db_error(diag, sqlstate)}")


def script_excerpt(script: str, position: int) -> str:
    """Up to five numbered lines before the failing one, then the failing line highlighted."""
    previous = [""] * 5
    byte_index = 0
    for line_index, line in enumerate(_rust_lines(script)):
        line_number = line_index + 1
        byte_index += len(line.encode("utf-8")) + 1
        if position <= byte_index:
            numbered = []
            for slot, text in enumerate(previous):
                number = line_number - (len(previous) - slot)
                if number >= 0:
                    numbered.append(f"\x1b[1m{number:>3}\x1b[0m{' ' if text else ''}{text}")
            body = "\n".join(numbered)
            return f"\n\nPosition:\n{body}\n\x1b[1m{line_number:>3}\x1b[1;31m {line}\x1b[0m"
        previous = previous[1:] + [line]
    return ""


def _rust_lines(text: str) -> list[str]:
    lines = text.split("\n")
    if lines and lines[-1] == "":
        lines.pop()
    return [line[:-1] if line.endswith("\r") else line for line in lines]


def _rust_debug_str(text: str) -> str:
    escaped = []
    for char in text:
        match char:
            case '"':
                escaped.append('\\"')
            case "\\":
                escaped.append("\\\\")
            case "\n":
                escaped.append("\\n")
            case "\r":
                escaped.append("\\r")
            case "\t":
                escaped.append("\\t")
            case "\0":
                escaped.append("\\0")
            case _ if ord(char) < 0x20 or ord(char) == 0x7F:
                escaped.append(f"\\u{{{ord(char):x}}}")
            case _:
                escaped.append(char)
    return '"' + "".join(escaped) + '"'


def _rust_option(value: object, render: Callable[[object], str]) -> str:
    return "None" if value is None else f"Some({render(value)})"


def _rust_debug_db_error(diag: object, sqlstate: str) -> str:
    text = lambda value: _rust_debug_str(str(value))  # noqa: E731
    severity = getattr(diag, "severity_nonlocalized", None)
    parsed = _SEVERITIES.get(severity) if severity else None
    position = getattr(diag, "statement_position", None)
    internal = getattr(diag, "internal_position", None)
    if position is not None:
        position_text = f"Some(Original({int(position)}))"
    elif internal is not None:
        query = _rust_debug_str(getattr(diag, "internal_query", None) or "")
        position_text = f"Some(Internal {{ position: {int(internal)}, query: {query} }})"
    else:
        position_text = "None"
    fields = [
        ("severity", text(getattr(diag, "severity", ""))),
        ("parsed_severity", _rust_option(parsed, str)),
        ("code", f"SqlState(E{sqlstate})"),
        ("message", text(getattr(diag, "message_primary", ""))),
        ("detail", _rust_option(getattr(diag, "message_detail", None), text)),
        ("hint", _rust_option(getattr(diag, "message_hint", None), text)),
        ("position", position_text),
        ("where_", _rust_option(getattr(diag, "context", None), text)),
        ("schema", _rust_option(getattr(diag, "schema_name", None), text)),
        ("table", _rust_option(getattr(diag, "table_name", None), text)),
        ("column", _rust_option(getattr(diag, "column_name", None), text)),
        ("datatype", _rust_option(getattr(diag, "datatype_name", None), text)),
        ("constraint", _rust_option(getattr(diag, "constraint_name", None), text)),
        ("file", _rust_option(getattr(diag, "source_file", None), text)),
        ("line", _rust_option(getattr(diag, "source_line", None), lambda v: str(int(v)))),
        ("routine", _rust_option(getattr(diag, "source_function", None), text)),
    ]
    return "DbError { " + ", ".join(f"{name}: {value}" for name, value in fields) + " }"
