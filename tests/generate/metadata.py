"""The generated metadata compared with lamina's calculated SQL schema, table by table: columns and
their nullability, primary keys, foreign keys with names and actions, indexes with names, kinds and
columns. This catches what a database diff may not look at (PostgreSQL list columns are NULL-able
in Prisma's migrations, and the describer does not compare that)."""

from __future__ import annotations

from typing import Any

import sqlalchemy as sa

from lamina.schema.model import SqlSchema

ACTIONS = {"Cascade": "CASCADE", "Restrict": "RESTRICT", "NoAction": "NO ACTION", "SetNull": "SET NULL",
           "SetDefault": "SET DEFAULT"}


def metadata_differences(metadata: sa.MetaData, calculated: SqlSchema) -> list[str]:
    problems: list[str] = []
    expected_keys = {f"{t.namespace}.{t.name}" if t.namespace else t.name for t in calculated.tables}
    if set(metadata.tables) != expected_keys:
        problems.append(f"tables: {sorted(set(metadata.tables) ^ expected_keys)}")
    for table in calculated.tables:
        generated = metadata.tables.get(f"{table.namespace}.{table.name}" if table.namespace else table.name)
        if generated is not None:
            problems += [f"{table.name}: {p}" for p in _table_differences(generated, table)]
    return problems


def _table_differences(generated: sa.Table, table: Any) -> list[str]:
    problems = []
    columns = {c.name: c.type.arity != "required" for c in table.columns}
    actual = {c.name: bool(c.nullable) for c in generated.columns}
    if columns != actual:
        problems.append(f"columns (name: nullable) {actual} != {columns}")
    pk = tuple(c.name for c in table.primary_key.columns) if table.primary_key else ()
    if tuple(c.name for c in generated.primary_key.columns) != pk:
        problems.append(f"primary key {tuple(generated.primary_key.columns.keys())} != {pk}")
    if table.primary_key and table.primary_key.name and generated.primary_key.name != table.primary_key.name:
        problems.append(f"primary key name {generated.primary_key.name} != {table.primary_key.name}")
    fks = {(fk.name, fk.columns, fk.referenced_table, fk.referenced_columns, ACTIONS[fk.on_delete],
            ACTIONS[fk.on_update]) for fk in table.foreign_keys}
    actual_fks = {(c.name, tuple(c.column_keys), c.elements[0].column.table.name,
                   tuple(e.column.name for e in c.elements), c.ondelete, c.onupdate)
                  for c in generated.foreign_key_constraints}
    if fks != actual_fks:
        problems.append(f"foreign keys {sorted(actual_fks ^ fks)}")
    indexes = {(ix.name, ix.kind == "unique", tuple(c.name for c in ix.columns)) for ix in table.indexes}
    actual_ix = {(ix.name, bool(ix.unique), tuple(_index_column(e) for e in ix.expressions)) for ix in generated.indexes}
    if indexes != actual_ix:
        problems.append(f"indexes {sorted(actual_ix ^ indexes)}")
    return problems


def _index_column(expression: Any) -> str:
    while not isinstance(expression, (sa.Column, sa.sql.elements.ColumnClause)):
        expression = expression.element  # DESC
    return expression.name
