"""Column types and defaults as an introspected schema writes them: the Prisma scalar type, the
`@db.X(...)` native type when it is not the scalar type's default, and the `@default(...)` text."""

from __future__ import annotations

import base64
import re
from dataclasses import dataclass
from decimal import Decimal

from lamina.psl.literal import string_literal
from lamina.schema.model import Column

_TYPE = re.compile(r"^(?P<name>[A-Z ]+?)(?:\((?P<args>[^)]*)\))?$")

# PostgreSQL full_data_type name → (Prisma type, native type name, default arguments or None
# when the native type is the scalar's default and is not written)
_POSTGRES: dict[str, tuple[str, str]] = {
    "INTEGER": ("Int", "Integer"), "SMALLINT": ("Int", "SmallInt"), "BIGINT": ("BigInt", "BigInt"),
    "OID": ("Int", "Oid"), "TEXT": ("String", "Text"), "VARCHAR": ("String", "VarChar"),
    "CHARACTER VARYING": ("String", "VarChar"), "CHAR": ("String", "Char"), "CHARACTER": ("String", "Char"),
    "CITEXT": ("String", "Citext"), "INET": ("String", "Inet"), "UUID": ("String", "Uuid"),
    "XML": ("String", "Xml"), "BIT": ("String", "Bit"), "VARBIT": ("String", "VarBit"),
    "BIT VARYING": ("String", "VarBit"), "DOUBLE PRECISION": ("Float", "DoublePrecision"),
    "REAL": ("Float", "Real"), "DECIMAL": ("Decimal", "Decimal"), "NUMERIC": ("Decimal", "Decimal"),
    "MONEY": ("Decimal", "Money"), "BOOLEAN": ("Boolean", "Boolean"), "TIMESTAMP": ("DateTime", "Timestamp"),
    "TIMESTAMPTZ": ("DateTime", "Timestamptz"), "DATE": ("DateTime", "Date"), "TIME": ("DateTime", "Time"),
    "TIMETZ": ("DateTime", "Timetz"), "JSONB": ("Json", "JsonB"), "JSON": ("Json", "Json"),
    "BYTEA": ("Bytes", "ByteA"),
}

# Native types that are the scalar type's default on PostgreSQL: not written.
_POSTGRES_DEFAULTS = {
    ("Int", "Integer", ()), ("BigInt", "BigInt", ()), ("String", "Text", ()), ("Float", "DoublePrecision", ()),
    ("Decimal", "Decimal", ("65", "30")), ("Boolean", "Boolean", ()), ("DateTime", "Timestamp", ("3",)),
    ("Json", "JsonB", ()), ("Bytes", "ByteA", ()),
}

_SQLITE_FAMILY = {"Int": "Int", "BigInt": "BigInt", "Float": "Float", "Decimal": "Decimal",
                  "Boolean": "Boolean", "String": "String", "DateTime": "DateTime", "Binary": "Bytes",
                  "Json": "Json"}


@dataclass(frozen=True)
class FieldType:
    name: str  # Prisma type, enum name, or Unsupported("...")
    native: str | None = None  # "VarChar(100)" for @db.VarChar(100)
    unsupported: bool = False


def field_type(column: Column, provider: str, enum_names: dict[tuple[str | None, str], str]) -> FieldType:
    family = column.type.family
    raw = column.type.full_data_type
    if family == "Enum":
        return FieldType(enum_names.get((column.type.namespace, raw), raw))
    if family == "Unsupported":
        return FieldType(f"Unsupported({string_literal(raw.lower())})", unsupported=True)
    if provider == "mysql":
        from lamina.introspect.mysql import mysql_field_type

        known_mysql = mysql_field_type(column)
        if known_mysql is None:
            return FieldType(f"Unsupported({string_literal(raw.lower())})", unsupported=True)
        return FieldType(*known_mysql)
    if provider != "postgresql":
        return FieldType(_SQLITE_FAMILY.get(family, "String"))
    match = _TYPE.match(raw.upper())
    if match is None:
        return FieldType(f"Unsupported({string_literal(raw)})", unsupported=True)
    name = match.group("name").strip()
    args = tuple(a.strip() for a in match.group("args").split(",")) if match.group("args") else ()
    known = _POSTGRES.get(name)
    if known is None:
        return FieldType(f"Unsupported({string_literal(raw.lower())})", unsupported=True)
    prisma, native = known
    if name in ("TIMESTAMP", "TIMESTAMPTZ", "TIME", "TIMETZ") and not args:
        args = ("6",)
    if (prisma, native, args) in _POSTGRES_DEFAULTS:
        return FieldType(prisma)
    return FieldType(prisma, f"{native}({', '.join(args)})" if args else native)


def default_text(column: Column, type_name: str, provider: str,
                 enum_value_names: dict[str, str] | None = None) -> str | None:
    """The argument of `@default(...)`, or None. Enum values by their PSL names (database value →
    PSL name in `enum_value_names`)."""
    if column.auto_increment:
        return "autoincrement()"
    default = column.default
    if default is None:
        return None
    match default.kind:
        case "now":
            return "now()"
        case "sequence":
            return "autoincrement()"
        case "unique_rowid":
            return "autoincrement()"
        case "dbgenerated":
            if default.value is None:
                return "dbgenerated()"
            return f"dbgenerated({string_literal(str(default.value))})"
    value = default.value
    if column.type.family == "Unsupported":
        return f"dbgenerated({string_literal(str(value))})"
    if isinstance(value, tuple):
        return "[" + ", ".join(_literal(v, column, enum_value_names) for v in value) + "]"
    if column.type.family == "Enum" and enum_value_names and enum_value_names.get(str(value)) == "":
        return f"dbgenerated({string_literal(str(value))})"  # the value's field is commented out, as in Prisma
    return _literal(value, column, enum_value_names)


def _literal(value: object, column: Column, enum_value_names: dict[str, str] | None = None) -> str:
    family = column.type.family
    match value:
        case bool():
            return "true" if value else "false"
        case int():
            return str(value)
        case float():
            return _float(value)
        case Decimal():
            return _decimal(value)
        case bytes():
            return string_literal(base64.b64encode(value).decode())
    text = str(value)
    if family == "Enum":
        return enum_value_names.get(text, text) if enum_value_names else text
    if family in ("Int", "BigInt", "Float", "Decimal") and re.fullmatch(r"-?\d+(\.\d+)?", text):
        return text
    if family == "Boolean" and text.lower() in ("true", "false"):
        return text.lower()
    return string_literal(text)


def _float(value: float) -> str:
    if value.is_integer() and abs(value) < 1e16:
        return str(int(value))
    return repr(value)


def _decimal(value: Decimal) -> str:
    return format(value, "f")


# PostgreSQL operator classes PSL names (`ops: JsonbPathOps`); any other is written `raw("...")`.
_NAMED_OPERATOR_CLASSES = (
    "InetOps", "JsonbOps", "JsonbPathOps", "ArrayOps", "TextOps", "BitMinMaxOps", "VarBitMinMaxOps",
    "BpcharBloomOps", "BpcharMinMaxOps", "ByteaBloomOps", "ByteaMinMaxOps", "InetInclusionOps",
    *(f"{t}{k}" for t in ("Date", "Float4", "Float8", "Inet", "Int2", "Int4", "Int8", "Numeric", "Oid",
                          "Timestamp", "TimestampTz", "Time", "TimeTz", "Uuid")
      for k in ("BloomOps", "MinMaxOps", "MinMaxMultiOps")),
    "TextBloomOps", "TextMinMaxOps",
)


def operator_class_psl(sql_name: str) -> str:
    from lamina.psl.validate.indexes import operator_class_sql

    named = {operator_class_sql(name): name for name in _NAMED_OPERATOR_CLASSES}
    return named.get(sql_name, f"raw({string_literal(sql_name)})")
