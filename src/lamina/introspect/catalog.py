"""What introspection reads differently from the described SqlSchema: on SQLite the order of
`pragma_foreign_key_list` (relation fields follow it, as in Prisma's describer); on PostgreSQL
the INCLUDE columns of indexes and the features Prisma notes on models (partitions, inheritance,
row level security, CHECK/EXCLUDE constraints, deferrable constraints, expression and partial
indexes)."""

from __future__ import annotations

from dataclasses import dataclass, field, replace

from lamina.engine.connection import Connection
from lamina.schema.model import Index, IndexColumn, SqlSchema

_SQLITE_FOREIGN_KEY_ORDER = """
SELECT m.name, fk.id, fk."from"
FROM sqlite_master AS m
JOIN pragma_foreign_key_list(m.name) AS fk
WHERE m.type = 'table'
ORDER BY m.name, fk.id, fk.seq
"""


_POSTGRES_INCLUDED_COLUMNS = """
SELECT n.nspname, c.relname, ic.relname, array_agg(a.attname ORDER BY k.position)
FROM pg_index i
JOIN pg_class c ON c.oid = i.indrelid
JOIN pg_namespace n ON n.oid = c.relnamespace
JOIN pg_class ic ON ic.oid = i.indexrelid
CROSS JOIN LATERAL unnest(i.indkey::int2[]) WITH ORDINALITY AS k(attnum, position)
JOIN pg_attribute a ON a.attrelid = c.oid AND a.attnum = k.attnum
WHERE i.indnatts > i.indnkeyatts AND k.position > i.indnkeyatts AND n.nspname = ANY(%s)
GROUP BY n.nspname, c.relname, ic.relname
"""


def with_catalog_order(conn: Connection, schema: SqlSchema, namespaces: tuple[str, ...] = ()) -> SqlSchema:
    if conn.provider == "postgresql":
        return _with_included_columns(conn, schema, namespaces)
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
        tables.append(replace(table, foreign_keys=tuple(fks)))
    return replace(schema, tables=tuple(tables))


def _with_included_columns(conn: Connection, schema: SqlSchema, namespaces: tuple[str, ...]) -> SqlSchema:
    """Prisma's describer lists an index's INCLUDE columns after its key columns."""
    default = conn.schema or "public"
    wanted = [default, *[n for n in namespaces if n != default]]
    included = {(None if ns == default else ns, table, index): columns
                for ns, table, index, columns in conn.query(_POSTGRES_INCLUDED_COLUMNS, (wanted,))}
    if not included:
        return schema
    tables = []
    for table in schema.tables:
        indexes = tuple(
            replace(i, columns=(*i.columns, *(IndexColumn(c) for c in included[(table.namespace, table.name, i.name)]
                                              if c not in {k.name for k in i.columns})))
            if (table.namespace, table.name, i.name) in included else i for i in table.indexes)
        tables.append(replace(table, indexes=indexes))
    return replace(schema, tables=tuple(tables))


# --- PostgreSQL: what the describer does not model, for Prisma's model notes and warnings -------

_POSTGRES_TABLES = """
SELECT n.nspname, c.relname, c.relispartition,
       c.relkind <> 'p' AND EXISTS (SELECT 1 FROM pg_inherits i WHERE i.inhparent = c.oid),
       c.relrowsecurity
FROM pg_class c
JOIN pg_namespace n ON n.oid = c.relnamespace
WHERE c.relkind IN ('r', 'p') AND n.nspname = ANY(%s)
"""

_POSTGRES_CONSTRAINTS = """
SELECT n.nspname, c.relname, k.conname, k.contype, k.condeferrable OR k.condeferred
FROM pg_constraint k
JOIN pg_class c ON c.oid = k.conrelid
JOIN pg_namespace n ON n.oid = c.relnamespace
WHERE k.contype IN ('c', 'x', 'f', 'u', 'p') AND n.nspname = ANY(%s)
ORDER BY n.nspname, c.relname, k.conname
"""

_POSTGRES_SPECIAL_INDEXES = """
SELECT n.nspname, c.relname, ic.relname, i.indisunique, am.amname,
       pg_get_expr(i.indpred, i.indrelid), i.indexprs IS NOT NULL,
       array_agg(a.attname ORDER BY k.position), array_agg((i.indoption[k.position - 1] & 1) = 1 ORDER BY k.position)
FROM pg_index i
JOIN pg_class c ON c.oid = i.indrelid
JOIN pg_namespace n ON n.oid = c.relnamespace
JOIN pg_class ic ON ic.oid = i.indexrelid
JOIN pg_am am ON am.oid = ic.relam
CROSS JOIN LATERAL unnest(i.indkey::int2[]) WITH ORDINALITY AS k(attnum, position)
LEFT JOIN pg_attribute a ON a.attrelid = c.oid AND a.attnum = k.attnum AND k.attnum > 0
WHERE (i.indpred IS NOT NULL OR i.indexprs IS NOT NULL) AND NOT i.indisexclusion
  AND c.relkind IN ('r', 'p') AND n.nspname = ANY(%s) AND k.position <= i.indnkeyatts
GROUP BY n.nspname, c.relname, ic.relname, i.indisunique, am.amname, i.indpred, i.indrelid, i.indexprs
ORDER BY n.nspname, c.relname, ic.relname
"""


@dataclass
class TableNotes:
    """Per table: the features Prisma notes on a new model and warns about after a pull."""

    partition: bool = False
    subclass: bool = False
    row_level_security: bool = False
    commented: bool = False
    commented_columns: list[str] = field(default_factory=list)
    checks: list[str] = field(default_factory=list)
    exclusions: list[str] = field(default_factory=list)
    deferred: list[str] = field(default_factory=list)
    expression_indexes: list[str] = field(default_factory=list)
    partial_indexes: list[tuple[Index, str]] = field(default_factory=list)  # (index, predicate)


def model_notes(conn: Connection, namespaces: tuple[str, ...],
                described: SqlSchema) -> dict[tuple[str | None, str], TableNotes]:
    """Table key (namespace None for the connection's schema) → its notes; three fixed queries
    (comments come from the described schema)."""
    if conn.provider != "postgresql":
        return {}
    default = conn.schema or "public"
    wanted = [default, *[n for n in namespaces if n != default]]
    notes: dict[tuple[str | None, str], TableNotes] = {}

    def of(namespace: str, table: str) -> TableNotes:
        return notes.setdefault((None if namespace == default else namespace, table), TableNotes())

    for namespace, table, partition, subclass, rls in conn.query(_POSTGRES_TABLES, (wanted,)):
        entry = of(namespace, table)
        entry.partition, entry.subclass, entry.row_level_security = partition, subclass, rls
    for described_table in described.tables:
        commented_columns = [c.name for c in described_table.columns if c.comment is not None]
        if described_table.comment is not None or commented_columns:
            entry = notes.setdefault((described_table.namespace, described_table.name), TableNotes())
            entry.commented = described_table.comment is not None
            entry.commented_columns = commented_columns
    for namespace, table, name, kind, deferred in conn.query(_POSTGRES_CONSTRAINTS, (wanted,)):
        entry = of(namespace, table)
        if kind == "c":
            entry.checks.append(name)
        elif kind == "x":
            entry.exclusions.append(name)
        elif deferred:
            entry.deferred.append(name)
    for namespace, table, name, unique, method, predicate, expression, columns, descending in \
            conn.query(_POSTGRES_SPECIAL_INDEXES, (wanted,)):
        entry = of(namespace, table)
        if expression or any(c is None for c in columns):
            entry.expression_indexes.append(name)
            continue
        index = Index(name, "unique" if unique else "normal",
                      tuple(IndexColumn(c, "desc" if d else None) for c, d in zip(columns, descending)),
                      None if method == "btree" else method)
        entry.partial_indexes.append((index, predicate))
    return notes
