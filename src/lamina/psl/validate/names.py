"""First pass: top-level names, field names and enum value names must be unique."""

from __future__ import annotations

from lamina.diagnostics import Span
from lamina.psl import ast
from lamina.psl.validate.context import Context

_KIND_LABEL = {"model": "model", "view": "view", "type": "composite type"}


def _top_kind(top: ast.Top) -> str:
    match top:
        case ast.Model(kind=kind):
            return _KIND_LABEL[kind]
        case ast.Enum():
            return "enum"
        case ast.ConfigBlock(kind=kind):
            return kind
    return "block"


def resolve_names(tops: list[ast.Top], ctx: Context) -> None:
    seen: dict[str, ast.Top] = {}
    configs: dict[tuple[str, str], ast.ConfigBlock] = {}
    for top in tops:
        if isinstance(top, ast.ConfigBlock):
            _unique_keys(top, ctx)
            key = (top.kind, top.name)
            if key in configs:
                ctx.error(
                    f'The {top.kind} "{top.name}" cannot be defined because a {top.kind} with that name '
                    "already exists.",
                    top.name_span,
                )
            configs[key] = top
            continue
        existing = seen.get(top.name)
        if existing is not None:
            ctx.error(
                f'The {_top_kind(top)} "{top.name}" cannot be defined because a {_top_kind(existing)} '
                "with that name already exists.",
                top.name_span,
            )
            continue
        seen[top.name] = top
        if isinstance(top, ast.Model | ast.Enum):
            kind = "Enum" if isinstance(top, ast.Enum) else {"model": "Model", "view": "View", "type": "Composite Type"}[top.kind]
            _check_name(top.name, top.name_span, kind, ctx)
        match top:
            case ast.Model(kind="type"):
                ctx.composite_types[top.name] = top
            case ast.Model():
                ctx.models[top.name] = top
            case ast.Enum():
                ctx.enums[top.name] = top
    for top in tops:
        match top:
            case ast.Model():
                _reserved(top, ctx)
                _unique_fields(top, ctx)
            case ast.Enum():
                _unique_values(top, ctx)


RESERVED_MODEL_NAMES = ("PrismaClient",)


def _reserved(model: ast.Model, ctx: Context) -> None:
    if model.name in RESERVED_MODEL_NAMES:
        ctx.error(
            f'Error validating model "{model.name}": The model name `{model.name}` is invalid. It is a reserved '
            "name. Please change it. Read more at https://pris.ly/d/naming-models",
            model.span,
        )


def _unique_keys(block: ast.ConfigBlock, ctx: Context) -> None:
    where = f'source "{block.name}"' if block.kind == "datasource" else f'generator "{block.name}"'
    seen: set[str] = set()
    for prop in block.properties:
        if prop.name in seen:
            span = Span(prop.span.file, prop.span.start, prop.span.start + len(prop.name))
            ctx.error(f'Key "{prop.name}" is already defined in {where}.', span)
        seen.add(prop.name)


def _check_name(name: str, span: Span, kind: str, ctx: Context) -> None:
    if name[:1].isdigit():
        ctx.error(f"Error validating: The name of a {kind} must not start with a number.", span)
    elif "-" in name:
        ctx.error(f"Error validating: The character `-` is not allowed in {kind} names.", span)


def _unique_fields(model: ast.Model, ctx: Context) -> None:
    container = _KIND_LABEL[model.kind]
    names: set[str] = set()
    for field in model.fields:
        _check_name(field.name, field.name_span, "Field", ctx)
        if field.name in names:
            ctx.error(f'Field "{field.name}" is already defined on {container} "{model.name}".', field.name_span)
        names.add(field.name)


def _unique_values(enum: ast.Enum, ctx: Context) -> None:
    names: set[str] = set()
    for value in enum.values:
        _check_name(value.name, Span(value.span.file, value.span.start, value.span.start + len(value.name)),
                    "Enum Value", ctx)
        if value.name in names:
            ctx.error(f'Value "{value.name}" is already defined on enum "{enum.name}".', value.span)
        names.add(value.name)
