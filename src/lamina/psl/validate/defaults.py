"""`@default(...)` → FieldDefault, with Prisma's argument checks."""

from __future__ import annotations

import base64
import binascii
from decimal import Decimal, InvalidOperation

from lamina.psl import ast
from lamina.psl.validate.arguments import Arguments, describe, expression_text
from lamina.psl.validate.context import Context
from lamina.psl.validated import FieldDefault

_FUNCTIONS = ("now", "autoincrement", "dbgenerated", "sequence", "uuid", "cuid", "ulid", "nanoid", "auto")


def parse_default(field: ast.Field, attribute: ast.Attribute, kind: str, ctx: Context) -> FieldDefault | None:
    args = Arguments(attribute, "@default", ctx.diagnostics, default_name="value")
    value = args.take("value", positional=True)
    map_expr = args.take("map")
    args.finish()
    if value is None:
        args.missing("value")
        return None
    map_name = map_expr.value if isinstance(map_expr, ast.StringValue) else None
    if isinstance(value, ast.FunctionCall):
        return _function_default(field, value, kind, args, map_name)
    literal = _literal(field, value, kind, args, ctx)
    if literal is _INVALID:
        return None
    return FieldDefault("value", literal, map_name)


_INVALID = object()


def _function_default(field, call: ast.FunctionCall, kind, args: Arguments, map_name) -> FieldDefault | None:
    name = call.name
    call_args = [a.value for a in call.arguments.arguments]
    type_name = field.type.name
    if name not in _FUNCTIONS:
        args.error(f"The function `{name}` is not a known function. You can read about the available "
                   "functions here: https://pris.ly/d/attribute-functions", call.span)
        return None
    if name == "dbgenerated":
        if not call_args:
            return FieldDefault("dbgenerated", None, map_name)
        if len(call_args) == 1 and isinstance(call_args[0], ast.StringValue) and call_args[0].value:
            return FieldDefault("dbgenerated", call_args[0].value, map_name)
        args.error("dbgenerated() takes either no argument, or a single nonempty string argument.")
        return None
    if name == "now":
        if type_name != "DateTime":
            args.error(f"The function `now()` cannot be used on fields of type `{type_name}`.", call.span)
            return None
        return FieldDefault("now", None, map_name)
    if name == "autoincrement":
        if type_name not in ("Int", "BigInt"):
            args.error(
                f"The function `autoincrement()` cannot be used on fields of type `{type_name}`.", call.span
            )
            return None
        return FieldDefault("autoincrement", None, map_name)
    if name in ("uuid", "cuid", "ulid", "nanoid"):
        if type_name != "String":
            args.error(
                f"The function `{name}()` cannot be used on fields of type `{type_name}`.", call.span
            )
            return None
        version = _version_argument(name, call_args, args)
        if version is _INVALID:
            return None
        return FieldDefault(name, version, map_name)
    return FieldDefault(name, None, map_name)


def _version_argument(name: str, call_args, args: Arguments):
    if not call_args:
        return None
    only = call_args[0] if len(call_args) == 1 else None
    number = int(only.text) if isinstance(only, ast.NumericValue) and only.text.lstrip("-").isdigit() else None
    if name == "uuid" and number in (4, 7):
        return number
    if name == "cuid" and number in (1, 2):
        return number
    if name == "nanoid" and number is not None and 2 <= number <= 255:
        return number
    messages = {
        "uuid": "`uuid()` takes a single Int argument.",
        "cuid": "`cuid()` takes a single Int argument.",
        "ulid": "`ulid()` takes no arguments",
        "nanoid": "`nanoid()` takes either no argument, or a single integer argument between 2 and 255.",
    }
    if name == "uuid" and number is not None:
        args.error("`uuid()` only takes versions 4 or 7 as arguments.")
    elif name == "cuid" and number is not None:
        args.error("`cuid()` only takes versions 1 or 2 as arguments.")
    else:
        args.error(messages[name])
    return _INVALID


def _literal(field: ast.Field, value: ast.Expression, kind: str, args: Arguments, ctx: Context):
    if field.type.arity == "list":
        if not isinstance(value, ast.ArrayValue):
            args.error_expected("array", value)
            return _INVALID
        items = [_scalar_literal(field, item, kind, args, ctx) for item in value.items]
        return _INVALID if any(i is _INVALID for i in items) else tuple(items)
    return _scalar_literal(field, value, kind, args, ctx)


def _scalar_literal(field: ast.Field, value: ast.Expression, kind: str, args: Arguments, ctx: Context):
    type_name = field.type.name
    if kind == "enum":
        enum = ctx.enums[type_name]
        if not isinstance(value, ast.ConstantValue):
            args.error(
                f"Expected a constant value, but received {describe(value)} value `{expression_text(value)}`.",
                value.span,
            )
            return _INVALID
        for enum_value in enum.values:
            if enum_value.name == value.name:
                return _enum_db_name(enum_value)
        args.error(f'The defined default value `{value.name}` is not a valid value of the enum '
                   f'specified for the field.', value.span)
        return _INVALID
    if kind == "unsupported":
        args.error("Only @default(dbgenerated(\"...\")) can be used for Unsupported types.")
        return _INVALID
    match type_name:
        case "String" | "DateTime" | "Json":
            if isinstance(value, ast.StringValue):
                return value.value
            args.error_expected("string", value)
        case "Bytes":
            if isinstance(value, ast.StringValue):
                try:
                    return base64.b64decode(value.value, validate=True)
                except (binascii.Error, ValueError):
                    args.error("Expected a base64 string, but received `" + value.value + "`.", value.span)
                    return _INVALID
            args.error_expected("string", value)
        case "Int" | "BigInt":
            if isinstance(value, ast.NumericValue) and "." not in value.text:
                return int(value.text)
            args.error_expected("numeric", value)
        case "Float" | "Decimal":
            if isinstance(value, ast.StringValue) and type_name == "Decimal":
                try:
                    return Decimal(value.value)
                except InvalidOperation:
                    pass
            if isinstance(value, ast.NumericValue):
                try:
                    return Decimal(value.text)
                except InvalidOperation:
                    pass
            args.error_expected("numeric", value)
        case "Boolean":
            if isinstance(value, ast.ConstantValue) and value.name in ("true", "false"):
                return value.name == "true"
            args.error_expected("boolean", value)
        case _:
            return _INVALID
    return _INVALID


def _enum_db_name(value: ast.EnumValue) -> str:
    for attribute in value.attributes:
        if attribute.name == "map" and attribute.arguments.arguments:
            mapped = attribute.arguments.arguments[0].value
            if isinstance(mapped, ast.StringValue):
                return mapped.value
    return value.name
