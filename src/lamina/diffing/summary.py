"""summarize: steps → Prisma's human summary of a diff (`migrate diff` without --script, drift).

Sections, each preceded by a blank line: added schemas (by name), added extensions, added enums, added tables, removed
enums, removed tables (each in step order), one "Redefined table" per SQLite redefinition, changed
enums, changed tables (names in byte order); a table's lines follow the order of its steps.
"""

from __future__ import annotations

import json

from lamina.diffing.steps import (
    AddColumn, AddForeignKey, AddPrimaryKey, AlterColumn, AlterEnum, AlterTable, CreateEnum,
    CreateExtension, CreateIndex, CreateSchema, CreateTable, DropAndRecreateColumn, DropColumn, DropEnum,
    DropForeignKey, DropIndex, DropPrimaryKey, DropTable, RedefineIndex, RedefineTables,
    RenameForeignKey, RenameIndex, RenamePrimaryKey, Step, TableChange,
)
from lamina.schema.model import Column, ColumnDefault, Index, SqlSchema, Table

NO_DIFFERENCE = "No difference detected.\n"
ARITY = {"required": "Required", "nullable": "Nullable", "list": "List"}


def summarize(steps: list[Step], before: SqlSchema | None = None, after: SqlSchema | None = None) -> str:
    added_schemas: list[str] = []
    added_extensions: list[str] = []
    added_enums: list[str] = []
    added_tables: list[str] = []
    removed_enums: list[str] = []
    removed_tables: list[str] = []
    redefined: list[str] = []
    changed_enums: dict[str, list[str]] = {}
    changed_tables: dict[str, list[str]] = {}

    def table_lines(name: str) -> list[str]:
        return changed_tables.setdefault(name, [])

    for step in steps:
        match step:
            case CreateSchema(name):
                added_schemas.append(name)
            case CreateExtension(name):
                added_extensions.append(name)
            case CreateEnum(enum):
                added_enums.append(enum.name)
            case DropEnum(enum):
                removed_enums.append(enum.name)
            case CreateTable(table):
                added_tables.append(table.name)
            case DropTable(table):
                removed_tables.append(table.name)
            case RedefineTables(tables):
                redefined += [t.after.name for t in tables]
            case AlterEnum(previous, _, added, removed):
                lines = changed_enums.setdefault(previous.name, [])
                lines += [f"  [+] Added variant `{v}`" for v in added]
                lines += [f"  [-] Removed variant `{v}`" for v in removed]
            case AlterTable(previous, following, changes):
                for change in changes:
                    table_lines(previous.name).extend(change_lines(change, following))
            case CreateIndex(table, index):
                table_lines(table.name).append(f"  [+] Added {index_kind(index)} on columns ({index_columns(index)})")
            case DropIndex(table, index):
                table_lines(table.name).append(f"  [-] Removed {index_kind(index)} on columns ({index_columns(index)})")
            case AddForeignKey(table, fk):
                table_lines(table.name).append(f"  [+] Added foreign key on columns ({', '.join(fk.columns)})")
            case DropForeignKey(table, fk):
                table_lines(table.name).append(f"  [-] Removed foreign key on columns ({', '.join(fk.columns)})")
            case RenameIndex(table, previous, following):
                table_lines(table.name).append(f"  [*] Renamed index `{previous.name}` to `{following.name}`")
            case RedefineIndex(table, previous, _):
                table_lines(table.name).append(f"  [*] Redefined index `{previous.name}`")
            case RenameForeignKey(table, previous, following):
                table_lines(table.name).append(
                    f'  [*] Renamed the foreign key "{previous.name}" to "{following.name}"')

    sections: list[tuple[str, list[str]]] = []
    # Added and removed enums and tables are listed in the order of their steps (Prisma keys them
    # by step alone); extensions and the named sections by name.
    for header, names in (("[+] Added Schemas", sorted(added_schemas, key=str.encode)),
                          ("[+] Added extensions", sorted(added_extensions, key=str.encode)),
                          ("[+] Added enums", added_enums), ("[+] Added tables", added_tables),
                          ("[-] Removed enums", removed_enums), ("[-] Removed tables", removed_tables)):
        if names:
            sections.append((header, [f"  - {n}" for n in names]))
    sections += [(f"[*] Redefined table `{name}`", []) for name in sorted(redefined, key=str.encode)]
    sections += [(f"[*] Changed the `{name}` enum", lines)
                 for name, lines in sorted(changed_enums.items(), key=lambda kv: kv[0].encode())]
    sections += [(f"[*] Changed the `{name}` table", lines)
                 for name, lines in sorted(changed_tables.items(), key=lambda kv: kv[0].encode()) if lines]
    if not sections:
        return NO_DIFFERENCE
    return "".join(f"\n{header}\n" + "".join(f"{line}\n" for line in lines) for header, lines in sections)


def index_kind(index: Index) -> str:
    return {"unique": "unique index", "fulltext": "fulltext index"}.get(index.kind, "index")


def index_columns(index: Index) -> str:
    return ", ".join(c.name for c in index.columns)


def change_lines(change: TableChange, table: Table) -> list[str]:
    match change:
        case AddColumn(column):
            return [f"  [+] Added column `{column.name}`"]
        case DropColumn(column):
            return [f"  [-] Removed column `{column.name}`"]
        case AlterColumn(before, after, kinds):
            return [f"  [*] Altered column `{after.name}` ({describe_changes(before, after, kinds)})"]
        case DropAndRecreateColumn(before, after, kinds):
            return [f"  [*] Column `{after.name}` would be dropped and recreated "
                    f"({describe_changes(before, after, kinds)})"]
        case DropPrimaryKey(pk):
            return [f"  [-] Dropped the primary key on columns ({', '.join(c.name for c in pk.columns)})"]
        case RenamePrimaryKey():
            columns = table.primary_key.columns if table.primary_key else ()
            return [f"  [*] Renamed the primary key on columns ({', '.join(c.name for c in columns)})"]
        case AddPrimaryKey(pk):
            return [f"  [+] Added primary key on columns ({', '.join(c.name for c in pk.columns)})", ")"]
    return []


def describe_changes(before: Column, after: Column, kinds: frozenset[str]) -> str:
    parts = []
    if "arity" in kinds:
        parts.append(f"changed from {ARITY[before.type.arity]} to {ARITY[after.type.arity]}")
    if "default" in kinds:
        parts.append(f"default changed from `{default_debug(before, before.default)}` "
                     f"to `{default_debug(after, after.default)}`")
    if "type" in kinds:
        parts.append("type changed")
    if "autoincrement" in kinds:
        parts.append("column became autoincrementing" if after.auto_increment
                     else "column is no longer autoincrementing")
    return ", ".join(parts)


def default_debug(column: Column, default: ColumnDefault | None) -> str:
    """Prisma's Rust Debug text of a column default."""
    if default is None:
        return "None"
    match default.kind:
        case "now":
            return "Some(Now)"
        case "dbgenerated":
            inner = f"Some({json.dumps(default.value)})" if default.value is not None else "None"
            return f"Some(DbGenerated({inner}))"
        case "sequence":
            return f"Some(Sequence({json.dumps(default.value)}))"
    return f"Some(Value({value_debug(column, default.value)}))"


def value_debug(column: Column, value: object) -> str:
    if isinstance(value, tuple):
        return "List([" + ", ".join(value_debug(column, v) for v in value) + "])"
    match column.type.family:
        case "Boolean":
            return f"Boolean({str(value).lower()})"
        case "Int" | "BigInt":
            return f"{column.type.family}({value})"
        case "Float" | "Decimal":
            number = str(int(value)) if isinstance(value, float) and value.is_integer() else str(value)
            return f'Float(BigDecimal("{number}"))'
        case "Enum":
            return f"Enum({json.dumps(str(value))})"
        case "Json":
            return f"Json({json.dumps(str(value))})"
        case "Binary":
            return f"Bytes({list(value) if isinstance(value, bytes) else value})"
        case "DateTime":
            return f"DateTime({value})"
    return f"String({json.dumps(str(value), ensure_ascii=False)})"
