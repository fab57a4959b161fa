"""How big each table of a live PostgreSQL database is, for `migrate lint --url`: the planner's row
estimate (`pg_class.reltuples`, no table is scanned) and `pg_total_relation_size`."""

from __future__ import annotations

from lamina.engine.connection import Connection
from lamina.lint.rules import TableSize

QUERY = """
SELECT n.nspname, c.relname, c.reltuples::bigint, pg_total_relation_size(c.oid), pg_relation_size(c.oid),
       coalesce(s.last_analyze, s.last_autoanalyze, s.last_vacuum, s.last_autovacuum) IS NOT NULL
FROM pg_class c
JOIN pg_namespace n ON n.oid = c.relnamespace
LEFT JOIN pg_stat_user_tables s ON s.relid = c.oid
WHERE c.relkind IN ('r', 'p') AND n.nspname NOT IN ('pg_catalog', 'information_schema')
  AND n.nspname NOT LIKE 'pg_toast%'
"""


def table_sizes(conn: Connection) -> dict[tuple[str, str], TableSize]:
    """(schema, table) → size; the connection's schema (`?schema=`, default public) is "", as an
    unqualified name in a migration."""
    default = conn.schema or "public"
    sizes = {}
    for schema, name, rows, total, heap, counted in conn.query(QUERY):
        # empty: no data page at all, or counted as 0 rows by ANALYZE/VACUUM
        is_empty = heap == 0 or (counted and rows == 0)
        key = ("" if schema == default else schema, name)
        sizes[key] = TableSize(int(rows), int(total), bool(is_empty))
    return sizes
