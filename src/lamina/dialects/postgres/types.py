"""PostgreSQL column types: PSL scalar types and @db.X native types, type-change casts."""

from __future__ import annotations

import re

from lamina.diff.steps import Cast
from lamina.psl.validated import ScalarField
from lamina.schema.model import Column, ColumnType, Family

# Prisma scalar → (family, default SQL type)
SCALAR_TYPES: dict[str, tuple[Family, str]] = {
    "String": ("String", "TEXT"),
    "Boolean": ("Boolean", "BOOLEAN"),
    "Int": ("Int", "INTEGER"),
    "BigInt": ("BigInt", "BIGINT"),
    "Float": ("Float", "DOUBLE PRECISION"),
    "Decimal": ("Decimal", "DECIMAL(65,30)"),
    "DateTime": ("DateTime", "TIMESTAMP(3)"),
    "Json": ("Json", "JSONB"),
    "Bytes": ("Binary", "BYTEA"),
}

# @db.X name → SQL type name (arguments are appended as "(a,b)")
NATIVE_TYPES: dict[str, str] = {
    "SmallInt": "SMALLINT", "Integer": "INTEGER", "BigInt": "BIGINT", "Decimal": "DECIMAL",
    "Money": "MONEY", "Inet": "INET", "Oid": "OID", "Citext": "CITEXT", "Real": "REAL",
    "DoublePrecision": "DOUBLE PRECISION", "VarChar": "VARCHAR", "Char": "CHAR", "Text": "TEXT",
    "ByteA": "BYTEA", "Timestamp": "TIMESTAMP", "Timestamptz": "TIMESTAMPTZ", "Date": "DATE",
    "Time": "TIME", "Timetz": "TIMETZ", "Boolean": "BOOLEAN", "Bit": "BIT", "VarBit": "VARBIT",
    "Uuid": "UUID", "Xml": "XML", "Json": "JSON", "JsonB": "JSONB",
}
DISPLAY_NAMES = {sql: name for name, sql in NATIVE_TYPES.items()}

_TYPE = re.compile(r"^([A-Z ]+?)(?:\((.*)\))?$")


def column_type(field: ScalarField, enum_db_name: str | None) -> ColumnType:
    arity = {"required": "required", "optional": "nullable", "list": "list"}[field.arity]
    if field.unsupported_type is not None or field.type_name == "Unsupported":
        return ColumnType("Unsupported", field.unsupported_type or "", arity)
    if field.is_enum:
        return ColumnType("Enum", enum_db_name or field.type_name, arity)
    family, sql = SCALAR_TYPES[field.type_name]
    if field.native_type is not None:
        sql = NATIVE_TYPES.get(field.native_type.name, field.native_type.name.upper())
        if field.native_type.args:
            sql += "(" + ",".join(a.strip() for a in field.native_type.args) + ")"
    return ColumnType(family, sql, arity)


def _split(full: str) -> tuple[str, tuple[int, ...]]:
    match = _TYPE.match(full)
    if not match:
        return full, ()
    args = tuple(int(a) for a in match.group(2).split(",") if a.strip().isdigit()) if match.group(2) else ()
    return match.group(1), args


def type_display(column: Column) -> str:
    if column.type.family == "Enum":
        return column.type.full_data_type
    name, args = _split(column.type.full_data_type)
    display = DISPLAY_NAMES.get(name, name)
    return display + (f"({','.join(str(a) for a in args)})" if args else "")


_INTS = {"SMALLINT": 0, "INTEGER": 1, "BIGINT": 2}
_FLOATS = {"REAL": 0, "DOUBLE PRECISION": 1}
_TEXTS = {"TEXT", "VARCHAR", "CHAR", "CITEXT"}
_TIMES = {"TIMESTAMP", "TIMESTAMPTZ"}


def _text_cast(name: str, args: tuple[int, ...], to_name: str, to_args: tuple[int, ...]) -> Cast:
    """Anything (name, args) cast to a text type."""
    if to_name in ("TEXT", "CITEXT") or (to_name == "VARCHAR" and not to_args):
        return "safe"
    if name in ("VARCHAR", "CHAR") and args and to_args and to_args[0] >= args[0]:
        return "safe"
    return "risky"


def classify_cast(before: Column, after: Column) -> Cast:
    b, a = before.type, after.type
    if b.family == "Enum" or a.family == "Enum":
        if b.family == a.family == "Enum":
            return "none" if b.full_data_type == a.full_data_type else "not_castable"
        if b.family == "Enum" and a.family == "String":
            return "safe"
        return "not_castable"
    if (b.arity == "list") != (a.arity == "list"):
        if b.arity == "list" and a.family == "String":
            name, args = _split(a.full_data_type)
            return "safe" if name in ("TEXT", "CITEXT") or not args else "risky"
        return "not_castable"
    if b.full_data_type == a.full_data_type:
        return "none"
    name, args = _split(b.full_data_type)
    to_name, to_args = _split(a.full_data_type)
    if to_name in _TEXTS:
        return _text_cast(name, args, to_name, to_args)
    if name in _TEXTS:
        return "not_castable"
    if name in _INTS and to_name in _INTS:
        return "safe" if _INTS[to_name] >= _INTS[name] else "risky"
    if name in _INTS and (to_name in _FLOATS or to_name in ("DECIMAL", "MONEY")):
        return "safe" if to_name != "REAL" or name == "SMALLINT" else "risky"
    if name in _FLOATS and to_name in _FLOATS:
        return "safe" if _FLOATS[to_name] >= _FLOATS[name] else "risky"
    if name in {*_FLOATS, "DECIMAL"} and to_name in {*_INTS, *_FLOATS, "DECIMAL"}:
        return "risky"
    if name == to_name and name in _TIMES | {"TIME", "TIMETZ"}:
        return "none" if not args or not to_args else ("safe" if to_args[0] >= args[0] else "risky")
    if name in _TIMES and to_name in _TIMES:
        return "safe"
    if name == "DATE" and to_name in _TIMES:
        return "safe"
    if name in _TIMES and to_name in ("DATE", "TIME", "TIMETZ"):
        return "risky"
    if {name, to_name} <= {"JSON", "JSONB"}:
        return "safe"
    if name == to_name:
        return "risky"
    if name == "BOOLEAN" and to_name in _INTS:
        return "not_castable"
    return "not_castable"
