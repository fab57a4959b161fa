"""SQLite: steps → SQL statements, exactly as Prisma writes them (RedefineTables lives here)."""

from __future__ import annotations

from lamina.dialects.common import datetime_text, default_is_rendered, index_columns, quote, scalar_literal, string_literal
from lamina.diffing.steps import (
    AddColumn, AlterTable, CreateIndex, CreateTable, DropIndex, DropTable, RedefineIndex,
    RedefinedTable, RedefineTables, Step, UnsupportedStep,
)
from lamina.schema.model import Column, ColumnDefault, Index, Table

ACTIONS = {
    "Cascade": "CASCADE", "Restrict": "RESTRICT", "NoAction": "NO ACTION",
    "SetNull": "SET NULL", "SetDefault": "SET DEFAULT",
}


def render(step: Step) -> list[str]:
    match step:
        case DropIndex(_, index):
            return [f"DROP INDEX {quote(index.name)}"]
        case AlterTable(before, _, changes):
            return [f"ALTER TABLE {quote(before.name)} ADD COLUMN {column_definition(c.column, None)}"
                    for c in changes if isinstance(c, AddColumn)]
        case DropTable(table):
            return ["PRAGMA foreign_keys=off", f"DROP TABLE {quote(table.name)}", "PRAGMA foreign_keys=on"]
        case CreateTable(table):
            return [create_table(table, table.name)]
        case RedefineTables(tables):
            return redefine_tables(tables)
        case CreateIndex(table, index):
            return create_index(table.name, index)
        case RedefineIndex(table, before, after):
            return [f"DROP INDEX {quote(before.name)}", *create_index(table.name, after)]
        case _:
            raise UnsupportedStep(step, "sqlite")


def default_sql(column: Column, default: ColumnDefault) -> str:
    match default.kind:
        case "now":
            return "CURRENT_TIMESTAMP"
        case "dbgenerated":
            return str(default.value)
        case _:
            value = default.value
            if isinstance(value, bytes):
                return string_literal(value.hex())
            if column.type.family == "Json":
                return str(value)  # Prisma writes SQLite JSON defaults unquoted
            if column.type.family == "DateTime" and isinstance(value, str):
                return string_literal(datetime_text(value))
            if column.type.family in ("String", "Enum") and not isinstance(value, bool):
                return string_literal(str(value))
            return scalar_literal(value)


def inline_primary_key(table: Table) -> str | None:
    pk = table.primary_key
    return pk.columns[0].name if pk is not None and len(pk.columns) == 1 else None


def column_definition(column: Column, table: Table | None) -> str:
    sql = f"{quote(column.name)} {column.type.full_data_type}"
    if column.type.arity == "required":
        sql += " NOT NULL"
    if table is not None and inline_primary_key(table) == column.name:
        sql += " PRIMARY KEY"
        if column.type.family == "Int":
            sql += " AUTOINCREMENT"
    if default_is_rendered(column.default):
        sql += " DEFAULT " + default_sql(column, column.default)
    return sql


def create_table(table: Table, name: str) -> str:
    body = ",\n".join(f"    {column_definition(c, table)}" for c in table.columns)
    if table.primary_key is not None and len(table.primary_key.columns) > 1:
        columns = ", ".join(quote(c.name) for c in table.primary_key.columns)
        body += f",\n\n    PRIMARY KEY ({columns})"
    for fk in table.foreign_keys:
        columns = ", ".join(quote(c) for c in fk.columns)
        referenced = ", ".join(quote(c) for c in fk.referenced_columns)
        constraint = f"CONSTRAINT {quote(fk.name)} " if fk.name else ""
        body += (f",\n    {constraint}FOREIGN KEY ({columns}) REFERENCES {quote(fk.referenced_table)} "
                 f"({referenced}) ON DELETE {ACTIONS[fk.on_delete]} ON UPDATE {ACTIONS[fk.on_update]}")
    return f"CREATE TABLE {quote(name)} (\n{body}\n)"


def create_index(table: str, index: Index) -> list[str]:
    unique = "UNIQUE " if index.kind == "unique" else ""
    sql = f"CREATE {unique}INDEX {quote(index.name)} ON {quote(table)}({index_columns(index.columns)})"
    if index.predicate is not None:
        sql += f" WHERE {index.predicate}"
    if index.name.startswith("sqlite_"):
        return ["Pragma writable_schema=1", sql, "Pragma writable_schema=0"]
    return [sql]


def copy_expression(before: Column, after: Column) -> str:
    if before.is_nullable and after.type.arity == "required" and default_is_rendered(after.default):
        return f"coalesce({quote(before.name)}, {default_sql(after, after.default)}) AS {quote(after.name)}"
    return quote(before.name)


def redefine_tables(tables: tuple[RedefinedTable, ...]) -> list[str]:
    statements = ["PRAGMA defer_foreign_keys=ON", "PRAGMA foreign_keys=OFF"]
    for redefined in tables:
        after, before = redefined.after, redefined.before
        temporary = f"new_{after.name}"
        statements.append(create_table(after, temporary))
        pairs = sorted(redefined.copied_columns, key=lambda pair: pair[1].name)
        if pairs:
            targets = ", ".join(quote(a.name) for _, a in pairs)
            sources = ", ".join(copy_expression(b, a) for b, a in pairs)
            statements.append(f"INSERT INTO {quote(temporary)} ({targets}) SELECT {sources} FROM {quote(before.name)}")
        statements.append(f"DROP TABLE {quote(before.name)}")
        statements.append(f"ALTER TABLE {quote(temporary)} RENAME TO {quote(after.name)}")
        for index in after.indexes:
            statements += create_index(after.name, index)
    statements += ["PRAGMA foreign_keys=ON", "PRAGMA defer_foreign_keys=OFF"]
    return statements
