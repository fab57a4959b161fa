"""Describe a live SQLite database into the SqlSchema model.

Five queries (`queries/*.sql`) join the pragma table-valued functions over `sqlite_master`, so the
number of statements does not grow with the number of tables.  The output follows the conventions
of `lamina.schema.model`:

* the family follows Prisma's SQLite mapping of the declared type, and the column type is the
  family's own (`VARCHAR(20)` is `TEXT`, `INT` is `INTEGER`): Prisma compares families only;
  unsupported types keep the declared text, lower-cased;
* primary keys are unnamed; a single-column `INTEGER` primary key (the rowid, with or without
  `AUTOINCREMENT`) is `auto_increment=True` and required, as Prisma's describer has it; a declared
  DEFAULT on it is kept (and compared), as there;
* foreign key names come from `CONSTRAINT "name" FOREIGN KEY (...)` in the CREATE TABLE text;
* a partial index has its predicate, the text after WHERE in its CREATE INDEX (the differ compares
  it only with the partialIndexes preview feature); indexes over expressions are left out: the
  model cannot express them and a calculated schema never contains them (Prisma's describer skips
  them too).
"""

from __future__ import annotations

import re
import sqlite3
from dataclasses import replace
from decimal import Decimal, InvalidOperation
from importlib import resources

from lamina.dialects.sqlite.types import SCALAR_TYPES
from lamina.schema.model import (
    Column,
    ColumnDefault,
    ColumnType,
    ForeignKey,
    Index,
    IndexColumn,
    PrimaryKey,
    ReferentialAction,
    SqlSchema,
    Table,
    View,
)

# Family → the type a schema's field of that family is created with (the calculator's types).
FAMILY_TYPES = {family: sql for family, sql in SCALAR_TYPES.values()}

QUERY_NAMES = ("tables", "columns", "indexes", "foreign_keys", "views")

# Lower-cased declared type → family (Prisma's SQLite type affinity mapping).
EXACT_FAMILIES = {
    "int": "Int", "integer": "Int", "serial": "Int", "bigint": "BigInt",
    "real": "Float", "float": "Float", "double": "Float",
    "boolean": "Boolean", "text": "String",
    "date": "DateTime", "datetime": "DateTime", "timestamp": "DateTime",
    "binary": "Binary", "blob": "Binary", "jsonb": "Json",
}

REFERENTIAL_ACTIONS: dict[str, ReferentialAction] = {
    "no action": "NoAction", "restrict": "Restrict", "cascade": "Cascade",
    "set null": "SetNull", "set default": "SetDefault",
}

_IDENTIFIER = r'(?:"(?:[^"]|"")*"|`(?:[^`]|``)*`|\[[^\]]*\]|[^\s(),]+)'
_NAMED_FK = re.compile(
    rf"CONSTRAINT\s+({_IDENTIFIER})\s+FOREIGN\s+KEY\s*\(([^)]*)\)", re.IGNORECASE
)


def describe_sqlite(conn: sqlite3.Connection) -> SqlSchema:
    """Describe the tables and views of the main database of `conn`."""
    rows = {name: _run(conn, name) for name in QUERY_NAMES}
    table_sql = {name: sql or "" for name, sql in rows["tables"]}
    columns, primary_keys = _columns(rows["columns"])
    indexes = _indexes(rows["indexes"])
    foreign_keys = _foreign_keys(rows["foreign_keys"], table_sql, primary_keys)
    tables = tuple(
        Table(
            name=name,
            columns=tuple(columns.get(name, ())),
            primary_key=(
                PrimaryKey(None, tuple(IndexColumn(c) for c in primary_keys[name]))
                if primary_keys.get(name) else None
            ),
            indexes=tuple(indexes.get(name, ())),
            foreign_keys=tuple(foreign_keys.get(name, ())),
        )
        for name, _ in rows["tables"]
        if not is_ignored_table(name)
    )
    return SqlSchema(tables=tables, views=tuple(View(name, sql) for name, sql in rows["views"]))


def _run(conn: sqlite3.Connection, name: str) -> list[tuple]:
    sql = resources.files("lamina.dialects.sqlite").joinpath("queries", f"{name}.sql").read_text("utf-8")
    cursor = conn.cursor()
    cursor.row_factory = None  # plain tuples, whatever the caller's connection uses
    return [tuple(row) for row in cursor.execute(sql).fetchall()]


def is_ignored_table(name: str) -> bool:
    return (
        name == "_prisma_migrations"
        or name == "sqlite_sequence"
        or name.startswith("sqlite_stat")
        or name.startswith("_cf_")
    )


def column_family(declared_type: str) -> str:
    lowered = declared_type.lower()
    if lowered in EXACT_FAMILIES:
        return EXACT_FAMILIES[lowered]
    if "char" in lowered:
        return "String"
    if "numeric" in lowered or "decimal" in lowered:
        return "Decimal"
    return "Unsupported"


def _columns(rows: list[tuple]) -> tuple[dict, dict]:
    columns: dict[str, list[Column]] = {}
    pk_positions: dict[str, list[tuple[int, str]]] = {}
    for table, name, declared_type, is_required, default_text, pk_position in rows:
        declared = (declared_type or "").upper()
        family = column_family(declared)
        # Unsupported types keep the declared text, lower-cased as Prisma's describer has it.
        column_type = ColumnType(family, declared if family != "Unsupported" else (declared_type or "").lower(),
                                 "required" if is_required else "nullable")
        default = parse_default(default_text, column_type) if default_text is not None else None
        columns.setdefault(table, []).append(Column(name, column_type, default))
        if pk_position:
            pk_positions.setdefault(table, []).append((pk_position, name))
    primary_keys = {table: tuple(name for _, name in sorted(cols)) for table, cols in pk_positions.items()}
    for table, pk in primary_keys.items():
        if len(pk) != 1:
            continue
        # Prisma's describer: a lone INTEGER primary key is the rowid, autoincrementing and
        # required whether or not AUTOINCREMENT was declared (sqlite.org/lang_createtable.html).
        columns[table] = [
            Column(c.name, ColumnType(c.type.family, c.type.full_data_type, "required"), c.default, True)
            if c.name == pk[0] and c.type.full_data_type == "INTEGER" else c
            for c in columns[table]
        ]
    # Prisma's SQLite differ compares type families only, and its renderer writes each family's
    # one type: a declared VARCHAR(20) is TEXT, as a schema's String is.
    for table, table_columns in columns.items():
        columns[table] = [replace(c, type=replace(c.type, full_data_type=FAMILY_TYPES[c.type.family]))
                          if c.type.family in FAMILY_TYPES else c for c in table_columns]
    return columns, primary_keys


# --- defaults -------------------------------------------------------------------------------------

def _unquote(text: str) -> str | None:
    if len(text) >= 2 and text[0] == text[-1] and text[0] in "'\"":
        return text[1:-1].replace(text[0] * 2, text[0])
    return None


# What SQLite accepts unparenthesised after DEFAULT.  `DEFAULT (expr)` is reported without its
# outer parentheses, so any other default text is given them back: `dbgenerated("(expr)")` is how
# a schema has to spell it, and the description must say the same.
_LITERAL = re.compile(
    r"'(?:[^']|'')*'|\"(?:[^\"]|\"\")*\"|[-+]?(\d+(\.\d*)?|\.\d+)([eE][-+]?\d+)?|[xX]'[0-9a-fA-F]*'"
    r"|(?i:null|true|false|current_time|current_date|current_timestamp)"
)


def parse_default(text: str, column_type: ColumnType) -> ColumnDefault | None:
    """Parse a `dflt_value` into the model: a literal value, now, or the SQL expression."""
    stripped = text.strip()
    if stripped.lower() == "null":
        return None
    string = _unquote(stripped)
    bare = string if string is not None else stripped
    match column_type.family:
        case "String" | "Json":
            if string is not None:
                return ColumnDefault("value", string)
        case "Int" | "BigInt":
            if re.fullmatch(r"[-+]?\d+", bare):
                return ColumnDefault("value", int(bare))
        case "Float" | "Decimal":
            if re.fullmatch(r"[-+]?(\d+(\.\d*)?|\.\d+)([eE][-+]?\d+)?", bare):
                try:
                    number = Decimal(bare)
                except InvalidOperation:
                    number = None
                if number is not None:
                    value = number if column_type.family == "Decimal" else float(number)
                    return ColumnDefault("value", value)
        case "Boolean":
            lowered = bare.lower()
            if lowered in ("1", "true"):
                return ColumnDefault("value", True)
            if lowered in ("0", "false"):
                return ColumnDefault("value", False)
        case "DateTime":
            compact = re.sub(r"\s+", "", stripped.lower())
            if compact in ("current_timestamp", "datetime('now')", "datetime('now','localtime')"):
                return ColumnDefault("now", expression=stripped)
            if string is not None:
                return ColumnDefault("value", string)
        case "Binary":
            if string is not None and re.fullmatch(r"([0-9a-fA-F]{2})*", string):
                return ColumnDefault("value", bytes.fromhex(string))
    return ColumnDefault("dbgenerated", stripped if _LITERAL.fullmatch(stripped) else f"({stripped})")


# --- indexes and foreign keys ---------------------------------------------------------------------

def _indexes(rows: list[tuple]) -> dict[str, list[Index]]:
    grouped: dict[tuple[str, str], list[tuple]] = {}
    for row in rows:
        grouped.setdefault((row[0], row[1]), []).append(row)
    indexes: dict[str, list[Index]] = {}
    for (table, name), index_rows in grouped.items():
        _, _, is_unique, origin, is_partial, *_ = index_rows[0]
        if origin == "pk" or any(row[6] < 0 or row[7] is None for row in index_rows):
            continue
        columns = tuple(IndexColumn(row[7], "desc" if row[8] else "asc") for row in index_rows)
        predicate = index_predicate(index_rows[0][9] or "") if is_partial else None
        indexes.setdefault(table, []).append(Index(name, "unique" if is_unique else "normal", columns,
                                                   predicate=predicate))
    return indexes


def index_predicate(create_index_sql: str) -> str | None:
    """The predicate of `CREATE INDEX ... ON t (...) WHERE <predicate>`: the text after the WHERE
    that follows the column list, as written."""
    start = create_index_sql.find("(")
    depth, position, quote = 0, start, None
    while 0 <= position < len(create_index_sql):
        char = create_index_sql[position]
        if quote is not None:
            quote = None if char == quote else quote
        elif char in "'\"`[":
            quote = "]" if char == "[" else char
        elif char == "(":
            depth += 1
        elif char == ")":
            depth -= 1
            if depth == 0:
                break
        position += 1
    match = re.match(r"\s*WHERE\s+(.*?)\s*;?\s*$", create_index_sql[position + 1:], re.IGNORECASE | re.DOTALL)
    return match.group(1) if match else None


def _unquote_identifier(text: str) -> str:
    text = text.strip()
    if len(text) >= 2 and text[0] in "\"`" and text[-1] == text[0]:
        return text[1:-1].replace(text[0] * 2, text[0])
    if len(text) >= 2 and text[0] == "[" and text[-1] == "]":
        return text[1:-1]
    return text


def foreign_key_names(create_table_sql: str) -> dict[tuple[str, ...], str]:
    """`CONSTRAINT "name" FOREIGN KEY ("a", "b")` clauses of a CREATE TABLE, keyed by column list."""
    names: dict[tuple[str, ...], str] = {}
    for match in _NAMED_FK.finditer(create_table_sql):
        columns = tuple(_unquote_identifier(c) for c in match.group(2).split(","))
        names.setdefault(columns, _unquote_identifier(match.group(1)))
    return names


def _foreign_keys(rows: list[tuple], table_sql: dict[str, str],
                  primary_keys: dict[str, tuple[str, ...]]) -> dict[str, list[ForeignKey]]:
    grouped: dict[tuple[str, int], list[tuple]] = {}
    for row in rows:
        grouped.setdefault((row[0], row[1]), []).append(row)
    foreign_keys: dict[str, list[ForeignKey]] = {}
    for (table, _), fk_rows in grouped.items():
        _, _, _, referenced_table, _, _, on_update, on_delete = fk_rows[0]
        columns = tuple(row[4] for row in fk_rows)
        referenced = tuple(row[5] for row in fk_rows)
        if any(c is None for c in referenced):
            referenced = primary_keys.get(referenced_table, referenced)
        names = foreign_key_names(table_sql.get(table, ""))
        foreign_keys.setdefault(table, []).append(
            ForeignKey(
                name=names.get(columns),
                columns=columns,
                referenced_table=referenced_table,
                referenced_columns=referenced,
                on_delete=REFERENTIAL_ACTIONS[on_delete.lower()],
                on_update=REFERENTIAL_ACTIONS[on_update.lower()],
            )
        )
    return {table: sorted(fks, key=lambda fk: fk.columns) for table, fks in foreign_keys.items()}
