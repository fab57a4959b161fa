"""PostgreSQL column types: PSL scalar types and @db.X native types, and how they are displayed."""

from __future__ import annotations

import re

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
    if column.type.family == "Unsupported":
        return f'Unsupported("{column.type.full_data_type}")'
    name, args = _split(column.type.full_data_type)
    display = DISPLAY_NAMES.get(name, name)
    return display + (f"({','.join(str(a) for a in args)})" if args else "")
