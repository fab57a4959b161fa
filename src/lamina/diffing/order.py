"""STEP_ORDER: the one place that knows why migration steps run in the order they do.

Steps are sorted by their position in STEP_ORDER, then by their contents: the position of the
objects they touch in the schema they come from (declaration order for a calculated schema,
name order for a described one), which is what keeps Prisma's output order.
"""

from __future__ import annotations

from lamina.diffing.steps import (
    AddForeignKey, AddPrimaryKey, AlterEnum, AlterTable, CreateEnum, CreateExtension,
    CreateIndex, CreateSchema, CreateTable, DropEnum, DropForeignKey, DropIndex,
    DropTable, RedefineIndex, RedefineTables, RenameForeignKey, RenameIndex, Step,
)
from lamina.schema.model import SqlSchema, Table

STEP_ORDER: tuple[type, ...] = (
    CreateSchema,      # everything else may live in the new schema
    CreateExtension,   # types and functions used by columns and indexes
    CreateEnum,        # before tables and columns that use the type
    AlterEnum,         # before columns start using new values
    DropForeignKey,    # before the indexes, columns and tables they depend on go
    DropIndex,         # before columns are dropped; frees names for renamed or recreated indexes
    AlterTable,        # columns and primary keys of existing tables
    DropTable,         # after DropForeignKey; before CreateTable: a re-created table may reuse the name
    DropEnum,          # after DropTable/AlterTable: columns may still use the type until then
    CreateTable,
    RedefineTables,    # SQLite: after CreateTable, so that copied rows may reference new tables
    CreateIndex,       # after AlterTable and CreateTable: may cover new columns
    RenameForeignKey,
    AddForeignKey,     # last but renames: both tables (and their unique indexes) exist by now
    RenameIndex,
    RedefineIndex,
)


def _positions(tables: tuple[Table, ...]) -> dict[tuple[str | None, str], int]:
    return {(t.namespace, t.name): i for i, t in enumerate(tables)}


def sort_steps(steps: list[Step], before: SqlSchema, after: SqlSchema) -> list[Step]:
    rank = {kind: i for i, kind in enumerate(STEP_ORDER)}
    before_pos = _positions(before.tables)
    after_pos = _positions(after.tables)
    before_tables = {(t.namespace, t.name): t for t in before.tables}
    before_enum = {(e.namespace, e.name): i for i, e in enumerate(before.enums)}
    after_enum = {(e.namespace, e.name): i for i, e in enumerate(after.enums)}

    def table_key(table: Table, positions: dict) -> int:
        return positions.get((table.namespace, table.name), -1)

    def index_key(table: Table, name: str) -> int:
        return next((i for i, ix in enumerate(table.indexes) if ix.name == name), -1)

    def fk_key(table: Table, fk) -> int:
        return next((i for i, f in enumerate(table.foreign_keys) if f == fk), -1)

    def key(step: Step) -> tuple:
        match step:
            case CreateSchema(name):
                return (name,)
            case CreateExtension(name):
                return (name,)
            case CreateEnum(enum):
                return (after_enum.get((enum.namespace, enum.name), -1),)
            case AlterEnum(before=enum):
                return (before_enum.get((enum.namespace, enum.name), -1),)
            case DropEnum(enum):
                return (before_enum.get((enum.namespace, enum.name), -1),)
            case DropForeignKey(table, fk):
                return (table_key(table, before_pos), fk_key(table, fk))
            case DropIndex(table, index):
                return (table_key(table, before_pos), index_key(table, index.name))
            case AlterTable(before=table):
                return (table_key(table, before_pos),)
            case DropTable(table):
                return (table_key(table, before_pos),)
            case CreateTable(table):
                return (table_key(table, after_pos),)
            case RedefineTables():
                return ()
            case CreateIndex(table, index, is_new):
                previous = -1 if is_new else before_pos.get((table.namespace, table.name), -1)
                return (0 if is_new else 1, previous, table_key(table, after_pos),
                        index_key(table, index.name))
            case AddForeignKey(table, fk):
                return (table_key(table, after_pos), fk_key(table, fk))
            case RenameForeignKey(table, previous, _):
                # Prisma sorts renames by the renamed object's id in the schema it comes from.
                old = before_tables.get((table.namespace, table.name), table)
                return (table_key(old, before_pos), fk_key(old, previous))
            case RenameIndex(table, previous, _) | RedefineIndex(table, previous, _):
                old = before_tables.get((table.namespace, table.name), table)
                return (table_key(old, before_pos), index_key(old, previous.name))
        return ()

    ordered = sorted(steps, key=lambda s: (rank[type(s)], key(s)))
    return _drop_unique_after_new_primary_key(ordered)


def _drop_unique_after_new_primary_key(steps: list[Step]) -> list[Step]:
    """Move the DropIndex of a unique index after the AlterTable that adds a primary key on the
    same columns to a table that had none (the Prisma 5 → 6 implicit m-n upgrade)."""
    result = list(steps)
    for step in steps:
        if not isinstance(step, DropIndex) or step.index.kind != "unique":
            continue
        if step.table.primary_key is not None:
            continue
        columns = [c.name for c in step.index.columns]
        target = next(
            (s for s in result if isinstance(s, AlterTable) and s.before.name == step.table.name
             and s.before.namespace == step.table.namespace
             and any(isinstance(c, AddPrimaryKey) and [x.name for x in c.primary_key.columns] == columns
                     for c in s.changes)),
            None,
        )
        if target is not None:
            result.remove(step)
            result.insert(result.index(target) + 1, step)
    return result

