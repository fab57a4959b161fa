"""`@db.X(...)` native type attributes: which exist per provider, their arity and field types."""

from __future__ import annotations

from lamina.psl import ast
from lamina.psl.validate.arguments import expression_text
from lamina.psl.validate.context import Context
from lamina.psl.validated import NativeType

# name → (compatible Prisma scalar types, minimum and maximum number of arguments)
_POSTGRES = {
    "SmallInt": (("Int",), 0, 0), "Integer": (("Int",), 0, 0), "BigInt": (("BigInt",), 0, 0),
    "Decimal": (("Decimal",), 0, 2), "Money": (("Decimal",), 0, 0), "Inet": (("String",), 0, 0),
    "Oid": (("Int",), 0, 0), "Citext": (("String",), 0, 0), "Real": (("Float",), 0, 0),
    "DoublePrecision": (("Float",), 0, 0), "VarChar": (("String",), 0, 1), "Char": (("String",), 0, 1),
    "Text": (("String",), 0, 0), "ByteA": (("Bytes",), 0, 0), "Timestamp": (("DateTime",), 0, 1),
    "Timestamptz": (("DateTime",), 0, 1), "Date": (("DateTime",), 0, 0), "Time": (("DateTime",), 0, 1),
    "Timetz": (("DateTime",), 0, 1), "Boolean": (("Boolean",), 0, 0), "Bit": (("String",), 0, 1),
    "VarBit": (("String",), 0, 1), "Uuid": (("String",), 0, 0), "Xml": (("String",), 0, 0),
    "Json": (("Json",), 0, 0), "JsonB": (("Json",), 0, 0),
}

_MYSQL = {
    "Int": (("Int",), 0, 0), "UnsignedInt": (("Int",), 0, 0), "SmallInt": (("Int",), 0, 0),
    "UnsignedSmallInt": (("Int",), 0, 0), "TinyInt": (("Boolean", "Int"), 0, 0),
    "UnsignedTinyInt": (("Boolean", "Int"), 0, 0), "MediumInt": (("Int",), 0, 0),
    "UnsignedMediumInt": (("Int",), 0, 0), "BigInt": (("BigInt",), 0, 0),
    "UnsignedBigInt": (("BigInt",), 0, 0), "Decimal": (("Decimal",), 0, 2), "Float": (("Float",), 0, 0),
    "Double": (("Float",), 0, 0), "Bit": (("Boolean", "Bytes"), 1, 1), "Char": (("String",), 1, 1),
    "VarChar": (("String",), 1, 1), "Binary": (("Bytes",), 1, 1), "VarBinary": (("Bytes",), 1, 1),
    "TinyBlob": (("Bytes",), 0, 0), "Blob": (("Bytes",), 0, 0), "MediumBlob": (("Bytes",), 0, 0),
    "LongBlob": (("Bytes",), 0, 0), "TinyText": (("String",), 0, 0), "Text": (("String",), 0, 0),
    "MediumText": (("String",), 0, 0), "LongText": (("String",), 0, 0), "Date": (("DateTime",), 0, 0),
    "Time": (("DateTime",), 0, 1), "DateTime": (("DateTime",), 0, 1), "Timestamp": (("DateTime",), 0, 1),
    "Year": (("Int",), 0, 0), "Json": (("Json",), 0, 0),
}

NATIVE_TYPES = {"postgresql": _POSTGRES, "cockroachdb": _POSTGRES, "mysql": _MYSQL}


def _argument_text(expression: ast.Expression | None) -> str:
    """An argument as Prisma passes it to the connector: the expression as written (strings quoted),
    so that `VarChar("10")` is not a number."""
    return expression_text(expression)


def parse_native_type(
    field: ast.Field, attribute: ast.Attribute, prefix: str, ctx: Context, model: str
) -> NativeType | None:
    name = attribute.name[len(prefix) + 1 :]
    args = tuple(_argument_text(a.value) for a in attribute.arguments.arguments)
    provider = ctx.provider
    table = NATIVE_TYPES.get(provider or "")
    if table is None and provider != "sqlite":
        return NativeType(name, args)
    spec = (table or {}).get(name)
    if spec is None:
        ctx.core_error(f"Native type {name} is not supported for {provider} connector.", attribute.span, model, 3)
        return None
    scalars, least, most = spec
    if field.type.name not in ("String", "Int", "BigInt", "Float", "Decimal", "Boolean", "DateTime", "Json", "Bytes"):
        return None  # reported as an unknown attribute
    if not least <= len(args) <= most:
        if least == 0 and most > 0:
            message = f"Native type {name} takes {most} optional arguments, but received {len(args)}."
        else:
            message = f'Function "{name}" takes {least} arguments, but received {len(args)}.'
        ctx.core_error(message, attribute.span, model, 3)
        return None
    bad = [a for a in args if not a.isdigit()]
    if bad and name != "Decimal":
        ctx.core_error(f"Expected a nonnegative integer, but found ({', '.join(args)}).", attribute.span, model, 3)
        return None
    if name == "Decimal" and (len(args) == 1 or bad):
        ctx.core_error(
            f"Expected two nonnegative integers, but found ({', '.join(args)}).", attribute.span, model, 3
        )
        return None
    if field.type.name not in scalars:
        ctx.core_error(
            f"Native type {name} is not compatible with declared field type {field.type.name}, expected "
            f"field type {scalars[0]}.",
            attribute.span, model, 3)
        return None
    return NativeType(name, args)
