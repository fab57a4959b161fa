"""MySQL column types: PSL scalar types and @db.X native types, inline enums, type-change casts.

`full_data_type` is the type exactly as Prisma writes it in a CREATE TABLE (`INTEGER`,
`VARCHAR(191)`, `DECIMAL(65, 30)`, `DATETIME(3)`, `INTEGER UNSIGNED`, `ENUM('A', 'B')`), so that
the describer can produce the same text from `information_schema.COLUMNS.COLUMN_TYPE`.
"""

from __future__ import annotations

import re

from lamina.dialects.mysql.defaults import same_enum_values_as_the_server_shows
from lamina.dialects.mysql.literals import quoted_values, string_literal
from lamina.diffing.steps import Cast
from lamina.psl.validated import ScalarField
from lamina.schema.model import Column, ColumnType, Family

# Prisma scalar → (family, default SQL type) — PRISMA-COMPAT §7.1, MySQL column.
SCALAR_TYPES: dict[str, tuple[Family, str]] = {
    "String": ("String", "VARCHAR(191)"),
    "Boolean": ("Boolean", "BOOLEAN"),
    "Int": ("Int", "INTEGER"),
    "BigInt": ("BigInt", "BIGINT"),
    "Float": ("Float", "DOUBLE"),
    "Decimal": ("Decimal", "DECIMAL(65, 30)"),
    "DateTime": ("DateTime", "DATETIME(3)"),
    "Json": ("Json", "JSON"),
    "Bytes": ("Binary", "LONGBLOB"),
}

# @db.X name → SQL type name; arguments are appended as "(a)" or "(p, s)".
NATIVE_TYPES: dict[str, str] = {
    "Int": "INTEGER", "UnsignedInt": "INTEGER UNSIGNED", "SmallInt": "SMALLINT",
    "UnsignedSmallInt": "SMALLINT UNSIGNED", "TinyInt": "TINYINT", "UnsignedTinyInt": "TINYINT UNSIGNED",
    "MediumInt": "MEDIUMINT", "UnsignedMediumInt": "MEDIUMINT UNSIGNED", "BigInt": "BIGINT",
    "UnsignedBigInt": "BIGINT UNSIGNED", "Decimal": "DECIMAL", "Float": "FLOAT", "Double": "DOUBLE",
    "Bit": "BIT", "Char": "CHAR", "VarChar": "VARCHAR", "Binary": "BINARY", "VarBinary": "VARBINARY",
    "TinyBlob": "TINYBLOB", "Blob": "BLOB", "MediumBlob": "MEDIUMBLOB", "LongBlob": "LONGBLOB",
    "TinyText": "TINYTEXT", "Text": "TEXT", "MediumText": "MEDIUMTEXT", "LongText": "LONGTEXT",
    "Date": "DATE", "Time": "TIME", "DateTime": "DATETIME", "Timestamp": "TIMESTAMP", "Year": "YEAR",
    "Json": "JSON",
}
DISPLAY_NAMES = {sql: name for name, sql in NATIVE_TYPES.items()}


def enum_type(values: tuple[str, ...]) -> str:
    """The inline enum type of a column: `ENUM('A', 'B')`."""
    return "ENUM(" + ", ".join(string_literal(v) for v in values) + ")"


def column_type(field: ScalarField, enum_db_name: str | None) -> ColumnType:
    arity = {"required": "required", "optional": "nullable", "list": "list"}[field.arity]
    if field.unsupported_type is not None or field.type_name == "Unsupported":
        return ColumnType("Unsupported", field.unsupported_type or "", arity)
    if field.is_enum:
        # The calculator replaces the name by the inline ENUM(...) (Dialect.inline_enum_type).
        return ColumnType("Enum", enum_db_name or field.type_name, arity)
    family, sql = SCALAR_TYPES[field.type_name]
    native = field.native_type
    if native is not None:
        if native.name == "TinyInt" and field.type_name == "Boolean":
            sql = "BOOLEAN"
        else:
            sql = NATIVE_TYPES.get(native.name, native.name.upper())
            if native.args:
                sql += "(" + ", ".join(a.strip() for a in native.args) + ")"
    return ColumnType(family, sql, arity)


_TYPE = re.compile(r"^([A-Z]+(?: UNSIGNED)?)(?:\((.*)\))?( UNSIGNED)?$")


def split_type(full: str) -> tuple[str, tuple[int, ...]]:
    """`DECIMAL(10, 2)` → ("DECIMAL", (10, 2)); `INTEGER UNSIGNED` → ("INTEGER UNSIGNED", ())."""
    match = _TYPE.match(full)
    if not match or full.startswith("ENUM("):
        return full, ()
    name = match.group(1) + (match.group(3) or "")
    args = tuple(int(a) for a in (match.group(2) or "").split(",") if a.strip().isdigit())
    return name, args


def enum_values(full: str) -> tuple[str, ...]:
    """`ENUM('a', 'it''s')` → ("a", "it's")."""
    return quoted_values(full)


def type_display(column: Column) -> str:
    if column.type.family == "Enum":
        return column.type.full_data_type
    name, args = split_type(column.type.full_data_type)
    if name == "BOOLEAN":
        return "TinyInt"
    display = DISPLAY_NAMES.get(name, name)
    return display + (f"({','.join(str(a) for a in args)})" if args else "")


_INTS = {"TINYINT": 0, "SMALLINT": 1, "MEDIUMINT": 2, "INTEGER": 3, "BIGINT": 4}
_TEXTS = {"CHAR", "VARCHAR", "TINYTEXT", "TEXT", "MEDIUMTEXT", "LONGTEXT"}
_BLOBS = {"BINARY", "VARBINARY", "TINYBLOB", "BLOB", "MEDIUMBLOB", "LONGBLOB"}
_LONG = {"TINYTEXT": 0, "TEXT": 1, "MEDIUMTEXT": 2, "LONGTEXT": 3,
         "TINYBLOB": 0, "BLOB": 1, "MEDIUMBLOB": 2, "LONGBLOB": 3}
_TIMES = {"DATE", "DATETIME", "TIMESTAMP", "TIME", "YEAR"}


def _int_rank(name: str) -> tuple[int, bool] | None:
    base = name.removesuffix(" UNSIGNED")
    return (_INTS[base], base != name) if base in _INTS else None


def mariadb_classify_cast(before: Column, after: Column) -> Cast:
    """MariaDB stores JSON as LONGTEXT: between the two nothing is cast. It reports enum values
    with `?` for 4-byte characters: values it shows alike are the same."""
    if {before.type.full_data_type, after.type.full_data_type} == {"JSON", "LONGTEXT"}:
        return "none"
    if before.type.family == after.type.family == "Enum" and same_enum_values_as_the_server_shows(
            before.type.full_data_type, after.type.full_data_type):
        return "none"
    return classify_cast(before, after)


def classify_cast(before: Column, after: Column) -> Cast:
    """A simplified reading of Prisma's MySQL native-type matrix (`flavour/mysql/schema_differ.rs`):
    widening stays safe, narrowing is risky, crossing into dates or JSON cannot be cast."""
    b, a = before.type, after.type
    if b.family == "Enum" and a.family == "Enum":
        old, new = enum_values(b.full_data_type), enum_values(a.full_data_type)
        if old == new:
            return "none"
        return "safe" if all(v in new for v in old) else "risky"
    if b.family == "Enum" or a.family == "Enum":
        return "risky"
    if b.full_data_type == a.full_data_type:
        return "none"
    name, args = split_type(b.full_data_type)
    to_name, to_args = split_type(a.full_data_type)
    name = "TINYINT" if name == "BOOLEAN" else name
    to_name = "TINYINT" if to_name == "BOOLEAN" else to_name
    if name == to_name and name in ("DATETIME", "TIMESTAMP", "TIME"):
        precision, to_precision = (args or (0,))[0], (to_args or (0,))[0]  # no precision = 0
        return "none" if precision == to_precision else "safe" if to_precision > precision else "risky"
    if name == to_name:
        if name in ("VARCHAR", "CHAR", "BINARY", "VARBINARY", "BIT"):
            if args == to_args or (not args and not to_args):
                return "none"
            return "safe" if (to_args or (0,))[0] >= (args or (0,))[0] else "risky"
        return "risky" if args != to_args else "none"
    if to_name in _TEXTS:
        if to_name in ("CHAR", "VARCHAR") and name in ("CHAR", "VARCHAR"):
            return "safe" if to_args and args and to_args[0] >= args[0] else "risky"
        if name in _TEXTS and to_name in _LONG and name in _LONG:
            return "safe" if _LONG[to_name] >= _LONG[name] else "risky"
        if name in _TEXTS and to_name in _LONG:
            return "safe"
        return "safe" if name not in ("JSON",) and name not in _BLOBS else "risky"
    if to_name in _BLOBS:
        if name in _BLOBS and name in _LONG and to_name in _LONG:
            return "safe" if _LONG[to_name] >= _LONG[name] else "risky"
        return "safe" if to_name in _LONG and name not in _TEXTS else "risky"
    rank, to_rank = _int_rank(name), _int_rank(to_name)
    if rank is not None and to_rank is not None:
        return "safe" if to_rank[0] > rank[0] and not (rank[1] and not to_rank[1]) else "risky"
    if name in _TEXTS or name in _BLOBS:
        return "not_castable" if to_name in _TIMES or to_name == "JSON" else "risky"
    if to_name == "JSON" or name == "JSON":
        return "not_castable"
    if name in _TIMES and to_name in _TIMES:
        return "safe" if name in ("DATE",) and to_name in ("DATETIME", "TIMESTAMP") else "risky"
    if name in _TIMES or to_name in _TIMES:
        return "not_castable"
    return "risky"
