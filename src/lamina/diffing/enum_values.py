"""New enum values used in the migration that adds them (PostgreSQL).

`ALTER TYPE … ADD VALUE` cannot be followed, in the same transaction, by a statement that uses the
new value (55P04 "unsafe use of new value"): a migration that adds a value and makes it a column's
default fails on `migrate deploy`, Prisma's as well as lamina's (prisma/prisma#8424). `migrate dev`
then writes the added values as a migration of their own, applied first; see docs/postgresql.md.
"""

from __future__ import annotations

from lamina.diffing.steps import (
    AddColumn, AlterColumn, AlterEnum, AlterTable, CreateIndex, CreateTable, DropAndRecreateColumn, Step,
)
from lamina.schema.model import Column

ENUM_VALUES_SUFFIX = "add_enum_values"


def split_new_enum_values(steps: list[Step]) -> tuple[list[Step], list[Step]] | None:
    """(the steps that only add enum values, the other steps) when a value added here is used by
    another step of the same migration; None otherwise (one migration, as Prisma writes it)."""
    adding = [s for s in steps if isinstance(s, AlterEnum) and s.added and not s.removed]
    added = {(s.after.namespace, s.after.name): set(s.added) for s in adding}
    if not added or not any(_uses(step, added) for step in steps if id(step) not in {id(a) for a in adding}):
        return None
    kept = {id(s) for s in adding}
    return adding, [s for s in steps if id(s) not in kept]


def _uses(step: Step, added: dict[tuple[str | None, str], set[str]]) -> bool:
    match step:
        case CreateTable(table):
            return any(_default_uses(c, added) for c in table.columns)
        case AlterTable(_, _, changes):
            for change in changes:
                match change:
                    case AddColumn(column) if _default_uses(column, added):
                        return True
                    case AlterColumn(_, after, changes) if "default" in changes and _default_uses(after, added):
                        return True
                    case DropAndRecreateColumn(_, after) if _default_uses(after, added):
                        return True
            return False
        case CreateIndex(_, index) if index.predicate is not None:
            literals = {f"'{v}'" for values in added.values() for v in values}
            return any(literal in index.predicate for literal in literals)
    return False


def _default_uses(column: Column, added: dict[tuple[str | None, str], set[str]]) -> bool:
    default = column.default
    if column.type.family != "Enum" or default is None or default.kind != "value":
        return False
    values = added.get((column.type.namespace, column.type.full_data_type), set())
    used = default.value if isinstance(default.value, tuple) else (default.value,)
    return any(v in values for v in used)
