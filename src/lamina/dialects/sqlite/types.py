"""SQLite column types: PSL scalar types (no native types), type-change casts."""

from __future__ import annotations

from lamina.diffing.steps import Cast
from lamina.psl.validated import ScalarField
from lamina.schema.model import Column, ColumnType, Family

SCALAR_TYPES: dict[str, tuple[Family, str]] = {
    "String": ("String", "TEXT"),
    "Boolean": ("Boolean", "BOOLEAN"),
    "Int": ("Int", "INTEGER"),
    "BigInt": ("BigInt", "BIGINT"),
    "Float": ("Float", "REAL"),
    "Decimal": ("Decimal", "DECIMAL"),
    "DateTime": ("DateTime", "DATETIME"),
    "Json": ("Json", "JSONB"),
    "Bytes": ("Binary", "BLOB"),
}


def column_type(field: ScalarField, enum_db_name: str | None) -> ColumnType:
    arity = {"required": "required", "optional": "nullable", "list": "list"}[field.arity]
    if field.unsupported_type is not None or field.type_name == "Unsupported":
        return ColumnType("Unsupported", field.unsupported_type or "", arity)
    if field.is_enum:
        return ColumnType("String", "TEXT", arity)  # SQLite has no enum type: plain text
    family, sql = SCALAR_TYPES[field.type_name]
    return ColumnType(family, sql, arity)


def type_display(column: Column) -> str:
    return {"Binary": "Bytes"}.get(column.type.family, column.type.family)


def classify_cast(before: Column, after: Column) -> Cast:
    if before.type.family == after.type.family:
        return "none"
    if after.type.family == "String":
        return "safe"
    return "risky"
