"""PostgreSQL: steps → SQL statements, exactly as Prisma writes them."""

from __future__ import annotations

from lamina.dialects.common import datetime_text, default_is_rendered, index_columns, qualified, quote, scalar_literal, string_literal
from lamina.diffing.steps import (
    AddColumn, AddForeignKey, AddPrimaryKey, AlterColumn, AlterEnum, AlterTable, CreateEnum,
    CreateExtension, CreateIndex, CreateSchema, CreateTable, DropAndRecreateColumn, DropColumn,
    DropEnum, DropForeignKey, DropIndex, DropPrimaryKey, DropTable, RedefineIndex, RenameForeignKey,
    RenameIndex, RenamePrimaryKey, Step, UnsupportedStep,
)
from lamina.schema.model import Column, ColumnDefault, ForeignKey, Index, Table

ACTIONS = {
    "Cascade": "CASCADE", "Restrict": "RESTRICT", "NoAction": "NO ACTION",
    "SetNull": "SET NULL", "SetDefault": "SET DEFAULT",
}
SERIAL = {"SMALLINT": "SMALLSERIAL", "INTEGER": "SERIAL", "BIGINT": "BIGSERIAL"}
ALGORITHMS = {"hash": "HASH", "gist": "GIST", "gin": "GIN", "spgist": "SPGIST", "brin": "BRIN"}
MANY_ENUM_VALUES_NOTE = (
    "-- This migration adds more than one value to an enum.\n"
    "-- With PostgreSQL versions 11 and earlier, this is not possible\n"
    "-- in a single migration. This can be worked around by creating\n"
    "-- multiple migrations, each migration adding only one value to\n"
    "-- the enum.\n\n\n"
)


def render(step: Step) -> list[str]:
    match step:
        case CreateSchema(name):
            return [f"CREATE SCHEMA IF NOT EXISTS {quote(name)}"]
        case CreateExtension(name, schema, version):
            sql = f"CREATE EXTENSION IF NOT EXISTS {quote(name)}"
            if schema:
                sql += f" WITH SCHEMA {quote(schema)}"
            if version:
                sql += f" VERSION {quote(version)}"
            return [sql]
        case CreateEnum(enum):
            values = ", ".join(string_literal(v) for v in enum.values)
            return [f"CREATE TYPE {qualified(enum.name, enum.namespace)} AS ENUM ({values})"]
        case AlterEnum():
            return alter_enum(step)
        case DropForeignKey(table, fk):
            return [f"ALTER TABLE {table_name(table)} DROP CONSTRAINT {quote(fk.name or '')}"]
        case DropIndex(table, index):
            return [f"DROP INDEX {qualified(index.name, table.namespace)}"]
        case AlterTable():
            return alter_table(step)
        case DropTable(table):
            return [f"DROP TABLE {table_name(table)}"]
        case DropEnum(enum):
            return [f"DROP TYPE {qualified(enum.name, enum.namespace)}"]
        case CreateTable(table):
            return [create_table(table)]
        case CreateIndex(table, index):
            return [create_index(table, index)]
        case RenameForeignKey(table, before, after):
            return [f"ALTER TABLE {table_name(table)} RENAME CONSTRAINT {quote(before.name or '')} "
                    f"TO {quote(after.name or '')}"]
        case AddForeignKey(table, fk):
            return [f"ALTER TABLE {table_name(table)} ADD CONSTRAINT {quote(fk.name or '')} "
                    + foreign_key_clause(fk, table.namespace)]
        case RenameIndex(table, before, after):
            return [f"ALTER INDEX {qualified(before.name, table.namespace)} RENAME TO {quote(after.name)}"]
        case RedefineIndex(table, before, after):
            return [f"DROP INDEX {qualified(before.name, table.namespace)}", create_index(table, after)]
        case _:
            raise UnsupportedStep(step, "postgresql")


def table_name(table: Table) -> str:
    return qualified(table.name, table.namespace)


def sql_type(column: Column) -> str:
    if column.type.family == "Enum":
        base = qualified(column.type.full_data_type, column.type.namespace)
    elif column.auto_increment and column.type.full_data_type in SERIAL:
        base = SERIAL[column.type.full_data_type]
    else:
        base = column.type.full_data_type
    return base + ("[]" if column.is_list else "")


def default_sql(column: Column, default: ColumnDefault) -> str:
    match default.kind:
        case "now":
            return "CURRENT_TIMESTAMP"
        case "dbgenerated":
            return str(default.value)
        case "sequence":
            return f"nextval({string_literal(str(default.value))})"
        case _:
            value = default.value
            if isinstance(value, tuple):
                items = ", ".join(literal(column, v) for v in value)
                element = (qualified(column.type.full_data_type, column.type.namespace)
                           if column.type.family == "Enum" else column.type.full_data_type)
                return f"ARRAY[{items}]::{element}[]"
            return literal(column, value)


def literal(column: Column, value: object) -> str:
    if isinstance(value, bytes):
        return string_literal("\\x" + value.hex())
    if column.type.family == "DateTime" and isinstance(value, str):
        return string_literal(datetime_text(value))
    if column.type.family in ("String", "Enum", "Json", "DateTime", "Uuid", "Unsupported") and not isinstance(value, bool):
        return string_literal(str(value))
    return scalar_literal(value)


def column_definition(column: Column) -> str:
    sql = f"{quote(column.name)} {sql_type(column)}"
    if column.type.arity == "required":
        sql += " NOT NULL"
    if default_is_rendered(column.default) and not column.auto_increment:
        sql += " DEFAULT " + default_sql(column, column.default)
    return sql


def create_table(table: Table) -> str:
    lines = [f"    {column_definition(c)}" for c in table.columns]
    body = ",\n".join(lines)
    if table.primary_key is not None:
        name = quote(table.primary_key.name or f"{table.name}_pkey")
        columns = ",".join(quote(c.name) + (" DESC" if c.sort == "desc" else "") for c in table.primary_key.columns)
        body += f",\n\n    CONSTRAINT {name} PRIMARY KEY ({columns})"
    return f"CREATE TABLE {table_name(table)} (\n{body}\n)"


def create_index(table: Table, index: Index) -> str:
    """Only B-tree indexes take ASC/DESC: a described hash (GiST, GIN...) index, whose columns read
    as ascending, is created without an order (PostgreSQL refuses one)."""
    unique = "UNIQUE " if index.kind == "unique" else ""
    using = f" USING {ALGORITHMS[index.algorithm]} " if index.algorithm in ALGORITHMS else ""
    where = f" WHERE ({index.predicate})" if index.predicate is not None else ""
    return (f"CREATE {unique}INDEX {quote(index.name)} ON {table_name(table)}{using}"
            f"({index_columns(index.columns, with_sort=index.algorithm in (None, 'btree'))}){where}")


def foreign_key_clause(fk: ForeignKey, namespace: str | None) -> str:
    columns = ", ".join(quote(c) for c in fk.columns)
    referenced = ", ".join(quote(c) for c in fk.referenced_columns)
    target = qualified(fk.referenced_table, fk.referenced_namespace)
    return (f"FOREIGN KEY ({columns}) REFERENCES {target}({referenced}) "
            f"ON DELETE {ACTIONS[fk.on_delete]} ON UPDATE {ACTIONS[fk.on_update]}")


def sequence_name(table: Table, column: Column) -> str:
    return f"{table.name}_{column.name}_seq"


def alter_table(step: AlterTable) -> list[str]:
    table = step.after
    before: list[str] = []
    clauses: list[str] = []
    after: list[str] = []
    for change in step.changes:
        match change:
            case DropPrimaryKey(pk):
                clauses.append(f"DROP CONSTRAINT {quote(pk.name or f'{step.before.name}_pkey')}")
            case RenamePrimaryKey(old, new):
                clauses.append(f"RENAME CONSTRAINT {quote(old)} TO {quote(new)}")
            case DropColumn(column):
                clauses.append(f"DROP COLUMN {quote(column.name)}")
            case AddColumn(column):
                clauses.append(f"ADD COLUMN     {column_definition(column)}")
            case DropAndRecreateColumn(old, new):
                clauses.append(f"DROP COLUMN {quote(old.name)}")
                clauses.append(f"ADD COLUMN     {column_definition(new)}")
            case AlterColumn():
                clauses += alter_column(step, change, before, after)
            case AddPrimaryKey(pk):
                columns = ", ".join(quote(c.name) for c in pk.columns)
                clauses.append(f"ADD CONSTRAINT {quote(pk.name or f'{table.name}_pkey')} PRIMARY KEY ({columns})")
    statements = list(before)
    if clauses:
        statements.append(f"ALTER TABLE {table_name(step.before)} " + ",\n".join(clauses))
    return statements + after


def alter_column(step: AlterTable, change: AlterColumn, before: list[str], after: list[str]) -> list[str]:
    column = quote(change.after.name)
    clauses: list[str] = []
    set_type = "type" in change.changes
    if "arity" in change.changes:
        was, now = change.before.type.arity, change.after.type.arity
        if now == "nullable" and was != "nullable":
            clauses.append(f"ALTER COLUMN {column} DROP NOT NULL")
        elif now == "required":
            clauses.append(f"ALTER COLUMN {column} SET NOT NULL")
        if (was == "list") != (now == "list"):
            set_type = True
    if "default" in change.changes:
        if default_is_rendered(change.after.default):
            clauses.append(f"ALTER COLUMN {column} SET DEFAULT {default_sql(change.after, change.after.default)}")
        else:
            clauses.append(f"ALTER COLUMN {column} DROP DEFAULT")
    if "autoincrement" in change.changes:
        if change.before.auto_increment:
            clauses.append(f"ALTER COLUMN {column} DROP DEFAULT")
            after.append(f"DROP SEQUENCE {quote(sequence_name(step.before, change.before))}")
        else:
            # Prisma lowercases the whole name, the table's schema (under multiSchema) included.
            prefix = f"{quote(step.after.namespace)}." if step.after.namespace else ""
            sequence = (prefix + sequence_name(step.after, change.after)).lower()
            before.append(f"CREATE SEQUENCE {sequence}")
            clauses.append(f"ALTER COLUMN {column} SET DEFAULT nextval({string_literal(sequence)})")
            after.append(f"ALTER SEQUENCE {sequence} OWNED BY {table_name(step.after)}.{column}")
    if set_type:
        clauses.append(f"ALTER COLUMN {column} SET DATA TYPE {sql_type(change.after)}")
    return clauses


def alter_enum(step: AlterEnum) -> list[str]:
    name = qualified(step.after.name, step.after.namespace)
    if not step.removed:
        statements = [f"ALTER TYPE {name} ADD VALUE {string_literal(v)}" for v in step.added]
        if len(statements) > 1:
            statements[0] = MANY_ENUM_VALUES_NOTE + statements[0]
        return statements
    new_name = qualified(step.after.name + "_new", step.after.namespace)
    values = ", ".join(string_literal(v) for v in step.after.values)
    statements = ["BEGIN", f"CREATE TYPE {new_name} AS ENUM ({values})"]
    for use in step.uses_before:
        if default_is_rendered(use.column.default):
            table = qualified(use.table.name, use.table.namespace or step.described_namespace)
            statements.append(f"ALTER TABLE {table} ALTER COLUMN {quote(use.column.name)} DROP DEFAULT")
    for use in step.uses_after:
        column = quote(use.column.name)
        array = "[]" if use.column.is_list else ""
        statements.append(
            f"ALTER TABLE {table_name(use.table)} ALTER COLUMN {column} TYPE {new_name}{array} "
            f"USING ({column}::text::{new_name}{array})")
    statements.append(f"ALTER TYPE {name} RENAME TO {quote(step.after.name + '_old')}")
    statements.append(f"ALTER TYPE {new_name} RENAME TO {quote(step.after.name)}")
    statements.append(f"DROP TYPE {qualified(step.before.name + '_old', step.before.namespace or step.described_namespace)}")
    for use in step.defaults_after:
        statements.append(f"ALTER TABLE {table_name(use.table)} ALTER COLUMN {quote(use.column.name)} "
                          f"SET DEFAULT {default_sql(use.column, use.column.default)}")
    statements.append("COMMIT")
    return statements
