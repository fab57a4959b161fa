"""Row counts on a live database, for Prisma's data-loss warnings (PRISMA-COMPAT.md §6.8)."""

from __future__ import annotations

from lamina.engine.connection import Connection


def _quote(name: str, quote: str = '"') -> str:
    return quote + name.replace(quote, quote * 2) + quote


class LiveRowCounts:
    def __init__(self, conn: Connection):
        self.conn = conn

    def _quote(self, name: str) -> str:
        return _quote(name, "`" if self.conn.provider == "mysql" else '"')

    def _table(self, table: str, namespace: str | None) -> str:
        if namespace and self.conn.provider == "postgresql":
            return f"{_quote(namespace)}.{_quote(table)}"
        return self._quote(table)

    def _count(self, sql: str) -> int:
        try:
            rows = self.conn.query(sql)
        except Exception:  # noqa: BLE001 - a table the database lacks counts as empty, as in Prisma
            return 0
        return int(rows[0][0]) if rows else 0

    def count_rows(self, table: str, namespace: str | None = None) -> int:
        return self._count(f"SELECT COUNT(*) FROM {self._table(table, namespace)}")

    def count_non_null(self, table: str, namespace: str | None, column: str) -> int:
        table_sql = self._table(table, namespace)
        return self._count(f"SELECT COUNT(*) FROM {table_sql} WHERE {self._quote(column)} IS NOT NULL")

    def count_nulls(self, table: str, namespace: str | None, column: str) -> int:
        table_sql = self._table(table, namespace)
        return self._count(f"SELECT COUNT(*) FROM {table_sql} WHERE {self._quote(column)} IS NULL")
