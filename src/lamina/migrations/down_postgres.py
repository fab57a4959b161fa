"""The PostgreSQL `down.sql`: the reverse steps, rendered so that they run (docs/rollback.md).

Only `down.sql` is rendered here; a migration's own SQL (`migrate dev`, `migrate diff`) is never.
What the compared schema cannot say comes from two descriptions of the database around the
migration (`lamina.dialects.postgres.objects`), `to` (before the migration, what the reverse
restores) and `from` (after it, where the reverse starts):

* a unique index that backs a constraint is dropped with `ALTER TABLE … DROP CONSTRAINT` and
  re-created as the constraint it was;
* an enum redefinition casts to TEXT first the columns that use the enum now but not once the
  reverse is done (they change type or go later in the script), so that the old type can be dropped;
* triggers and functions the migration created are dropped, the ones it dropped or replaced are
  re-created; a trigger that depends on a column the reverse drops or changes the type of is dropped
  before and re-created after;
* CHECK and exclusion constraints, indexes on expressions and unique constraints the steps do not
  touch are dropped and re-created where they differ.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from lamina.dialects.base import Dialect
from lamina.dialects.common import qualified, quote
from lamina.diffing.script import EMPTY_MIGRATION
from lamina.diffing.steps import (
    AlterColumn, AlterEnum, AlterTable, CreateIndex, CreateTable, DropAndRecreateColumn, DropColumn, DropIndex,
    DropTable, RedefineIndex, RenameIndex, Step,
)
from lamina.schema.model import SqlSchema

if TYPE_CHECKING:  # only given when a database's objects were read
    from lamina.dialects.postgres.objects import Constraint, DatabaseObjects

ColumnKey = tuple[str | None, str, str]  # (namespace, table, column)


def render_down_script(steps: Sequence[Step], dialect: Dialect, warnings: Sequence[str], unexecutable: Sequence[str],
                       before: SqlSchema, objects_before: DatabaseObjects | None,
                       objects_after: DatabaseObjects | None) -> str:
    """`before`: the schema the reverse restores; `objects_before`/`objects_after`: the database's
    objects before and after the migration (None: not read, only the step rendering changes)."""
    to, start = objects_before, objects_after
    prelude: list[tuple[str, list[str]]] = []
    epilogue: list[tuple[str, list[str]]] = []
    if to is not None and start is not None:
        prelude, epilogue = _objects(steps, dialect, before, to, start)

    def render(step: Step) -> list[str]:
        return _render_step(step, dialect, to, start)

    sections = [f"-- {header}\n" + "".join(f"{s};\n" for s in statements) for header, statements in prelude]
    for step in steps:
        statements = render(step)
        if statements:
            sections.append(f"-- {type(step).__name__}\n" + "".join(f"{s};\n" for s in statements))
    sections += [f"-- {header}\n" + "".join(f"{s};\n" for s in statements) for header, statements in epilogue]
    if not sections:
        return EMPTY_MIGRATION
    out = ""
    if warnings or unexecutable:
        out = "/*\n  Warnings:\n\n" + "".join(f"  - {m}\n" for m in (*warnings, *unexecutable)) + "\n*/\n"
    return out + "\n".join(sections)


def _table(namespace: str | None, name: str) -> str:
    return qualified(name, namespace)


def _render_step(step: Step, dialect: Dialect, to: DatabaseObjects | None, start: DatabaseObjects | None) -> list[str]:
    match step:
        case DropIndex(table, index) if start is not None:
            constraint = start.unique_constraint(table.namespace, table.name, index.name)
            if constraint is not None:
                return [_drop_constraint(constraint)]
        case CreateIndex(table, index) if to is not None:
            constraint = to.unique_constraint(table.namespace, table.name, index.name)
            if constraint is not None:
                return [_add_constraint(constraint)]
        case RedefineIndex(table, old, new) if to is not None and start is not None:
            dropped = start.unique_constraint(table.namespace, table.name, old.name)
            added = to.unique_constraint(table.namespace, table.name, new.name)
            if dropped is not None or added is not None:
                return [_drop_constraint(dropped) if dropped else dialect.render(DropIndex(table, old))[0],
                        _add_constraint(added) if added else dialect.render(CreateIndex(table, new))[0]]
        case AlterEnum() if step.removed:
            statements = dialect.render(step)
            kept = {(u.table.namespace, u.table.name, u.column.name) for u in step.uses_after}
            casts = [f"ALTER TABLE {_table(u.table.namespace, u.table.name)} ALTER COLUMN {quote(u.column.name)} "
                     f"SET DATA TYPE TEXT{'[]' if u.column.is_list else ''}"
                     for u in step.uses_before if (u.table.namespace, u.table.name, u.column.name) not in kept]
            if casts and statements and statements[0] == "BEGIN":
                return [statements[0], *casts, *statements[1:]]
            return casts + statements
    return dialect.render(step)


def _drop_constraint(constraint: Constraint) -> str:
    return f"ALTER TABLE {_table(constraint.namespace, constraint.table)} DROP CONSTRAINT {quote(constraint.name)}"


def _add_constraint(constraint: Constraint) -> str:
    return (f"ALTER TABLE {_table(constraint.namespace, constraint.table)} ADD CONSTRAINT {quote(constraint.name)} "
            f"{constraint.definition}")


def _changed_columns(steps: Sequence[Step]) -> set[ColumnKey]:
    """Columns the reverse drops or changes the type of (a trigger or constraint that depends on one
    blocks it, or goes with it)."""
    changed: set[ColumnKey] = set()
    for step in steps:
        match step:
            case AlterTable(before, _, changes):
                for change in changes:
                    match change:
                        case DropColumn(column) | DropAndRecreateColumn(column, _):
                            changed.add((before.namespace, before.name, column.name))
                        case AlterColumn(old, new, kinds) if "type" in kinds or (
                                "arity" in kinds and old.is_list != new.is_list):
                            changed.add((before.namespace, before.name, old.name))
            case AlterEnum() if step.removed:
                for use in (*step.uses_before, *step.uses_after):
                    changed.add((use.table.namespace, use.table.name, use.column.name))
    return changed


def _touched_indexes(steps: Sequence[Step]) -> tuple[set[tuple[str | None, str, str]], set[tuple[str | None, str]]]:
    """(indexes the steps drop, create or rename; tables they create or drop)."""
    indexes: set[tuple[str | None, str, str]] = set()
    tables: set[tuple[str | None, str]] = set()
    for step in steps:
        match step:
            case DropIndex(table, index) | CreateIndex(table, index):
                indexes.add((table.namespace, table.name, index.name))
            case RedefineIndex(table, old, new) | RenameIndex(table, old, new):
                indexes.add((table.namespace, table.name, old.name))
                indexes.add((table.namespace, table.name, new.name))
            case DropTable(table) | CreateTable(table):
                tables.add((table.namespace, table.name))
    return indexes, tables


def _objects(steps: Sequence[Step], dialect: Dialect, before: SqlSchema, to: DatabaseObjects,
             start: DatabaseObjects) -> tuple[list[tuple[str, list[str]]], list[tuple[str, list[str]]]]:
    changed = _changed_columns(steps)
    touched, tables = _touched_indexes(steps)
    prelude: list[tuple[str, list[str]]] = []
    epilogue: list[tuple[str, list[str]]] = []

    # Triggers: drop the new or changed ones and those in the way of a column change, first.
    dropped_triggers = [t for key, t in start.triggers.items()
                        if key not in to.triggers or to.triggers[key].definition != t.definition
                        or any((t.namespace, t.table, c) in changed for c in t.columns)]
    if dropped_triggers:
        prelude.append(("DropTrigger", [f"DROP TRIGGER {quote(t.name)} ON {_table(t.namespace, t.table)}"
                                        for t in dropped_triggers]))
    gone = {(t.namespace, t.table, t.name) for t in dropped_triggers}
    created_triggers = [t for key, t in to.triggers.items() if key not in start.triggers or key in gone]

    # Constraints the schema does not describe (CHECK, EXCLUDE), and unique constraints whose index the
    # steps leave alone but that differ (deferrable, or a plain unique index on one side).
    drop_constraints: list[str] = []
    add_constraints: list[str] = []
    for key, constraint in start.constraints.items():
        if constraint.kind == "u":
            continue
        other = to.constraints.get(key)
        if other is None or other.definition != constraint.definition:
            drop_constraints.append(_drop_constraint(constraint))
    for key, constraint in to.constraints.items():
        if constraint.kind == "u":
            continue
        other = start.constraints.get(key)
        if other is None or other.definition != constraint.definition:
            add_constraints.append(_add_constraint(constraint))
    names = {(c.namespace, c.table, c.index) for c in (*start.constraints.values(), *to.constraints.values())
             if c.kind == "u"}
    for namespace, table, index in sorted(names, key=lambda k: (k[0] or "", k[1], k[2] or "")):
        if (namespace, table, index) in touched or (namespace, table) in tables or index is None:
            continue
        now = start.unique_constraint(namespace, table, index)
        then = to.unique_constraint(namespace, table, index)
        if now is not None and then is not None and now.definition == then.definition and now.name == then.name:
            continue
        described = before.table(table, namespace)
        plain = next((ix for ix in described.indexes if ix.name == index), None) if described else None
        if now is not None:
            drop_constraints.append(_drop_constraint(now))
        elif then is not None:
            drop_constraints.append(f"DROP INDEX {qualified(index, namespace)}")
        if then is not None:
            add_constraints.append(_add_constraint(then))
        elif plain is not None and described is not None:
            add_constraints += dialect.render(CreateIndex(described, plain))
    if drop_constraints:
        prelude.append(("DropConstraint", drop_constraints))

    # Indexes on expressions (not described at all).
    drop_indexes = [f"DROP INDEX {qualified(ix.name, ix.namespace)}" for key, ix in start.indexes.items()
                    if ix.on_expressions and (key not in to.indexes or to.indexes[key].definition != ix.definition)]
    create_indexes = [ix.definition for key, ix in to.indexes.items()
                      if ix.on_expressions and (key not in start.indexes or start.indexes[key].definition != ix.definition)]
    if drop_indexes:
        prelude.append(("DropIndex", drop_indexes))

    # Functions: the new ones go once nothing uses them any more (after the steps: a column default
    # may call one); the dropped or replaced ones come back before the triggers that call them.
    dropped_functions = [f for key, f in start.functions.items() if key not in to.functions]
    if dropped_functions:
        epilogue.append(("DropFunction", [
            f"DROP {'PROCEDURE' if f.is_procedure else 'FUNCTION'} {qualified(f.name, f.namespace)}({f.arguments})"
            for f in dropped_functions]))
    created_functions = [f for key, f in to.functions.items()
                         if key not in start.functions or start.functions[key].definition != f.definition]
    if created_functions:
        epilogue.append(("CreateFunction", [f.definition.rstrip().rstrip(";") for f in created_functions]))
    if create_indexes:
        epilogue.append(("CreateIndex", create_indexes))
    if add_constraints:
        epilogue.append(("AddConstraint", add_constraints))
    if created_triggers:
        epilogue.append(("CreateTrigger", [t.definition for t in created_triggers]
                         + [f"ALTER TABLE {_table(t.namespace, t.table)} DISABLE TRIGGER {quote(t.name)}"
                            for t in created_triggers if t.enabled == "D"]))
    return prelude, epilogue
