"""MySQL: steps → SQL statements, exactly as Prisma writes them (`sql_renderer/mysql_renderer.rs`,
PRISMA-COMPAT §7.1-7.8): backticks, inline indexes and `DEFAULT CHARACTER SET utf8mb4 COLLATE
utf8mb4_unicode_ci` in CREATE TABLE, `MODIFY` for column changes."""

from __future__ import annotations

import re

from lamina.dialects.common import datetime_text, default_is_rendered
from lamina.diffing.steps import (
    AddColumn, AddForeignKey, AddPrimaryKey, AlterColumn, AlterTable, CreateIndex, CreateTable,
    DropAndRecreateColumn, DropColumn, DropForeignKey, DropIndex, DropPrimaryKey, DropTable,
    RedefineIndex, RenameIndex, Step, UnsupportedStep,
)
from lamina.dialects.mysql.literals import string_literal
from lamina.schema.model import Column, ColumnDefault, ForeignKey, Index, IndexColumn, Table

ACTIONS = {
    "Cascade": "CASCADE", "Restrict": "RESTRICT", "NoAction": "NO ACTION",
    "SetNull": "SET NULL", "SetDefault": "SET DEFAULT",
}
TABLE_OPTIONS = " DEFAULT CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci"
INDEX_KEYWORDS = {"unique": "UNIQUE INDEX", "normal": "INDEX", "fulltext": "FULLTEXT INDEX"}


def quote(name: str) -> str:
    return "`" + name.replace("`", "``") + "`"


def render(step: Step) -> list[str]:
    match step:
        case DropForeignKey(table, fk):
            return [f"ALTER TABLE {quote(table.name)} DROP FOREIGN KEY {quote(fk.name or '')}"]
        case DropIndex(table, index):
            return [f"DROP INDEX {quote(index.name)} ON {quote(table.name)}"]
        case AlterTable():
            return alter_table(step)
        case DropTable(table):
            return [f"DROP TABLE {quote(table.name)}"]
        case CreateTable(table):
            return [create_table(table)]
        case CreateIndex(table, index):
            return [create_index(table, index)]
        case AddForeignKey(table, fk):
            return [f"ALTER TABLE {quote(table.name)} ADD {foreign_key_clause(fk)}"]
        case RenameIndex(table, before, after):
            return [f"ALTER TABLE {quote(table.name)} RENAME INDEX {quote(before.name)} TO {quote(after.name)}"]
        case RedefineIndex(table, before, after):
            # The new index first: a foreign key may still rely on the old one.
            return [create_index(table, after), f"DROP INDEX {quote(before.name)} ON {quote(table.name)}"]
        case _:
            raise UnsupportedStep(step, "mysql")


_PRECISION = re.compile(r"^(?:DATETIME|TIMESTAMP|TIME)\((\d+)\)$")


def default_sql(column: Column, default: ColumnDefault) -> str:
    match default.kind:
        case "now":
            match = _PRECISION.match(column.type.full_data_type)
            return f"CURRENT_TIMESTAMP({match.group(1) if match else 3})"
        case "dbgenerated":
            return str(default.value)
        case _:
            value = default.value
            if isinstance(value, bool):
                return "true" if value else "false"
            if column.type.family == "DateTime" and isinstance(value, str):
                return string_literal(_rfc3339(value))
            if isinstance(value, str):
                return string_literal(value)
            if isinstance(value, float):
                return repr(value) if value != int(value) else str(int(value))
            return str(value)


def _rfc3339(value: str) -> str:
    """`2020-01-01 00:00:00 +00:00` → `2020-01-01T00:00:00+00:00` (chrono's to_rfc3339)."""
    date, time, offset = datetime_text(value).split(" ")
    return f"{date}T{time}{offset}"


def renders_default(column: Column) -> bool:
    """MySQL takes no JSON and no binary literal defaults: Prisma leaves them out."""
    default = column.default
    if not default_is_rendered(default) or default.kind == "sequence":
        return False
    if column.type.family == "Json":
        return False
    return not (column.type.family == "Binary" and default.kind != "dbgenerated")


def column_definition(column: Column, default: ColumnDefault | None = None) -> str:
    sql = f"{quote(column.name)} {column.type.full_data_type}"
    sql += " NOT NULL" if column.type.arity == "required" else " NULL"
    if column.auto_increment:
        sql += " AUTO_INCREMENT"
    default = default or column.default
    if default is not None and renders_default(Column(column.name, column.type, default)):
        sql += " DEFAULT " + default_sql(column, default)
    return sql


def index_column(column: IndexColumn) -> str:
    text = quote(column.name)
    if column.length is not None:
        text += f"({column.length})"
    if column.sort:  # Prisma prints a sort order whenever the schema names one
        text += " DESC" if column.sort == "desc" else " ASC"
    return text


def index_columns(columns: tuple[IndexColumn, ...]) -> str:
    return ", ".join(index_column(c) for c in columns)


def create_table(table: Table) -> str:
    lines = [f"    {column_definition(c)}" for c in table.columns]
    body = ",\n".join(lines)
    extra = [f"    {INDEX_KEYWORDS[ix.kind]} {quote(ix.name)}({index_columns(ix.columns)})" for ix in table.indexes]
    if table.primary_key is not None:
        extra.append(f"    PRIMARY KEY ({index_columns(table.primary_key.columns)})")
    if extra:
        body += ",\n\n" + ",\n".join(extra)
    return f"CREATE TABLE {quote(table.name)} (\n{body}\n){TABLE_OPTIONS}"


def create_index(table: Table, index: Index) -> str:
    kind = {"unique": "UNIQUE ", "fulltext": "FULLTEXT ", "normal": ""}[index.kind]
    return f"CREATE {kind}INDEX {quote(index.name)} ON {quote(table.name)}({index_columns(index.columns)})"


def foreign_key_clause(fk: ForeignKey) -> str:
    columns = ", ".join(quote(c) for c in fk.columns)
    referenced = ", ".join(quote(c) for c in fk.referenced_columns)
    name = f"CONSTRAINT {quote(fk.name)} " if fk.name else ""
    return (f"{name}FOREIGN KEY ({columns}) REFERENCES {quote(fk.referenced_table)}({referenced}) "
            f"ON DELETE {ACTIONS[fk.on_delete]} ON UPDATE {ACTIONS[fk.on_update]}")


def alter_table(step: AlterTable) -> list[str]:
    clauses: list[str] = []
    for change in step.changes:
        match change:
            case DropPrimaryKey():
                clauses.append("DROP PRIMARY KEY")
            case DropColumn(column):
                clauses.append(f"DROP COLUMN {quote(column.name)}")
            case AddColumn(column):
                clauses.append(f"ADD COLUMN {column_definition(column)}")
            case DropAndRecreateColumn(old, new):
                clauses.append(f"DROP COLUMN {quote(old.name)}")
                clauses.append(f"ADD COLUMN {column_definition(new)}")
            case AlterColumn():
                clauses.append(alter_column(change))
            case AddPrimaryKey():
                clauses.append(f"ADD PRIMARY KEY ({index_columns(step.after.primary_key.columns)})")
    if not clauses:
        return []
    return [f"ALTER TABLE {quote(step.before.name)} " + ",\n    ".join(clauses)]


def alter_column(change: AlterColumn) -> str:
    before, after = change.before, change.after
    if change.changes == frozenset({"default"}) and not default_is_rendered(after.default):
        if after.default is None:
            return f"ALTER COLUMN {quote(before.name)} DROP DEFAULT"
    default = after.default
    # `dbgenerated()` in the schema keeps the expression the database already has.
    if (default is not None and default.kind == "dbgenerated" and not default.value
            and before.default is not None and before.default.kind == "dbgenerated" and before.default.value):
        default = before.default
    return "MODIFY " + column_definition(after, default)
