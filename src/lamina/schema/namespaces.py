"""Spelling out the default namespace, as Prisma does when the target of a diff is a live database.

A described schema knows which namespace `None` stands for (`SqlSchema.default_namespace`); Prisma
then renders every object of the diff qualified (`"public"."User"`), while a diff towards a
calculated schema (migrate dev, `--to-schema`) leaves default-schema names unqualified.
"""

from __future__ import annotations

from dataclasses import replace

from lamina.schema.model import Column, Enum, ForeignKey, SqlSchema, Table


def qualify_for_target(before: SqlSchema, after: SqlSchema, *, target_is_calculated: bool) -> tuple[SqlSchema, SqlSchema]:
    """Both sides with `None` namespaces replaced by the default namespace of a described side,
    unless the target was calculated from a schema file (then Prisma leaves names unqualified)."""
    namespace = None if target_is_calculated else (after.default_namespace or before.default_namespace)
    if namespace is None:
        return before, after
    return with_namespace(before, namespace), with_namespace(after, namespace)


def with_namespace(schema: SqlSchema, namespace: str) -> SqlSchema:
    return replace(
        schema,
        tables=tuple(_table(t, namespace) for t in schema.tables),
        enums=tuple(_enum(e, namespace) for e in schema.enums),
        default_namespace=namespace,
    )


def _table(table: Table, namespace: str) -> Table:
    return replace(
        table,
        namespace=table.namespace or namespace,
        columns=tuple(_column(c, namespace) for c in table.columns),
        foreign_keys=tuple(_foreign_key(fk, namespace) for fk in table.foreign_keys),
    )


def _column(column: Column, namespace: str) -> Column:
    if column.type.family != "Enum" or column.type.namespace:
        return column
    return replace(column, type=replace(column.type, namespace=namespace))


def _foreign_key(fk: ForeignKey, namespace: str) -> ForeignKey:
    return replace(fk, referenced_namespace=fk.referenced_namespace or namespace)


def _enum(enum: Enum, namespace: str) -> Enum:
    return replace(enum, namespace=enum.namespace or namespace)
