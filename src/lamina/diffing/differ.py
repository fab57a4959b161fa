"""diff_schemas: two SqlSchemas → the ordered migration steps between them.

The default namespace (PostgreSQL "public") is implicit in SqlSchema. `prisma migrate diff
--from-empty` prints `CREATE SCHEMA IF NOT EXISTS "public"` first, while `migrate dev` (whose
shadow database already has it) does not. `create_default_namespace` decides: True/False,
None (the default) for "when `before` is the empty schema and `after` is not", which gives
`migrate diff --from-empty`'s output and never touches a diff against a described database, or
"with_others" for "only when some other step is needed" (the CLI's `--from-empty`).
Non-default namespaces (`@@schema`) that `after` uses and `before` does not know are always created
(a calculated `before` knows every schema its datasource declares, a described one those it holds).
"""

from __future__ import annotations

from typing import Literal

from lamina.dialects.base import Capabilities, Dialect
from lamina.dialects.common import default_is_rendered
from lamina.diffing.order import sort_steps
from lamina.diffing.pairing import (
    column_changes, is_implicit_many_to_many, pair_by_name, pair_foreign_keys, pair_indexes,
    primary_key_changed, table_key,
)
from lamina.diffing.steps import (
    AddColumn, AddForeignKey, AddPrimaryKey, AlterColumn, AlterEnum, AlterTable, CreateEnum,
    CreateExtension, CreateIndex, CreateSchema, CreateTable, DropAndRecreateColumn, DropColumn,
    DropEnum, DropForeignKey, DropIndex, DropPrimaryKey, DropTable, EnumUse, RedefinedTable,
    RedefineIndex, RedefineTables, RenameForeignKey, RenameIndex, RenamePrimaryKey, Step,
    TableChange,
)
from lamina.schema.model import EMPTY_SCHEMA, Enum, SqlSchema, Table


def diff_schemas(before: SqlSchema, after: SqlSchema, dialect: Dialect, *,
                 create_default_namespace: bool | None | Literal["with_others"] = None) -> list[Step]:
    caps = dialect.capabilities
    if create_default_namespace is None:
        create_default_namespace = before == EMPTY_SCHEMA and after != EMPTY_SCHEMA
    steps: list[Step] = []
    if caps.namespaces:
        if create_default_namespace is True and caps.default_namespace:
            steps.append(CreateSchema(caps.default_namespace))
        known_namespaces = {*before.namespaces, *before.declared_namespaces}
        steps += [CreateSchema(n) for n in after.namespaces
                  if n not in known_namespaces and n != caps.default_namespace]
        known = {e.name for e in before.extensions}
        steps += [CreateExtension(e.name, e.schema, e.version) for e in after.extensions if e.name not in known]
    if caps.native_enums:
        steps += enum_steps(before, after)
    tables = pair_by_name(before.tables, after.tables, table_key)
    for table in tables.added:
        steps += created_table_steps(table, caps)
    for table in tables.removed:
        steps += dropped_table_steps(table, caps)
    redefined: list[RedefinedTable] = []
    for previous, following in tables.common:
        if not caps.alter_column_in_place and needs_redefinition(previous, following, dialect):
            copied = pair_by_name(previous.columns, following.columns, lambda c: c.name).common
            redefined.append(RedefinedTable(previous, following, copied))
        else:
            steps += altered_table_steps(previous, following, dialect,
                                         compare_predicates=before.partial_indexes or after.partial_indexes)
    if redefined:
        position = {table_key(t): i for i, t in enumerate(before.tables)}
        redefined.sort(key=lambda r: position[table_key(r.before)])
        steps.append(RedefineTables(tuple(redefined)))
        for table in tables.removed:
            steps += [DropIndex(table, index) for index in table.indexes]
    if create_default_namespace == "with_others" and steps and caps.namespaces and caps.default_namespace:
        steps.append(CreateSchema(caps.default_namespace))
    return sort_steps(steps, before, after)


# --- enums -------------------------------------------------------------------------------------


def enum_uses(schema: SqlSchema, enum: Enum, tables: set[tuple[str | None, str]] | None = None) -> tuple[EnumUse, ...]:
    return tuple(
        EnumUse(table, column)
        for table in schema.tables if tables is None or table_key(table) in tables
        for column in table.columns
        if column.type.family == "Enum" and column.type.full_data_type == enum.name
    )


def enum_steps(before: SqlSchema, after: SqlSchema) -> list[Step]:
    enums = pair_by_name(before.enums, after.enums, lambda e: (e.namespace, e.name))
    steps: list[Step] = [CreateEnum(e) for e in enums.added]
    steps += [DropEnum(e) for e in enums.removed]
    kept_tables = {table_key(t) for t in before.tables}
    for previous, following in enums.common:
        added = tuple(v for v in following.values if v not in previous.values)
        removed = tuple(v for v in previous.values if v not in following.values)
        if not added and not removed:
            continue
        uses_after = tuple(
            use for use in enum_uses(after, following, kept_tables)
            if (t := before.table(use.table.name, use.table.namespace)) is not None
            and (c := t.column(use.column.name)) is not None and c.type.full_data_type == following.name
        )
        uses_before = enum_uses(before, previous)
        defaults_after = tuple(
            EnumUse(t, c) for use in uses_before if default_is_rendered(use.column.default)
            if (t := after.table(use.table.name, use.table.namespace)) is not None
            and (c := t.column(use.column.name)) is not None and default_is_rendered(c.default)
        )
        steps.append(AlterEnum(previous, following, added, removed, uses_before, uses_after, defaults_after,
                               before.default_namespace))
    return steps


# --- tables ------------------------------------------------------------------------------------


def created_table_steps(table: Table, caps: Capabilities) -> list[Step]:
    steps: list[Step] = [CreateTable(table)]
    if not caps.inline_foreign_keys:
        steps += [AddForeignKey(table, fk) for fk in table.foreign_keys]
    if not caps.inline_indexes:
        steps += [CreateIndex(table, index, table_is_new=True) for index in table.indexes]
    return steps


def dropped_table_steps(table: Table, caps: Capabilities) -> list[Step]:
    steps: list[Step] = [DropTable(table)]
    if not caps.inline_foreign_keys:
        steps += [DropForeignKey(table, fk) for fk in table.foreign_keys]
    return steps


def needs_redefinition(before: Table, after: Table, dialect: Dialect) -> bool:
    """SQLite cannot alter a table in place beyond adding optional columns and indexes."""
    columns = pair_by_name(before.columns, after.columns, lambda c: c.name)
    if columns.removed or any(c.type.arity == "required" for c in columns.added):
        return True
    if any(column_changes(b, a, autoincrement_changes=False, same_default=dialect.same_default)
           for b, a in columns.common):
        return True
    if primary_key_changed(before, after, set()):
        return True
    foreign_keys = pair_foreign_keys(before, after, set())
    return bool(foreign_keys.created or foreign_keys.dropped)


def covers_foreign_key(table: Table, index) -> bool:
    """MySQL's own index for a foreign key: same columns, in order (differ `index_covers_fk`)."""
    columns = tuple(c.name for c in index.columns)
    return index.kind in ("normal", "unique") and any(fk.columns == columns for fk in table.foreign_keys)


def altered_table_steps(before: Table, after: Table, dialect: Dialect, *, compare_predicates: bool = False) -> list[Step]:
    caps = dialect.capabilities
    columns = pair_by_name(before.columns, after.columns, lambda c: c.name)
    altered: list[TableChange] = []
    retyped: set[str] = set()
    recreated: set[str] = set()
    for previous, following in columns.common:
        changes = column_changes(previous, following, autoincrement_changes=caps.autoincrement_changes,
                                 same_default=dialect.same_default)
        if (caps.cast_none_is_same_type and "type" in changes
                and dialect.classify_cast(previous, following) == "none"):
            changes = changes - {"type"}
        if not changes:
            continue
        cast = dialect.classify_cast(previous, following) if "type" in changes or "arity" in changes else "none"
        if "type" in changes:
            retyped.add(following.name)
        if cast == "not_castable":
            recreated.add(following.name)
            altered.append(DropAndRecreateColumn(previous, following, changes))
        else:
            altered.append(AlterColumn(previous, following, changes, cast))

    changes: list[TableChange] = []
    add_primary_key = None
    if primary_key_changed(before, after, retyped):
        if before.primary_key is not None:
            changes.append(DropPrimaryKey(before.primary_key))
        if after.primary_key is not None:
            add_primary_key = AddPrimaryKey(after.primary_key)
    elif (caps.named_primary_keys and before.primary_key and after.primary_key
          and before.primary_key.name != after.primary_key.name):
        changes.append(RenamePrimaryKey(before.primary_key.name or "", after.primary_key.name or ""))
    # Prisma lists dropped and added columns in name order, altered ones in column order.
    changes += [DropColumn(c) for c in sorted(columns.removed, key=lambda c: c.name)]
    changes += [AddColumn(c) for c in sorted(columns.added, key=lambda c: c.name)]
    changes += altered
    if add_primary_key is not None:
        changes.append(add_primary_key)

    steps: list[Step] = []
    if changes:
        steps.append(AlterTable(before, after, tuple(changes)))

    fk_changed = set(retyped)
    if caps.implicit_foreign_key_indexes:
        # A foreign key whose column becomes required is dropped and re-added (MySQL).
        fk_changed |= {b.name for b, a in columns.common if b.is_nullable and a.type.arity == "required"}
    foreign_keys = pair_foreign_keys(before, after, fk_changed)
    steps += [AddForeignKey(after, fk) for fk in foreign_keys.created]
    steps += [DropForeignKey(before, fk) for fk in foreign_keys.dropped]
    if caps.named_foreign_keys and not is_implicit_many_to_many(after):
        renamed_fks = [(b, a) for b, a in foreign_keys.common if b.name != a.name]
        if caps.rename_foreign_keys:
            steps += [RenameForeignKey(after, b, a) for b, a in renamed_fks]
        else:
            for b, a in renamed_fks:
                steps += [AddForeignKey(after, a), DropForeignKey(before, b)]

    indexes = pair_indexes(before, after, compare_predicates)
    steps += [CreateIndex(after, index) for index in indexes.created]
    steps += [DropIndex(before, index) for index in indexes.dropped
              if not (caps.implicit_foreign_key_indexes and covers_foreign_key(before, index))]
    for previous, following in indexes.renamed:
        steps.append(RenameIndex(after, previous, following) if caps.rename_index
                     else RedefineIndex(after, previous, following))
    created_names = {ix.name for ix in indexes.created}
    steps += [CreateIndex(after, index, from_drop_and_recreate=True) for index in after.indexes
              if index.name not in created_names and any(c.name in recreated for c in index.columns)]
    return steps
