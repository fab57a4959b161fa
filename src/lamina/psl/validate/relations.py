"""Relation fields: pair both sides, name the relation, decide inline (FK) or implicit many-to-many."""

from __future__ import annotations

from dataclasses import dataclass

from lamina.psl import ast
from lamina.psl.validate import constraint_names
from lamina.psl.validate.arguments import Arguments
from lamina.psl.validate.context import Context
from lamina.psl.validate.models import ModelDraft
from lamina.psl.validated import ImplicitManyToMany, InlineRelation, RelationField

_ACTIONS = ("Cascade", "Restrict", "NoAction", "SetNull", "SetDefault")


@dataclass(frozen=True)
class _RelationArgs:
    name: str | None
    fields: tuple[str, ...]
    references: tuple[str, ...]
    on_delete: str | None
    on_update: str | None
    map: str | None
    has_fields: bool


def _names(args: Arguments, value: ast.Expression | None) -> tuple[str, ...]:
    if value is None:
        return ()
    if isinstance(value, ast.ArrayValue):
        names = []
        for item in value.items:
            if isinstance(item, ast.ConstantValue):
                names.append(item.name)
            else:
                args.error_expected("constant", item)
        return tuple(names)
    if isinstance(value, ast.ConstantValue):
        return (value.name,)
    args.error_expected("array", value)
    return ()


def _action(args: Arguments, value: ast.Expression | None) -> str | None:
    if value is None:
        return None
    if isinstance(value, ast.ConstantValue) and value.name in _ACTIONS:
        return value.name
    args.error(f"Invalid referential action: `{getattr(value, 'name', '')}`", value.span)
    return None


def _relation_args(field: ast.Field, ctx: Context) -> _RelationArgs:
    attribute = next((a for a in field.attributes if a.name == "relation"), None)
    if attribute is None:
        return _RelationArgs(None, (), (), None, None, None, False)
    args = Arguments(attribute, "@relation", ctx.diagnostics, default_name="name")
    name = args.take("name", positional=True)
    fields = args.take("fields")
    references = args.take("references")
    on_delete = args.take("onDelete")
    on_update = args.take("onUpdate")
    map_value = args.take("map")
    args.finish()
    if name is not None and not isinstance(name, ast.StringValue):
        args.error_expected("string", name)
    return _RelationArgs(
        name=name.value if isinstance(name, ast.StringValue) else None,
        fields=_names(args, fields),
        references=_names(args, references),
        on_delete=_action(args, on_delete),
        on_update=_action(args, on_update),
        map=map_value.value if isinstance(map_value, ast.StringValue) else None,
        has_fields=fields is not None,
    )


def _default_name(model_a: str, model_b: str) -> str:
    first, second = sorted((model_a, model_b), key=lambda n: n.encode())
    return f"{first}To{second}"


@dataclass(frozen=True)
class Relations:
    fields: dict[tuple[str, str], RelationField]  # (model, field) → RelationField
    inline: tuple[InlineRelation, ...]
    many_to_many: tuple[ImplicitManyToMany, ...]


def resolve_relations(drafts: list[ModelDraft], ctx: Context) -> Relations:
    by_name = {d.ast.name: d for d in drafts}
    parsed = {(d.ast.name, f.name): _relation_args(f, ctx) for d in drafts for f in d.relation_fields}
    opposite: dict[tuple[str, str], tuple[str, str] | None] = {}
    for draft in drafts:
        model = draft.ast.name
        for field in draft.relation_fields:
            key = (model, field.name)
            target = by_name.get(field.type.name)
            mine = parsed[key]
            candidates = [
                (target.ast.name, other.name)
                for other in (target.relation_fields if target else ())
                if other.type.name == model
                and parsed[(target.ast.name, other.name)].name == mine.name
                and (target.ast.name, other.name) != key
            ]
            opposite[key] = candidates[0] if candidates else None
            if not candidates:
                ctx.error(
                    f"Error validating field `{field.name}` in model `{model}`: The relation field "
                    f"`{field.name}` on model `{model}` is missing an opposite relation field on the model "
                    f"`{field.type.name}`. Either run `prisma format` or add it manually.",
                    field.span,
                )
    fields: dict[tuple[str, str], RelationField] = {}
    inline: list[InlineRelation] = []
    many: list[ImplicitManyToMany] = []
    done: set[tuple[str, str]] = set()
    for draft in drafts:
        model = draft.ast.name
        for field in draft.relation_fields:
            key = (model, field.name)
            mine = parsed[key]
            other_key = opposite[key]
            relation_name = mine.name or _default_name(model, field.type.name)
            fields[key] = RelationField(
                name=field.name,
                related_model=field.type.name,
                arity=field.type.arity,
                relation_name=relation_name,
                fields=mine.fields,
                references=mine.references,
                on_delete=mine.on_delete,
                on_update=mine.on_update,
                map=mine.map,
                is_ignored=any(a.name == "ignore" for a in field.attributes),
                span=field.span,
            )
            if other_key is None or key in done:
                continue
            done.update((key, other_key))
            other_field = next(f for f in by_name[other_key[0]].relation_fields if f.name == other_key[1])
            theirs = parsed[other_key]
            if field.type.arity == "list" and other_field.type.arity == "list":
                many.append(_many_to_many(relation_name, key, other_key))
                continue
            if mine.has_fields and theirs.has_fields:
                ctx.error(
                    f'Error parsing attribute "@relation": The relation fields `{field.name}` on Model '
                    f"`{model}` and `{other_field.name}` on Model `{other_key[0]}` both provide the "
                    "`references` argument in the @relation attribute. You have to provide it only on one "
                    "of the two fields.",
                    field.span,
                )
                continue
            if mine.has_fields:
                forward, forward_args = (draft, field), mine
            elif theirs.has_fields:
                forward, forward_args = (by_name[other_key[0]], other_field), theirs
            else:
                _missing_fields(field, other_field, model, other_key[0], ctx)
                continue
            relation = _inline(relation_name, forward, forward_args, by_name, ctx)
            if relation is not None:
                inline.append(relation)
    return Relations(fields, tuple(inline), tuple(many))


def _missing_fields(field: ast.Field, other: ast.Field, model: str, other_model: str, ctx: Context) -> None:
    if field.type.arity == "list" or other.type.arity == "list":
        single, single_model = (other, other_model) if field.type.arity == "list" else (field, model)
        ctx.error(
            f'Error parsing attribute "@relation": The relation field `{single.name}` on Model '
            f"`{single_model}` must specify the `fields` argument in the @relation attribute. You can run "
            "`prisma format` to fix this automatically.",
            single.span,
        )
        return
    ctx.error(
        f'Error parsing attribute "@relation": The relation fields `{field.name}` on Model `{model}` and '
        f"`{other.name}` on Model `{other_model}` do not provide the `fields` argument in the @relation "
        "attribute. You have to provide it on one of the two fields.",
        field.span,
    )


def _many_to_many(name: str, key: tuple[str, str], other_key: tuple[str, str]) -> ImplicitManyToMany:
    if key[0] == other_key[0]:
        first, second = sorted((key, other_key), key=lambda k: k[1].encode())
    else:
        first, second = sorted((key, other_key), key=lambda k: k[0].encode())
    return ImplicitManyToMany(name, first[0], second[0], first[1], second[1])


def _inline(name, forward, args: _RelationArgs, by_name, ctx: Context) -> InlineRelation | None:
    draft, field = forward
    target = by_name[field.type.name]
    columns = []
    required = False
    for field_name in args.fields:
        scalar = next((s for s in draft.scalar_fields if s.name == field_name), None)
        if scalar is None:
            ctx.error(
                f'Error parsing attribute "@relation": The argument fields must refer only to existing '
                f"fields. The following fields do not exist in this model: {field_name}",
                field.span,
            )
            return None
        columns.append(scalar.db_name)
        required = required or scalar.arity == "required"
    for reference in args.references:
        if not any(s.name == reference for s in target.scalar_fields):
            ctx.error(
                f'Error parsing attribute "@relation": The argument `references` must refer only to '
                f"existing fields in the related model `{target.ast.name}`. The following fields do not "
                f"exist in the related model: {reference}",
                field.span,
            )
            return None
    if len(args.fields) != len(args.references):
        ctx.error(
            'Error parsing attribute "@relation": You must specify the same number of fields in `fields` '
            "and `references`.",
            field.span,
        )
        return None
    if required:
        default_delete = "NoAction" if ctx.provider == "sqlserver" else "Restrict"
    else:
        default_delete = "SetNull"
    return InlineRelation(
        name=name,
        model=draft.ast.name,
        field=field.name,
        fields=args.fields,
        referenced_model=target.ast.name,
        references=args.references,
        on_delete=args.on_delete or default_delete,
        on_update=args.on_update or "Cascade",
        fk_name=args.map or constraint_names.foreign_key_name(draft.db_name, columns, ctx.name_limit),
    )
