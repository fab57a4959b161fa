"""Small catalog questions asked before applying: is there a history table, what it holds, is the
schema empty."""

from __future__ import annotations

from lamina.engine.connection import Connection
from lamina.migrations import history
from lamina.migrations.history import TABLE_NAME, MigrationRecord


def history_table_exists(conn: Connection) -> bool:
    match conn.provider:
        case "sqlite":
            rows = conn.query(
                "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?", (TABLE_NAME,)
            )
        case "postgresql":
            rows = conn.query(
                "SELECT 1 FROM pg_catalog.pg_tables WHERE schemaname = %s AND tablename = %s",
                (conn.schema, TABLE_NAME),
            )
        case _:
            rows = conn.query(
                "SELECT 1 FROM information_schema.tables WHERE table_schema = DATABASE() "
                "AND table_name = %s",
                (TABLE_NAME,),
            )
    return bool(rows)


def read_history(conn: Connection) -> list[MigrationRecord] | None:
    """All rows, oldest first; None when `_prisma_migrations` does not exist."""
    if not history_table_exists(conn):
        return None
    rows = conn.query(history.select_rows_sql(conn.provider))
    records = [history.record_from_row(row) for row in rows]
    # SQLite sorts INTEGER before TEXT: a history started by a JS-adapter engine (RFC 3339 text)
    # and continued natively (milliseconds) is put back in time order here; the sort is stable.
    return sorted(records, key=lambda record: record.started_at)


def user_table_names(conn: Connection) -> list[str]:
    """Tables in the datasource's schema, `_prisma_migrations` left out."""
    match conn.provider:
        case "sqlite":
            rows = conn.query(
                "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' "
                "AND name != ? ORDER BY name",
                (TABLE_NAME,),
            )
        case "postgresql":
            rows = conn.query(
                "SELECT c.relname FROM pg_catalog.pg_class c "
                "JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace "
                "WHERE n.nspname = %s AND c.relkind IN ('r', 'p') AND c.relname != %s "
                "AND NOT c.relispartition ORDER BY c.relname",
                (conn.schema, TABLE_NAME),
            )
        case _:
            rows = conn.query(
                "SELECT table_name FROM information_schema.tables WHERE table_schema = DATABASE() "
                "AND table_type = 'BASE TABLE' AND table_name != %s ORDER BY table_name",
                (TABLE_NAME,),
            )
    return [row[0] for row in rows]


def has_user_tables(conn: Connection) -> bool:
    """True when the schema holds any table besides `_prisma_migrations` (P3005 territory)."""
    return bool(user_table_names(conn))


def has_user_enums(conn: Connection) -> bool:
    """PostgreSQL enum types in the datasource's schema (they also make a schema non-empty)."""
    if conn.provider != "postgresql":
        return False
    rows = conn.query(
        "SELECT 1 FROM pg_catalog.pg_type t JOIN pg_catalog.pg_namespace n ON n.oid = t.typnamespace "
        "WHERE n.nspname = %s AND t.typtype = 'e' LIMIT 1",
        (conn.schema,),
    )
    return bool(rows)
