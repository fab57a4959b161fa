"""Lock-safe plans (`migrate dev --safe`): the steps Prisma would write as one migration, rewritten
as several so that no statement holds a write-blocking lock on an existing table for longer than
a catalog change. The final schema is the same as the plain plan's.

- CREATE INDEX on an existing table → CREATE INDEX CONCURRENTLY, each alone in a migration after
  the main one (Prisma sends a file as one implicit transaction, where CONCURRENTLY cannot run);
  DROP INDEX → DROP INDEX CONCURRENTLY, each alone, before the main one.
- ADD FOREIGN KEY on an existing table → `… NOT VALID`, and VALIDATE CONSTRAINT in a later
  migration (validating takes a lock that lets reads and writes through).
- SET NOT NULL on an existing column → `CHECK ("c" IS NOT NULL) NOT VALID`, then a migration that
  validates it, sets NOT NULL (PostgreSQL 12+ skips the scan when such a check is valid) and
  drops the check.
- `SET LOCAL lock_timeout` at the top of every migration that locks an existing table (LOCAL:
  it ends with the migration's transaction, and does not leak into the next file on the same
  connection).

What has no safe form here (type changes that rewrite, volatile defaults, drops, enum value
removals) stays in the main migration, and `migrate lint` keeps reporting it.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, replace

from lamina.dialects.base import Dialect
from lamina.dialects.common import qualified, quote
from lamina.diffing.script import EMPTY_MIGRATION
from lamina.diffing.steps import (
    AddForeignKey, AlterColumn, AlterEnum, AlterTable, CreateEnum, CreateExtension, CreateIndex, CreateSchema,
    CreateTable, DropForeignKey, DropIndex, RedefineIndex, Step,
)
from lamina.schema.model import Index, SqlSchema, Table

Section = tuple[str, list[str]]  # ("AlterTable", statements): a `-- AlterTable` block

MAX_IDENTIFIER_BYTES = 63


@dataclass(frozen=True)
class PlannedMigration:
    suffix: str  # appended to the migration's name ("" for the main migration)
    script: str


@dataclass
class _Plan:
    before_main: list[tuple[str, Section]]
    main: list[Section]
    indexes: list[tuple[str, Section]]
    late: list[Section]  # foreign keys that need an index built concurrently above
    validate: list[Section]


def safe_plan(steps: Sequence[Step], before: SqlSchema, dialect: Dialect, *, lock_timeout: str,
              warnings: Sequence[str] = (), unexecutable: Sequence[str] = ()) -> list[PlannedMigration]:
    """The migrations, in order, that replace the one migration rendered from `steps`.

    `before` is the schema the steps apply to (the history's); a table absent from it is created
    by these steps and is empty, so statements on it stay as Prisma writes them."""
    plan = _Plan([], [], [], [], [])
    existing = {(t.name, t.namespace) for t in before.tables}
    concurrent_unique = {
        (s.table.name, s.table.namespace, tuple(c.name for c in s.index.columns))
        for s in steps if isinstance(s, CreateIndex) and s.index.kind == "unique"
        and (s.table.name, s.table.namespace) in existing}
    drops_foreign_keys = any(isinstance(s, DropForeignKey) for s in steps)
    locks = False
    for step in steps:
        name = type(step).__name__
        match step:
            case CreateIndex(table, index) if _key(table) in existing:
                plan.indexes.append((index.name, (name, [_concurrently(s) for s in dialect.render(step)])))
            case DropIndex(table, index) if _key(table) in existing and _may_drop_early(index, drops_foreign_keys):
                plan.before_main.append((index.name, (name, [_concurrently(s) for s in dialect.render(step)])))
            case RedefineIndex(table, old, new) if _key(table) in existing and _may_drop_early(old, drops_foreign_keys):
                drop, create = dialect.render(step)
                plan.before_main.append((old.name, ("DropIndex", [_concurrently(drop)])))
                plan.indexes.append((new.name, ("CreateIndex", [_concurrently(create)])))
            case AddForeignKey(table, fk):
                target = (fk.referenced_table, fk.referenced_namespace, tuple(fk.referenced_columns))
                needs_new_index = target in concurrent_unique
                if _key(table) not in existing and not needs_new_index:
                    plan.main.append((name, dialect.render(step)))
                    locks |= (fk.referenced_table, fk.referenced_namespace) in existing
                    continue
                statements = [f"{s} NOT VALID" for s in dialect.render(step)]
                (plan.late if needs_new_index else plan.main).append((name, statements))
                locks |= not needs_new_index
                plan.validate.append(("ValidateForeignKey", [
                    f"ALTER TABLE {qualified(table.name, table.namespace)} VALIDATE CONSTRAINT {quote(fk.name or '')}"]))
            case AlterTable():
                locks = True
                main, validate = _split_set_not_null(step, dialect)
                plan.main.append((name, main))
                if validate:
                    plan.validate.append(("SetNotNull", validate))
            case CreateTable() | CreateIndex() | CreateEnum() | CreateSchema() | CreateExtension():
                plan.main.append((name, dialect.render(step)))
            case AlterEnum() if not step.removed:
                plan.main.append((name, dialect.render(step)))
            case _:
                locks = True
                plan.main.append((name, dialect.render(step)))
    return _migrations(plan, lock_timeout, locks, warnings, unexecutable)


def _key(table: Table) -> tuple[str, str | None]:
    return (table.name, table.namespace)


def _may_drop_early(index: Index, drops_foreign_keys: bool) -> bool:
    """A unique index may back a foreign key that the main migration drops first."""
    return not (index.kind == "unique" and drops_foreign_keys)


def _concurrently(statement: str) -> str:
    head, separator, tail = statement.partition("INDEX ")
    assert separator and head in ("CREATE ", "CREATE UNIQUE ", "DROP "), statement
    return f"{head}INDEX CONCURRENTLY {tail}"


def _split_set_not_null(step: AlterTable, dialect: Dialect) -> tuple[list[str], list[str]]:
    """The AlterTable without its SET NOT NULLs plus a NOT VALID check for each, and the
    statements of the later migration that turn each check into NOT NULL."""
    changes = []
    checks: list[tuple[str, str]] = []  # (column, constraint)
    for change in step.changes:
        if (isinstance(change, AlterColumn) and "arity" in change.changes
                and change.before.type.arity == "nullable" and change.after.type.arity == "required"):
            checks.append((change.after.name, _constraint_name(step.after.name, change.after.name)))
            rest = change.changes - {"arity"}
            if rest:
                nullable = replace(change.after, type=replace(change.after.type, arity="nullable"))
                changes.append(replace(change, after=nullable, changes=rest))
            continue
        changes.append(change)
    if not checks:
        return dialect.render(step), []
    table = qualified(step.before.name, step.before.namespace)
    main = dialect.render(replace(step, changes=tuple(changes))) if changes else []
    main += [f"ALTER TABLE {table} ADD CONSTRAINT {quote(c)} CHECK ({quote(col)} IS NOT NULL) NOT VALID"
             for col, c in checks]
    later = []
    for column, constraint in checks:
        later += [f"ALTER TABLE {table} VALIDATE CONSTRAINT {quote(constraint)}",
                  f"ALTER TABLE {table} ALTER COLUMN {quote(column)} SET NOT NULL",
                  f"ALTER TABLE {table} DROP CONSTRAINT {quote(constraint)}"]
    return main, later


def _constraint_name(table: str, column: str) -> str:
    name = f"{table}_{column}_not_null"
    while len(name.encode()) > MAX_IDENTIFIER_BYTES:
        name = name[:-1]
    return name


def _migrations(plan: _Plan, lock_timeout: str, locks: bool, warnings: Sequence[str],
                unexecutable: Sequence[str]) -> list[PlannedMigration]:
    timeout = f"SET LOCAL lock_timeout = '{lock_timeout}';\n\n"
    header = ""
    if warnings or unexecutable:
        header = "/*\n  Warnings:\n\n" + "".join(f"  - {m}\n" for m in (*warnings, *unexecutable)) + "\n*/\n"
    migrations = [PlannedMigration(f"drop_index_{_slug(name)}", _script([section]))
                  for name, section in plan.before_main]
    main = [s for s in plan.main if s[1]]
    if main or header:
        migrations.append(PlannedMigration("", header + (timeout if locks else "") + _script(main)))
    migrations += [PlannedMigration(f"index_{_slug(name)}", _script([section])) for name, section in plan.indexes]
    if plan.late:
        migrations.append(PlannedMigration("foreign_keys", timeout + _script(plan.late)))
    if plan.validate:
        migrations.append(PlannedMigration("validate", timeout + _script(plan.validate)))
    return migrations or [PlannedMigration("", EMPTY_MIGRATION)]


def _script(sections: list[Section]) -> str:
    return "\n".join(f"-- {name}\n" + "".join(f"{s};\n" for s in statements) for name, statements in sections)


def _slug(name: str) -> str:
    return re.sub(r"\W+", "_", name).strip("_")
