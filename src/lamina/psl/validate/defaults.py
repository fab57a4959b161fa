"""`@default(...)` → FieldDefault, with Prisma's argument checks."""

from __future__ import annotations

import base64
import binascii
from decimal import Decimal, InvalidOperation

from lamina.psl import ast
from lamina.psl.validate.arguments import Arguments, describe, expect_string, expression_text, mapped_name
from lamina.psl.validate.context import Context
from lamina.psl.validate.literals import datetime_problem, json_problem
from lamina.psl.validated import FieldDefault

_FUNCTIONS = ("now", "autoincrement", "dbgenerated", "sequence", "uuid", "cuid", "ulid", "nanoid", "auto")
_CONNECTOR_FUNCTIONS = {"sequence": ("cockroachdb",), "auto": ("mongodb",)}


def parse_default(
    field: ast.Field, attribute: ast.Attribute, kind: str, ctx: Context, model_name: str = ""
) -> FieldDefault | None:
    args = Arguments(attribute, "@default", ctx.diagnostics, default_name="value", model_name=model_name)
    value = args.take("value", positional=True)
    map_name = expect_string(args, args.take("map")) if value is not None else None
    if map_name == "":
        args.error("The `map` argument cannot be an empty string.")
        map_name = None
    args.finish()
    if value is None:
        args.missing("value")
        return None
    if isinstance(value, ast.FunctionCall):
        return _function_default(field, value, kind, args, map_name, ctx)
    literal = _literal(field, value, kind, args, ctx)
    if literal is _INVALID:
        return None
    return FieldDefault("value", literal, map_name)


_INVALID = object()


def _function_default(
    field, call: ast.FunctionCall, kind, args: Arguments, map_name, ctx: Context
) -> FieldDefault | None:
    name = call.name
    call_args = [a.value for a in call.arguments.arguments]
    type_name = field.type.name
    if name not in _FUNCTIONS or (name == "sequence" and ctx.provider not in _CONNECTOR_FUNCTIONS["sequence"]):
        ctx.core_error(
            f"Unknown function in @default(): `{name}` is not known. You can read about the available "
            "functions here: https://pris.ly/d/attribute-functions",
            call.span, args.model_name, ctx.SCALAR_FIELD,
        )
        return None
    if name == "dbgenerated":
        if not call_args:
            return FieldDefault("dbgenerated", None, map_name)
        if len(call_args) == 1 and isinstance(call_args[0], ast.StringValue) and call_args[0].value:
            return FieldDefault("dbgenerated", call_args[0].value, map_name)
        if len(call_args) == 1 and isinstance(call_args[0], ast.StringValue):
            args.error("dbgenerated() takes either no argument, or a single nonempty string argument.")
        else:
            args.error("`dbgenerated()` takes a single String argument")
        return None
    if name == "auto" and ctx.provider != "mongodb":
        args.error("The current connector does not support the `auto()` function.")
        return None
    if name == "now":
        if call_args:
            args.error("The `now` function does not take any argument. Consider changing this default to `now()`.")
            return None
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
        if call_args:
            args.error("The `autoincrement` function does not take any argument. Consider changing this default "
                       "to `autoincrement()`.")
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
    if name in ("uuid", "cuid", "nanoid") and not isinstance(only, ast.NumericValue):
        args.error(f"`{name}()` takes a single Int argument.")
        return _INVALID
    number = int(only.text) if isinstance(only, ast.NumericValue) and only.text.lstrip("-").isdigit() else None
    if name == "uuid" and number in (4, 7):
        return number
    if name == "cuid" and number in (1, 2):
        return number
    if name == "nanoid" and number is not None and 2 <= number <= 255:
        return number
    messages = {
        "uuid": "`uuid()` takes either no argument, or a single integer argument which is either 4 or 7.",
        "cuid": "`cuid()` takes either no argument, or a single integer argument which is either 1 or 2.",
        "ulid": "The `ulid` function does not take any argument. Consider changing this default to `ulid()`.",
        "nanoid": "`nanoid()` takes either no argument, or a single integer argument between 2 and 255.",
    }
    args.error(messages[name])
    return _INVALID


def _literal(field: ast.Field, value: ast.Expression, kind: str, args: Arguments, ctx: Context):
    if field.type.arity == "list":
        if not isinstance(value, ast.ArrayValue):
            args.error("The default value of a list field must be a list.")
            return _INVALID
        items = [_scalar_literal(field, item, kind, args, ctx) for item in value.items]
        return _INVALID if any(i is _INVALID for i in items) else tuple(items)
    if isinstance(value, ast.ArrayValue) and kind == "scalar":
        args.error("The default value of a non-list field cannot be a list.")
        return _INVALID
    return _scalar_literal(field, value, kind, args, ctx)


def _scalar_literal(field: ast.Field, value: ast.Expression, kind: str, args: Arguments, ctx: Context):
    type_name = field.type.name
    if kind == "enum":
        enum = ctx.enums[type_name]
        if not isinstance(value, ast.ConstantValue):
            args.error(f"Expected an enum value, but found `{expression_text(value)}`.")
            return _INVALID
        for enum_value in enum.values:
            if enum_value.name == value.name:
                return mapped_name(enum_value)
        args.error(f'The defined default value `{value.name}` is not a valid value of the enum '
                   f'specified for the field.', value.span)
        return _INVALID
    if kind == "unsupported":
        args.error("Only @default(dbgenerated(\"...\")) can be used for Unsupported types.")
        return _INVALID
    expected = "Boolean" if type_name == "Boolean" else type_name
    match type_name, value:
        case "String", ast.StringValue():
            return value.value
        case "DateTime", ast.StringValue():
            problem = datetime_problem(value.value)
            if problem:
                args.error(f'Parse error: "{value.value}" is not a valid rfc3339 datetime string. ({problem})')
                return _INVALID
            return value.value
        case "Json", ast.StringValue():
            problem = json_problem(value.value)
            if problem:
                args.error(f'Parse error: "{value.value}" is not a valid JSON string. ({problem})')
                return _INVALID
            return value.value
        case "Bytes", ast.StringValue():
            try:
                return base64.b64decode(value.value, validate=True)
            except (binascii.Error, ValueError):
                args.error(
                    f'Parse error: "{value.value}" is not a valid base64 string. (Could not convert from '
                    "`base64 encoded bytes` to `PrismaValue::Bytes`)"
                )
                return _INVALID
        case "Int" | "BigInt", ast.NumericValue():
            if "." in value.text:
                args.error(f'Parse error: "{value.text}" is not a valid integer. (invalid digit found in string)')
                return _INVALID
            return int(value.text)
        case "Decimal", ast.StringValue() | ast.NumericValue():
            text = value.value if isinstance(value, ast.StringValue) else value.text
            try:
                return Decimal(text)
            except InvalidOperation:
                args.diagnostics.error(
                    f'Error parsing attribute "default": Parse error: "{text}" is not a valid decimal. '
                    "(invalid digit found in string)",
                    args.attribute.span,
                )
                return _INVALID
        case "Float", ast.NumericValue():
            return Decimal(value.text)
        case "Boolean", ast.ConstantValue(name="true" | "false"):
            return value.name == "true"
    args.error(f"Expected a {expected} value, but found `{expression_text(value)}`.")
    return _INVALID
