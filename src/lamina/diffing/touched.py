"""Which tables a list of migration steps changes: what must be described again after the steps ran,
while every other table still describes as it did before (operations/dev_files.py `described_after`)."""

from __future__ import annotations

from collections.abc import Iterable

from lamina.diffing.steps import (
    AddForeignKey,
    AlterEnum,
    AlterTable,
    CreateEnum,
    CreateIndex,
    CreateTable,
    DropEnum,
    DropForeignKey,
    DropIndex,
    DropTable,
    RedefineIndex,
    RenameForeignKey,
    RenameIndex,
)
from lamina.schema.model import SqlSchema, Table

_ON_ONE_TABLE = (CreateTable, DropTable, CreateIndex, DropIndex, AddForeignKey, DropForeignKey, RenameIndex,
                 RenameForeignKey, RedefineIndex)


def tables_changed_by(steps: Iterable[object], before: SqlSchema) -> frozenset[str] | None:
    """The names of the default-namespace tables whose description the steps may change: those they
    touch, those with a column of an enum they create, alter or drop, and those with a foreign key
    pointing at one of these (a description names the referenced table and columns). None when a
    step reaches beyond tables and enums of the default namespace (schemas, extensions, another
    namespace, a step this function does not know): then only a full description will do."""
    names: set[str] = set()
    enums: set[str] = set()
    for step in steps:
        if isinstance(step, _ON_ONE_TABLE):
            touched: tuple[Table, ...] = (step.table,)
        elif isinstance(step, AlterTable):
            touched = (step.before, step.after)
        elif isinstance(step, (CreateEnum, DropEnum)):
            if step.enum.namespace is not None:
                return None
            enums.add(step.enum.name)
            continue
        elif isinstance(step, AlterEnum):
            if step.before.namespace is not None or step.after.namespace is not None:
                return None
            enums.update((step.before.name, step.after.name))
            continue
        else:
            return None
        if any(table.namespace is not None for table in touched):
            return None
        names.update(table.name for table in touched)
    for table in before.tables:
        if table.namespace is None and any(
                column.type.family == "Enum" and column.type.full_data_type in enums for column in table.columns):
            names.add(table.name)
    for table in before.tables:
        if table.namespace is None and any(fk.referenced_table in names for fk in table.foreign_keys):
            names.add(table.name)
    return frozenset(names)
