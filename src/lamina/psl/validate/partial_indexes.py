"""`where:` on @unique, @@unique and @@index: the partialIndexes preview feature.

`where: raw("...")` takes the predicate as SQL; the object form `where: { field: value, ... }` takes
conditions joined with AND, each value `true`, `false`, `null`, a string, a number or `{ not: value }`,
checked against the field's type (`IndexWhere.sql` writes the predicate).
"""

from __future__ import annotations

from lamina.psl import ast
from lamina.psl.validate.arguments import Arguments, mapped_name
from lamina.psl.validate.context import Context
from lamina.psl.validated import IndexWhere, ModelIndex, WhereCondition

_RAW_EXAMPLE = "`where: raw(\"status = 'active'\")`"
_INVALID_VALUE = "in where clause. Expected true, false, null, a string, a number, or an object like { not: null }."
_NUMBER_TYPES = ("Int", "BigInt", "Float", "Decimal")
_VALUE_NAMES = {"boolean": "Boolean", "string": "a String", "number": "a Number"}


def parse_where(args: Arguments, value: ast.Expression | None, model: ast.Model, ctx: Context) -> IndexWhere | None:
    """The `where:` argument, or None (absent, or an error reported)."""
    if value is None:
        return None
    match value:
        case ast.FunctionCall(name="raw", arguments=arguments):
            first = arguments.arguments[0].value if arguments.arguments else None
            if not isinstance(first, ast.StringValue):
                if first is not None:
                    args.error_expected("string", first)
                args.attribute_error(f"The `where` argument must be a raw() function with a string argument, "
                                     f"e.g. {_RAW_EXAMPLE}.")
                return None
            if not first.value:
                args.attribute_error("The `where` argument cannot contain an empty string.")
                return None
            return IndexWhere(first.value)
        case ast.ObjectValue(entries=entries):
            if not entries:
                args.attribute_error("The `where` argument cannot be an empty object.")
                return None
            conditions = []
            for entry in entries:  # Prisma reports the first wrong condition only
                condition = _condition(args, entry, model, ctx)
                if condition is None:
                    return None
                conditions.append(condition)
            return IndexWhere(None, tuple(conditions))
        case ast.FunctionCall():
            pass
        case _:
            args.error_expected("function", value)
    args.attribute_error(f"The `where` argument must be either a raw() function call or an object literal, "
                         f"e.g. {_RAW_EXAMPLE} or `where: {{ active: true }}`.")
    return None


def _condition(args: Arguments, entry: ast.ObjectEntry, model: ast.Model, ctx: Context) -> WhereCondition | None:
    field = next((f for f in model.fields if f.name == entry.name), None)
    if field is None:
        args.attribute_error(f"Field '{entry.name}' does not exist in model '{model.name}'.")
        return None
    kind = ctx.field_kind(field.type)
    if kind in ("relation", None):
        args.attribute_error(f"Field '{entry.name}' is a relation field. Only scalar fields can be used in the "
                             "where clause.")
        return None
    if kind in ("unsupported", "composite"):
        what = "an unsupported type" if kind == "unsupported" else "a composite type"
        args.attribute_error(f"Field '{entry.name}' is {what} and cannot be used in the object syntax of a where "
                             "clause. Use raw() instead.")
        return None
    negated = False
    value = entry.value
    if isinstance(value, ast.ObjectValue):
        if len(value.entries) != 1:
            args.attribute_error("Nested object in where clause must have exactly one key. Use `{ not: null }` "
                                 'or `{ not: "value" }`.')
            return None
        nested = value.entries[0]
        if nested.name != "not":
            args.attribute_error(f"Unknown key '{nested.name}' in nested where clause object. Only 'not' is "
                                 "supported.")
            return None
        negated, value = True, nested.value
    parsed = _value(args, value)
    if parsed is None:
        return None
    value_kind, text = parsed
    if value_kind != "null" and not _accepts(field.type.name, kind, value_kind):
        if kind == "enum":
            args.attribute_error(f"Type mismatch: field '{entry.name}' is an Enum and only accepts String values "
                                 "in the where clause.")
        else:
            args.attribute_error(f"Type mismatch: field '{entry.name}' is of type {field.type.name}, but the value "
                                 f"is {_VALUE_NAMES[value_kind]}.")
        return None
    return WhereCondition(entry.name, mapped_name(field), negated, value_kind, text)


def _value(args: Arguments, value: ast.Expression) -> tuple[str, str | None] | None:
    match value:
        case ast.ConstantValue(name="true" | "false" as name):
            return "boolean", name
        case ast.ConstantValue(name="null"):
            return "null", None
        case ast.ConstantValue(name=name):
            args.attribute_error(f"Invalid value '{name}' {_INVALID_VALUE}")
        case ast.StringValue(value=text):
            return "string", text
        case ast.NumericValue(text=text):
            return "number", text
        case _:
            args.attribute_error(f"Invalid value {_INVALID_VALUE}")
    return None


def _accepts(type_name: str, kind: str, value_kind: str) -> bool:
    if kind == "enum":
        return value_kind == "string"
    if type_name == "Boolean":
        return value_kind == "boolean"
    if type_name in ("String", "DateTime"):
        return value_kind == "string"
    if type_name in _NUMBER_TYPES:
        return value_kind == "number"
    return False


def check_partial_index(index: ModelIndex, label: str, model: str, ctx: Context) -> None:
    """Stage two: the preview feature is on, and the connector takes partial indexes."""
    if index.where is None:
        return
    if "partialIndexes" not in ctx.preview_features:
        ctx.core_error(f'Error parsing attribute "{label}": Partial indexes are a preview feature. Add '
                       '"partialIndexes" to previewFeatures in your generator block.', index.span, model, ctx.INDEX)
    elif ctx.provider not in ("postgresql", "cockroachdb", "sqlite", "sqlserver"):
        ctx.core_error(f'Error parsing attribute "{label}": Partial indexes (with a `where` clause) are not '
                       "supported by the current connector.", index.span, model, ctx.INDEX)
