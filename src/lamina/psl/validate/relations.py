"""Relation fields: pair both sides, name the relation, decide inline (FK) or implicit many-to-many."""

from __future__ import annotations

from dataclasses import dataclass

from lamina.psl import ast
from lamina.psl.validate import constraint_names
from lamina.psl.validate.context import Context
from lamina.psl.validate.models import ModelDraft
from lamina.psl.validated import ImplicitManyToMany, InlineRelation, RelationField

_CONNECTOR_NAMES = {"postgresql": "Postgres", "cockroachdb": "CockroachDB", "mysql": "MySQL",
                    "sqlite": "SQLite", "sqlserver": "SQL Server"}
_ACTIONS = ("Cascade", "Restrict", "NoAction", "SetNull", "SetDefault")


def _is_unique(draft: ModelDraft, names: tuple[str, ...]) -> bool:
    wanted = set(names)
    keys = [i.fields for i in draft.indexes if i.kind == "unique"]
    if draft.primary_key is not None:
        keys.append(draft.primary_key.fields)
    return any({f.field for f in key} == wanted for key in keys)


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
    parsed = {(d.ast.name, f.name): d.relation_args[f.name] for d in drafts for f in d.relation_fields}
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
                ctx.core_error(
                    f"Error validating field `{field.name}` in model `{model}`: The relation field "
                    f"`{field.name}` on model `{model}` is missing an opposite relation field on the model "
                    f"`{field.type.name}`. Either run `lamina format` or add it manually.",
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
                has_attribute=any(a.name == "relation" for a in field.attributes),
                explicit_name=mine.name or None,
            )
            if other_key is None or key in done:
                continue
            done.update((key, other_key))
            other_field = next(f for f in by_name[other_key[0]].relation_fields if f.name == other_key[1])
            theirs = parsed[other_key]
            if field.type.arity == "list" and other_field.type.arity == "list":
                if mine.has_fields or theirs.has_fields or mine.references or theirs.references:
                    for side in (field, other_field):
                        ctx.core_error(
                            "Error validating: Embedded many-to-many relations are not supported on "
                            f"{_CONNECTOR_NAMES.get(ctx.provider or '', ctx.provider)}. Please use the syntax "
                            "defined in https://pris.ly/d/relational-database-many-to-many",
                            side.span,
                        )
                    continue
                without_id = False
                for side, side_model in ((field, model), (other_field, other_key[0])):
                    related = by_name[side.type.name]
                    if related.primary_key is None:
                        without_id = True
                        ctx.core_error(
                            f"Error validating field `{side.name}` in model `{side_model}`: The relation field "
                            f"`{side.name}` on model `{side_model}` references `{related.ast.name}` which does "
                            "not have an `@id` field. Models without `@id` cannot be part of a many to many "
                            "relation. Use an explicit intermediate Model to represent this relationship.",
                            side.span,
                        )
                if not without_id:
                    many.append(_many_to_many(relation_name, key, other_key))
                continue
            sides = ((field, model, mine), (other_field, other_key[0], theirs))
            if _check_sides(sides, ctx):
                continue
            forward_side, back_side = sides if sides[0][2].has_fields else sides[::-1]
            forward = (by_name[forward_side[1]], forward_side[0])
            relation = _inline(relation_name, forward, forward_side[2], back_side[0], by_name, ctx)
            if relation is not None:
                inline.append(relation)
    return Relations(fields, tuple(inline), tuple(sorted(many, key=_position_of_field_a(drafts))))


def _both_provide(x, y, argument: str) -> str:
    (x_field, x_model, _), (y_field, y_model, _) = x, y
    return (
        f'Error parsing attribute "@relation": The relation fields `{x_field.name}` on Model `{x_model}` and '
        f"`{y_field.name}` on Model `{y_model}` both provide the `{argument}` argument in the @relation "
        "attribute. You have to provide it only on one of the two fields."
    )


def _neither_provides(x, y, argument: str) -> str:
    (x_field, x_model, _), (y_field, y_model, _) = x, y
    return (
        f'Error parsing attribute "@relation": The relation fields `{x_field.name}` on Model `{x_model}` and '
        f"`{y_field.name}` on Model `{y_model}` do not provide the `{argument}` argument in the @relation "
        "attribute. You have to provide it on one of the two fields."
    )


def _check_sides(sides, ctx: Context) -> bool:
    """Errors about which side carries `fields`/`references`; True when the relation is unusable."""
    first, second = sides
    found = False
    if first[2].has_fields and second[2].has_fields or first[2].references and second[2].references:
        for x, y in ((first, second), (second, first)):
            for argument, both in (
                ("references", bool(x[2].references and y[2].references)),
                ("fields", x[2].has_fields and y[2].has_fields),
            ):
                if both:
                    ctx.core_error(_both_provide(x, y, argument), x[0].span)
                    ctx.core_error(_both_provide(x, y, argument), y[0].span)
        return True
    listed = [s for s in sides if s[0].type.arity == "list"]
    if listed and (listed[0][2].on_delete or listed[0][2].on_update) and not listed[0][2].has_fields:
        single = next(s for s in sides if s is not listed[0])
        list_field, list_model, _ = listed[0]
        ctx.core_error(
            f'Error parsing attribute "@relation": The relation field `{list_field.name}` on Model '
            f"`{list_model}` must not specify the `onDelete` or `onUpdate` argument in the @relation attribute. "
            f"You must only specify it on the opposite field `{single[0].name}` on model `{single[1]}`, or in "
            "case of a many to many relation, in an explicit join table.",
            list_field.span,
        )
        return True
    if listed and (listed[0][2].has_fields or listed[0][2].references):
        single = next(s for s in sides if s is not listed[0])
        if not single[2].has_fields:
            ctx.core_error(_must_specify(single, "fields") + _FORMAT_HINT, single[0].span)
        if not single[2].references:
            ctx.core_error(_must_specify(single, "references"), single[0].span)
        list_field, list_model, _ = listed[0]
        ctx.core_error(
            f'Error parsing attribute "@relation": The relation field `{list_field.name}` on Model '
            f"`{list_model}` must not specify the `fields` or `references` argument in the @relation "
            f"attribute. You must only specify it on the opposite field `{single[0].name}` on model "
            f"`{single[1]}`.",
            list_field.span,
        )
        return True
    if first[2].has_fields or second[2].has_fields:
        side = first if first[2].has_fields else second
        if not side[2].references:
            ctx.core_error(_must_specify(side, "references"), side[0].span)
            found = True
        return found
    singular = [s for s in sides if s[0].type.arity != "list"]
    if len(singular) == 1:
        side = singular[0]
        ctx.core_error(_must_specify(side, "fields") + _FORMAT_HINT, side[0].span)
        ctx.core_error(_must_specify(side, "references"), side[0].span)
        return True
    for argument in ("fields", "references"):
        ctx.core_error(_neither_provides(second, first, argument), second[0].span)
        ctx.core_error(_neither_provides(first, second, argument), first[0].span)
    return True


_FORMAT_HINT = " You can run `lamina format` to fix this automatically."


def _must_specify(side, argument: str) -> str:
    field, model, _ = side
    return (
        f'Error parsing attribute "@relation": The relation field `{field.name}` on Model `{model}` must '
        f"specify the `{argument}` argument in the @relation attribute."
    )


def _position_of_field_a(drafts: list[ModelDraft]):
    """Prisma meets an implicit m-n relation at its model A's field, walking models in order and
    fields in order (`infer_relations` in parser-database `relations.rs`); its join tables follow
    in that order."""
    positions = {(d.ast.name, f.name): (i, j) for i, d in enumerate(drafts) for j, f in enumerate(d.relation_fields)}
    return lambda relation: positions[(relation.model_a, relation.field_a)]


def _many_to_many(name: str, key: tuple[str, str], other_key: tuple[str, str]) -> ImplicitManyToMany:
    if key[0] == other_key[0]:
        first, second = sorted((key, other_key), key=lambda k: k[1].encode())
    else:
        first, second = sorted((key, other_key), key=lambda k: k[0].encode())
    return ImplicitManyToMany(name, first[0], second[0], first[1], second[1])


def _inline(name, forward, args: RelationArgs, back: ast.Field, by_name, ctx: Context) -> InlineRelation | None:
    draft, field = forward
    target = by_name[field.type.name]
    columns = []
    required = False
    scalars = []
    for field_name in args.fields:
        scalar = next((s for s in draft.scalar_fields if s.name == field_name), None)
        if scalar is None:
            return None  # reported with the attribute
        scalars.append(scalar)
        columns.append(scalar.db_name)
        required = required or scalar.arity == "required"
    referenced = []
    for reference in args.references:
        scalar = next((s for s in target.scalar_fields if s.name == reference), None)
        if scalar is None:
            return None
        referenced.append(scalar)
    attribute = next(a for a in field.attributes if a.name == "relation")
    if len(args.fields) != len(args.references):
        ctx.core_error(
            "Error validating: You must specify the same number of fields in `fields` and `references`.",
            attribute.span,
        )
        return None
    if field.type.arity == "required" and any(s.arity == "optional" for s in scalars):
        ctx.core_error(
            f"Error validating: The relation field `{field.name}` uses the scalar fields "
            f"{', '.join(args.fields)}. At least one of those fields is optional. Hence the relation field must "
            "be optional as well.",
            field.span,
        )
        return None
    if args.map is not None and len(args.map.encode()) > ctx.name_limit:
        ctx.core_error(
            f'Error validating model "{draft.ast.name}": The constraint name \'{args.map}\' specified in the `map` '
            "argument for the `@relation` constraint is too long for your chosen provider. The maximum allowed "
            f"length is {ctx.name_limit} bytes.",
            attribute.span,
        )
        return None
    if target.is_ignored and not any(a.name == "ignore" for a in field.attributes) and not draft.is_ignored:
        ctx.core_error(
            f'Error parsing attribute "@ignore": The relation field `{field.name}` on Model `{draft.ast.name}` '
            f"must specify the `@ignore` attribute, because the model {target.ast.name} it is pointing to is "
            "marked ignored.",
            field.span,
        )
        return None
    if ctx.relation_mode == "prisma":
        for action in (args.on_delete, args.on_update):
            if action == "SetDefault":
                ctx.core_error(
                    "Error validating: Invalid referential action: `SetDefault`. Allowed values: (`Cascade`, "
                    "`Restrict`, `NoAction`, `SetNull`)",
                    attribute.span,
                )
                return None
    if not _is_unique(target, args.references):
        names = args.references
        hint = (
            f"Consider adding an `@unique` attribute to the field `{names[0]}` in the model `{target.ast.name}`."
            if len(names) == 1
            else f"Consider adding an `@@unique([{', '.join(names)}])` attribute to the model `{target.ast.name}`."
        )
        ctx.core_error(
            'Error parsing attribute "@relation": The argument `references` must refer to a unique criterion '
            f"in the related model. {hint}",
            field.span,
        )
        return None
    if back.type.arity != "list" and not _is_unique(draft, args.fields):
        hint = (
            f"Either add an `@unique` attribute to the field `{args.fields[0]}`"
            if len(args.fields) == 1
            else f"Either add an `@@unique([{', '.join(args.fields)}])` attribute to the model"
        )
        ctx.core_error(
            'Error parsing attribute "@relation": A one-to-one relation must use unique fields on the defining '
            f"side. {hint}, or change the relation to one-to-many.",
            field.span,
        )
        return None
    for mine, theirs in zip(scalars, referenced):
        if (mine.type_name, mine.native_type) != (theirs.type_name, theirs.native_type) and (
            mine.type_name != theirs.type_name
        ):
            ctx.core_error(
                f'Error parsing attribute "@relation": The type of the field `{mine.name}` in the model '
                f"`{draft.ast.name}` is not matching the type of the referenced field `{theirs.name}` in model "
                f"`{target.ast.name}`.",
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
