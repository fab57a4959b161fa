"""Database errors in the words of Prisma's engine: P3018's error code and text per provider.

PostgreSQL errors are reported as tokio-postgres prints them (severity, message, DETAIL/HINT, an
excerpt of the script around the error position, then the driver's Debug form of the error).
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable

from lamina.engine.connection import Connection
from lamina.errors import MigrationFailedToApply


def migration_failure(
    conn: Connection, name: str, script: str, error: Exception, position_offset: int = 0
) -> MigrationFailedToApply:
    """P3018 for `error`; `position_offset` is where the failing message started in `script`
    (in characters) when a script is sent in several messages."""
    code, text = describe_database_error(conn.provider, script, error, position_offset)
    return MigrationFailedToApply(migration_name=name, database_error_code=code, database_error=text)


def describe_database_error(
    provider: str, script: str, error: Exception, position_offset: int = 0
) -> tuple[str, str]:
    """(database error code, database error text) the way Prisma's engine words them."""
    match provider:
        case "postgresql":
            return _describe_postgres_error(script, error, position_offset)
        case "sqlite" if isinstance(error, sqlite3.Error):
            code = getattr(error, "sqlite_errorcode", None)
            return (str(code) if code is not None else "none", str(error))
        case "mysql":
            return _describe_mysql_error(error)
    return ("none", str(error))



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


# --- PostgreSQL error text -----------------------------------------------------------------------
# Prisma's engine (tokio-postgres) reports `<severity>: <message>` [DETAIL/HINT lines], an excerpt
# of the script around the error position, then the driver's Debug form of the error.

_SEVERITIES = {
    "ERROR": "Error", "FATAL": "Fatal", "PANIC": "Panic", "WARNING": "Warning",
    "NOTICE": "Notice", "DEBUG": "Debug", "INFO": "Info", "LOG": "Log",
}


def _describe_postgres_error(script: str, error: Exception, offset: int = 0) -> tuple[str, str]:
    diag = getattr(error, "diag", None)
    sqlstate = getattr(error, "sqlstate", None)
    if diag is None or sqlstate is None or diag.message_primary is None:
        return ("none", str(error))
    display = f"{diag.severity}: {diag.message_primary}"
    if diag.message_detail is not None:
        display += f"\nDETAIL: {diag.message_detail}"
    if diag.message_hint is not None:
        display += f"\nHINT: {diag.message_hint}"
    position = int(diag.statement_position) + offset if diag.statement_position else None
    excerpt = script_excerpt(script, position) if position is not None else ""
    return (sqlstate, f"{display}{excerpt}\n\n{_rust_debug_db_error(diag, sqlstate, position)}")


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


def _rust_debug_db_error(diag: object, sqlstate: str, position: int | None) -> str:
    text = lambda value: _rust_debug_str(str(value))  # noqa: E731
    severity = getattr(diag, "severity_nonlocalized", None)
    parsed = _SEVERITIES.get(severity) if severity else None
    internal = getattr(diag, "internal_position", None)
    if position is not None:
        position_text = f"Some(Original({position}))"
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


# --- MySQL error text ----------------------------------------------------------------------------


def _describe_mysql_error(error: Exception) -> tuple[str, str]:
    """The server's message, then Prisma's pointer to the failing statement. MySQL cannot run a
    migration atomically (each DDL statement commits), so lamina says what stays applied."""
    from lamina.engine.connection import MysqlScriptError

    if isinstance(error, MysqlScriptError):
        n = error.query_number
        text = f"{error.message}\n\nPlease check the query number {n} from the migration file."
        if n > 1:
            ran = "Query 1" if n == 2 else f"Queries 1 to {n - 1}"
            text += (f"\n\n{ran} of the migration file ran before it and stayed applied: MySQL commits "
                     "each DDL statement as it runs, so they were not rolled back.")
        else:
            text += "\n\nNo statement of the migration file had run before it."
        return (str(error.code) if error.code is not None else "none", text)
    args = getattr(error, "args", ())
    if len(args) >= 2 and isinstance(args[0], int):
        return (str(args[0]), str(args[1]))
    return ("none", str(error))
