"""enum blocks → Enum (database names after @map / @@map, @@schema)."""

from __future__ import annotations

from lamina.psl import ast
from lamina.psl.validate.context import Context
from lamina.psl.validate.models import map_argument
from lamina.psl.validated import Enum, EnumValue

_VALUE_ATTRIBUTES = ("map",)
_BLOCK_ATTRIBUTES = ("map", "schema")


def build_enum(enum: ast.Enum, ctx: Context) -> Enum:
    values = []
    for value in enum.values:
        db_name, value_has_map = value.name, False
        for attribute in value.attributes:
            if attribute.name == "map":
                mapped = map_argument(attribute, "@map", ctx)
                db_name = value.name if mapped is None else mapped  # `@map("")`: the empty value
                value_has_map = True
            else:
                ctx.error(f'Attribute not known: "@{attribute.name}".', attribute.span)
        values.append(EnumValue(value.name, db_name, value.documentation, has_map=value_has_map))
    db_name, has_map = enum.name, False
    schema = None
    for attribute in enum.attributes:
        match attribute.name:
            case "map":
                db_name = map_argument(attribute, "@@map", ctx) or enum.name
                has_map = True
            case "schema":
                schema = map_argument(attribute, "@@schema", ctx)
            case _:
                ctx.error(f'Attribute not known: "@{attribute.name}".', attribute.span)
    if not enum.values:
        ctx.error(
            "Error validating: An enum must have at least one value.", enum.span
        )
    return Enum(enum.name, db_name, schema, tuple(values), enum.span, enum.documentation, has_map=has_map)
