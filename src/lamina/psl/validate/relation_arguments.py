"""Relation attributes read with the fields: `fields`/`references` must name existing scalar fields,
and relation fields pointing to the same model must not be ambiguous."""

from __future__ import annotations

from dataclasses import dataclass

from lamina.psl import ast
from lamina.psl.validate.arguments import Arguments, expect_string
from lamina.psl.validate.context import Context

_ACTIONS = ("Cascade", "Restrict", "NoAction", "SetNull", "SetDefault")


def check_ambiguity(drafts, ctx: Context) -> None:
    """Two relation fields of a model pointing to the same model need distinct relation names."""
    for draft in drafts:
        model = draft.ast.name
        seen: dict[tuple[str, str | None], ast.Field] = {}
        for field in draft.relation_fields:
            name = _explicit_name(field)
            key = (field.type.name, name)
            first = seen.get(key)
            if first is not None and field.type.name == model and name is None:
                if first.type.arity == "list" and field.type.arity == "list":
                    ctx.core_error(
                        f'Error validating model "{model}": Ambiguous self relation detected. The fields '
                        f"`{first.name}` and `{field.name}` in model `{model}` both refer to `{model}`. If they "
                        "are part of the same relation add the same relation name for them with "
                        "`@relation(<name>)`.",
                        first.span, model, ctx.RELATION_FIELD,
                    )
            elif first is not None and field.type.name != model:
                ctx.core_error(
                    f'Error validating model "{model}": Ambiguous relation detected. The fields '
                    f"`{first.name}` and `{field.name}` in model `{model}` both refer to "
                    f"`{field.type.name}`. Please provide different relation names for them by adding "
                    "`@relation(<name>).",
                    first.span, model, ctx.RELATION_FIELD,
                )
            seen.setdefault(key, field)


def check_relation_field_arguments(model: ast.Model, field: ast.Field, ctx: Context) -> None:
    """`fields` and `references` must name existing scalar fields (reported with the attributes)."""
    attribute = next((a for a in field.attributes if a.name == "relation"), None)
    if attribute is None:
        return
    values = {a.name: a.value for a in attribute.arguments.arguments}
    _check_names(model, _plain_names(values.get("fields")), None, attribute, ctx)
    target = ctx.models.get(field.type.name)
    if target is not None:
        _check_names(target, _plain_names(values.get("references")), target.name, attribute, ctx)


def _check_names(model: ast.Model, names: list[str], related: str | None, attribute, ctx: Context) -> None:
    kinds = ctx.field_kinds(model)
    missing = [n for n in names if n not in kinds]
    relational = [n for n in names if n in kinds and kinds[n] in ("relation", None)]
    argument = "fields" if related is None else "`references`"
    where = "" if related is None else f" in the related model `{related}`"
    if missing:
        what = "in this model" if related is None else "in the related model"
        ctx.error(
            f"Error validating: The argument {argument} must refer only to existing fields{where}. The following "
            f"fields do not exist {what}: {', '.join(missing)}",
            attribute.span,
        )
    elif relational:
        ctx.error(
            f"Error validating: The argument {argument} must refer only to scalar fields{where}. But it is "
            f"referencing the following relation fields: {', '.join(relational)}",
            attribute.span,
        )


def _explicit_name(field: ast.Field) -> str | None:
    for attribute in field.attributes:
        if attribute.name == "relation":
            for index, argument in enumerate(attribute.arguments.arguments):
                if (argument.name == "name" or argument.name is None) and isinstance(
                    argument.value, ast.StringValue
                ) and argument.value.value:
                    return argument.value.value
    return None


def _plain_names(value) -> list[str]:
    if isinstance(value, ast.ArrayValue):
        return [i.name for i in value.items if isinstance(i, ast.ConstantValue)]
    if isinstance(value, ast.ConstantValue):
        return [value.name]
    return []


@dataclass(frozen=True)
class RelationArgs:
    name: str | None
    fields: tuple[str, ...]
    references: tuple[str, ...]
    on_delete: str | None
    on_update: str | None
    map: str | None
    has_fields: bool


def _names(args: Arguments, value: ast.Expression | None) -> tuple[str, ...]:
    """`fields:`/`references:`: constants, or one constant standing for a list of one (Prisma's
    coerce_array)."""
    if value is None:
        return ()
    names = []
    for item in value.items if isinstance(value, ast.ArrayValue) else (value,):
        if isinstance(item, ast.ConstantValue):
            names.append(item.name)
        else:
            args.error_expected("constant", item)
    return tuple(names)


def _action(args: Arguments, value: ast.Expression | None) -> str | None:
    if value is None:
        return None
    if not isinstance(value, ast.ConstantValue):
        args.error_expected("constant", value)
        return None
    if value.name in _ACTIONS:
        return value.name
    args.error(f"Invalid referential action: `{value.name}`", value.span)
    return None


def _name(args: Arguments, value: ast.Expression | None, message: str) -> str | None:
    """A string argument that may not be empty (`message` says so)."""
    text = expect_string(args, value)
    if text == "":
        args.error(message)
        return None
    return text


def relation_args(field: ast.Field, ctx: Context) -> RelationArgs:
    """The arguments of `@relation`, read in Prisma's order: fields, references, name, onDelete,
    onUpdate, map."""
    attribute = next((a for a in field.attributes if a.name == "relation"), None)
    if attribute is None:
        return RelationArgs(None, (), (), None, None, None, False)
    args = Arguments(attribute, "@relation", ctx.diagnostics, default_name="name")
    fields = args.take("fields")
    field_names = _names(args, fields)
    references = _names(args, args.take("references"))
    name = _name(args, args.take("name", positional=True), "A relation cannot have an empty name.")
    on_delete = _action(args, args.take("onDelete"))
    on_update = _action(args, args.take("onUpdate"))
    map_name = _name(args, args.take("map"), "The `map` argument cannot be an empty string.")
    args.finish()
    return RelationArgs(
        name=name,
        fields=field_names,
        references=references,
        on_delete=on_delete,
        on_update=on_update,
        map=map_name,
        has_fields=bool(field_names),  # `fields: []` counts as not given, as in Prisma
    )
