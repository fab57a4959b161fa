"""Describe a live MySQL or MariaDB database into the SqlSchema model.

A fixed number of `information_schema` queries (`queries/*.sql`) runs whatever the number of
tables; the rest is pure assembly of their rows. Types are spelled as Prisma renders them
(`int(11)` → `INTEGER`, `decimal(65,30)` → `DECIMAL(65, 30)`, `enum('A','B')` → `ENUM('A', 'B')`)
so that a database created from a calculated schema describes back to the same SqlSchema.

MySQL and MariaDB differ here: MariaDB quotes string literals in `COLUMN_DEFAULT` and reports
`NULL` as the text `NULL`; MySQL 8 leaves literals unquoted and flags expressions with
`DEFAULT_GENERATED`. MariaDB stores `JSON` as `LONGTEXT` with a `json_valid(col)` CHECK.
"""

from __future__ import annotations

import re
from decimal import Decimal, InvalidOperation
from importlib import resources
from typing import Any

from lamina.dialects.mysql.literals import unescape
from lamina.dialects.mysql.types import enum_type, enum_values
from lamina.schema.model import (
    Column, ColumnDefault, ColumnType, ForeignKey, Index, IndexColumn, PrimaryKey, ReferentialAction,
    SqlSchema, Table, View,
)

IGNORED_TABLES = frozenset({"_prisma_migrations"})
ACTIONS: dict[str, ReferentialAction] = {
    "CASCADE": "Cascade", "RESTRICT": "Restrict", "NO ACTION": "NoAction",
    "SET NULL": "SetNull", "SET DEFAULT": "SetDefault",
}
INTEGERS = {"tinyint": "TINYINT", "smallint": "SMALLINT", "mediumint": "MEDIUMINT", "int": "INTEGER",
            "integer": "INTEGER", "bigint": "BIGINT"}
PLAIN = {
    "float": ("Float", "FLOAT"), "double": ("Float", "DOUBLE"), "real": ("Float", "DOUBLE"),
    "tinytext": ("String", "TINYTEXT"), "text": ("String", "TEXT"), "mediumtext": ("String", "MEDIUMTEXT"),
    "longtext": ("String", "LONGTEXT"), "tinyblob": ("Binary", "TINYBLOB"), "blob": ("Binary", "BLOB"),
    "mediumblob": ("Binary", "MEDIUMBLOB"), "longblob": ("Binary", "LONGBLOB"), "date": ("DateTime", "DATE"),
    "year": ("Int", "YEAR"), "json": ("Json", "JSON"),
}
SIZED = {"char": ("String", "CHAR"), "varchar": ("String", "VARCHAR"), "binary": ("Binary", "BINARY"),
         "varbinary": ("Binary", "VARBINARY")}
TIMES = {"datetime": "DATETIME", "timestamp": "TIMESTAMP", "time": "TIME"}
_COLUMN_TYPE = re.compile(r"^([a-z]+)(?:\(([^)]*)\))?((?: unsigned| zerofill)*)$")


def _query(conn: Any, name: str) -> list[tuple]:
    sql = resources.files(__package__).joinpath("queries", f"{name}.sql").read_text()
    cursor = conn.execute(sql)
    return [tuple(row) for row in cursor.fetchall()]


def _text(value: object) -> str | None:
    return value.decode() if isinstance(value, bytes) else (None if value is None else str(value))


def column_type(raw_type: str, is_json: bool, precision: int | None = None) -> tuple[str, str]:
    """(family, full_data_type) of an information_schema COLUMN_TYPE."""
    text = raw_type.strip()
    lowered = text.lower()
    if lowered.startswith("enum("):
        return "Enum", enum_type(enum_values(text[4:]))
    if is_json:
        return "Json", "JSON"
    match = _COLUMN_TYPE.match(lowered)
    if not match:
        return "Unsupported", text
    name, args, flags = match.group(1), match.group(2), match.group(3)
    unsigned = " UNSIGNED" if "unsigned" in flags else ""
    if name in INTEGERS:
        if name == "tinyint" and args == "1" and not unsigned:
            return "Boolean", "BOOLEAN"
        return ("BigInt" if name == "bigint" else "Int"), INTEGERS[name] + unsigned
    if name in ("decimal", "numeric"):
        return "Decimal", "DECIMAL(" + ", ".join(a.strip() for a in (args or "10,0").split(",")) + ")"
    if name == "bit":
        return ("Boolean" if args == "1" else "Binary"), f"BIT({args or 1})"
    if name in SIZED:
        family, sql = SIZED[name]
        return family, f"{sql}({args})" if args else sql
    if name in TIMES:
        # MariaDB prints `timestamp` for TIMESTAMP(0); Prisma schemas say `@db.Timestamp(0)`.
        args = args or (str(precision) if precision is not None else None)
        return "DateTime", f"{TIMES[name]}({args})" if args else TIMES[name]
    if name in PLAIN:
        return PLAIN[name]
    return "Unsupported", text


def parse_default(raw: str | None, family: str, extra: str, is_mariadb: bool) -> ColumnDefault | None:
    if raw is None or "auto_increment" in extra.lower():
        return None
    if is_mariadb and raw == "NULL":
        return None
    lowered = raw.lower()
    if lowered.startswith("current_timestamp") and family == "DateTime":
        on_update = re.search(r"on update \S+", extra, re.IGNORECASE)
        return ColumnDefault("now", expression=raw + (f" {on_update.group()}" if on_update else ""))
    if family in ("Json", "Binary"):
        return None  # Prisma writes none and ignores what it finds (`should_ignore_json_defaults`)
    quoted = raw.startswith("'") and raw.endswith("'") and len(raw) >= 2
    if quoted:
        return ColumnDefault("value", unescape(raw[1:-1]))
    if not is_mariadb and "default_generated" not in extra.lower() and family in ("String", "Enum", "DateTime"):
        return ColumnDefault("value", raw)  # MySQL 8 reports literals unquoted
    literal = _number(raw, family)
    return ColumnDefault("value", literal) if literal is not None else ColumnDefault("dbgenerated", raw)


def _number(raw: str, family: str) -> object:
    try:
        match family:
            case "Int" | "BigInt":
                return int(raw)
            case "Boolean":
                return {"1": True, "0": False, "true": True, "false": False}.get(raw.lower())
            case "Float":
                return float(raw)
            case "Decimal":
                return Decimal(raw)
    except (ValueError, InvalidOperation):
        return None
    return None


def describe_mysql(conn: Any) -> SqlSchema:
    """`conn` is a DB-API connection wrapper with `execute(sql)` returning a cursor."""
    version = _text(_query(conn, "server")[0][0]) or ""
    is_mariadb = "mariadb" in version.lower()
    table_names = [_text(r[0]) for r in _query(conn, "tables")]
    json_columns: set[tuple[str, str]] = set()
    if is_mariadb:
        for table, name, clause in _query(conn, "checks"):
            match = re.fullmatch(r"json_valid\(`((?:[^`]|``)+)`\)", _text(clause) or "")
            if match:
                json_columns.add((_text(table), match.group(1).replace("``", "`")))

    columns: dict[str, list[Column]] = {}
    for table, name, raw_type, _data_type, nullable, default, extra, precision in _query(conn, "columns"):
        table, name, extra = _text(table), _text(name), _text(extra) or ""
        family, full = column_type(_text(raw_type) or "", (table, name) in json_columns,
                                   int(precision) if precision is not None else None)
        arity = "nullable" if nullable == "YES" else "required"
        columns.setdefault(table, []).append(Column(
            name=name,
            type=ColumnType(family, full, arity),  # type: ignore[arg-type]
            default=parse_default(_text(default), family, extra, is_mariadb),
            auto_increment="auto_increment" in extra.lower(),
        ))

    index_rows: dict[str, dict[str, list[tuple]]] = {}
    for table, index, non_unique, column, sub_part, collation, index_type in _query(conn, "indexes"):
        index_rows.setdefault(_text(table), {}).setdefault(_text(index), []).append(
            (int(non_unique), _text(column), sub_part, _text(collation), _text(index_type)))

    fk_rows: dict[str, dict[str, list[tuple]]] = {}
    for table, name, column, ref_table, ref_column, on_delete, on_update in _query(conn, "foreign_keys"):
        fk_rows.setdefault(_text(table), {}).setdefault(_text(name), []).append(
            (_text(column), _text(ref_table), _text(ref_column), _text(on_delete), _text(on_update)))

    tables = []
    for name in table_names:
        if name in IGNORED_TABLES:
            continue
        primary_key, indexes = _indexes(index_rows.get(name, {}))
        tables.append(Table(
            name=name,
            columns=tuple(columns.get(name, ())),
            primary_key=primary_key,
            indexes=indexes,
            foreign_keys=_foreign_keys(fk_rows.get(name, {})),
        ))
    views = tuple(View(_text(n), _text(d)) for n, d in _query(conn, "views"))
    return SqlSchema(tables=tuple(tables), views=views)


def _indexes(rows: dict[str, list[tuple]]) -> tuple[PrimaryKey | None, tuple[Index, ...]]:
    primary_key = None
    indexes = []
    for name, columns in rows.items():
        index_columns = tuple(
            IndexColumn(column, "desc" if collation == "D" else None, int(sub_part) if sub_part is not None else None)
            for _, column, sub_part, collation, _ in columns
        )
        if name == "PRIMARY":
            primary_key = PrimaryKey(None, index_columns)
            continue
        non_unique, index_type = columns[0][0], columns[0][4]
        kind = "fulltext" if index_type == "FULLTEXT" else "normal" if non_unique else "unique"
        if index_type not in ("BTREE", "FULLTEXT", "HASH"):
            continue  # spatial indexes: the model cannot express them
        indexes.append(Index(name, kind, index_columns))  # type: ignore[arg-type]
    return primary_key, tuple(indexes)


def _foreign_keys(rows: dict[str, list[tuple]]) -> tuple[ForeignKey, ...]:
    return tuple(
        ForeignKey(
            name=name,
            columns=tuple(r[0] for r in columns),
            referenced_table=columns[0][1],
            referenced_columns=tuple(r[2] for r in columns),
            on_delete=ACTIONS.get((columns[0][3] or "").upper(), "NoAction"),
            on_update=ACTIONS.get((columns[0][4] or "").upper(), "NoAction"),
        )
        for name, columns in rows.items()
    )
