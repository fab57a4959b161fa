"""Rendering of the rename steps (lamina's, Prisma has none): RENAME TO / RENAME COLUMN / RENAME VALUE.

`with_renames(dialect)` is the dialect whose `render` also knows these steps; every other step
goes to the dialect's own renderer unchanged.
"""

from __future__ import annotations

from dataclasses import replace

from lamina.dialects import common
from lamina.dialects.base import Dialect
from lamina.dialects.mysql.render import column_definition as mysql_column
from lamina.dialects.mysql.render import quote as mysql_quote
from lamina.dialects.mysql.types import string_literal as mysql_literal
from lamina.diffing.renames import RenameColumn, RenameEnumValue, RenameEnumValueInColumn, RenameSequence, RenameTable
from lamina.diffing.steps import Step, UnsupportedStep

RENAME_STEPS = (RenameTable, RenameColumn, RenameEnumValue, RenameSequence, RenameEnumValueInColumn)


def render_rename(step: RenameTable | RenameColumn | RenameEnumValue | RenameSequence | RenameEnumValueInColumn,
                  provider: str, rename_column: bool = True) -> list[str]:
    """`rename_column`: the server knows RENAME COLUMN; old MySQL and MariaDB restate the column
    under its new name with CHANGE instead."""
    quote = mysql_quote if provider == "mysql" else common.quote

    def name(table: str, namespace: str | None) -> str:
        return common.qualified(table, namespace) if provider == "postgresql" else quote(table)
    match step:
        case RenameTable(namespace, before, after):
            return [f"ALTER TABLE {name(before, namespace)} RENAME TO {quote(after)}"]
        case RenameColumn(_, table, before, after, column) if not rename_column and column is not None:
            return [f"ALTER TABLE {quote(table)} CHANGE {quote(before)} {mysql_column(replace(column, name=after))}"]
        case RenameColumn(namespace, table, before, after):
            return [f"ALTER TABLE {name(table, namespace)} RENAME COLUMN {quote(before)} TO {quote(after)}"]
        case RenameEnumValue(namespace, enum, before, after) if provider == "postgresql":
            return [f"ALTER TYPE {name(enum, namespace)} RENAME VALUE {common.string_literal(before)} "
                    f"TO {common.string_literal(after)}"]
        case RenameEnumValueInColumn(table, widened, before, after) if provider == "mysql":
            column = mysql_quote(widened.name)
            return [f"ALTER TABLE {mysql_quote(table)} MODIFY {mysql_column(widened)}",
                    f"UPDATE {mysql_quote(table)} SET {column} = {mysql_literal(after)} "
                    f"WHERE {column} = {mysql_literal(before)}"]
        case RenameSequence(namespace, before, after) if provider == "postgresql":
            # IF EXISTS: a table created under yet another name keeps its first sequence name.
            return [f"ALTER SEQUENCE IF EXISTS {name(before, namespace)} RENAME TO {quote(after)}"]
    raise UnsupportedStep(step, provider)


def with_renames(dialect: Dialect) -> Dialect:
    own = dialect.render

    def render(step: Step) -> list[str]:
        if isinstance(step, RENAME_STEPS):
            return render_rename(step, dialect.name, dialect.capabilities.rename_column)
        return own(step)

    return replace(dialect, render=render)
