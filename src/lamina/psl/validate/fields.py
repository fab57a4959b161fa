"""Second pass: every field type must name a scalar, an enum, a model or a composite type."""

from __future__ import annotations

from lamina.psl import ast
from lamina.psl.validate.context import Context


def resolve_types(tops: list[ast.Top], ctx: Context) -> None:
    for top in tops:
        if not isinstance(top, ast.Model):
            continue
        for field in top.fields:
            if ctx.field_kind(field.type) is None:
                ctx.error(
                    f'Type "{field.type.name}" is neither a built-in type, nor refers to another model, '
                    "composite type, or enum.",
                    field.type.span,
                )
