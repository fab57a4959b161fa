"""What introspection reads differently from the described SqlSchema, as Prisma's SQLite
describer does: the order of `pragma_foreign_key_list` (relation fields follow it), primary key
columns are required, and a lone INTEGER primary key (the rowid) is autoincrementing."""

from __future__ import annotations

from dataclasses import replace

from lamina.engine.connection import Connection
from lamina.schema.model import Column, SqlSchema, Table

_SQLITE_FOREIGN_KEY_ORDER = """
SELECT m.name, fk.id, fk."from"
FROM sqlite_master AS m
JOIN pragma_foreign_key_list(m.name) AS fk
WHERE m.type = 'table'
ORDER BY m.name, fk.id, fk.seq
"""


def with_catalog_order(conn: Connection, schema: SqlSchema) -> SqlSchema:
    if conn.provider != "sqlite":
        return schema
    columns: dict[tuple[str, int], list[str]] = {}
    for table, fk_id, column in conn.query(_SQLITE_FOREIGN_KEY_ORDER):
        columns.setdefault((table, fk_id), []).append(column)
    order: dict[str, list[tuple[str, ...]]] = {}
    for (table, _), cols in columns.items():
        order.setdefault(table, []).append(tuple(cols))
    tables = []
    for table in schema.tables:
        ranks = {cols: i for i, cols in enumerate(order.get(table.name, []))}
        fks = sorted(table.foreign_keys, key=lambda fk: ranks.get(tuple(fk.columns), len(ranks)))
        tables.append(replace(table, foreign_keys=tuple(fks), columns=_sqlite_key_columns(table)))
    return replace(schema, tables=tuple(tables))


def _sqlite_key_columns(table: Table) -> tuple[Column, ...]:
    pk = table.primary_key
    key = {c.name for c in pk.columns} if pk is not None else set()
    rowid = pk is not None and len(pk.columns) == 1
    columns = []
    for column in table.columns:
        if column.name in key:
            column = replace(column, type=replace(column.type, arity="required"))
            if rowid and column.type.full_data_type.upper() == "INTEGER" and column.default is None:
                column = replace(column, auto_increment=True)
        columns.append(column)
    return tuple(columns)
