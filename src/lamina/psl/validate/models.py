"""One model or view block → its scalar fields, primary key and indexes (relations come later)."""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass

from lamina.psl import ast
from lamina.psl.validate import indexes
from lamina.psl.validate.arguments import Arguments, expect_string
from lamina.psl.validate.context import Context
from lamina.psl.validate.defaults import parse_default
from lamina.psl.validate.native_types import parse_native_type
from lamina.psl.validate.relation_arguments import RelationArgs, check_relation_field_arguments, relation_args
from lamina.psl.validated import ModelIndex, PrimaryKey, ScalarField

_SCALAR_ONLY_ATTRIBUTES = ("updatedAt",)
_FIELD_ATTRIBUTES = frozenset(("id", "unique", "default", "relation", "map", "updatedAt", "ignore", "shardKey"))
_SINGLE_FIELD_ATTRIBUTES = ("id", "unique", "default", "relation", "map", "updatedAt", "ignore")
_SINGLE_BLOCK_ATTRIBUTES = ("id", "map", "ignore", "schema")
# The order in which Prisma reads block attributes (and so reports their errors).
_BLOCK_ATTRIBUTE_ORDER = ("ignore", "id", "map", "schema", "index", "unique", "fulltext", "shardKey")


@dataclass(frozen=True)
class ModelDraft:
    ast: ast.Model
    db_name: str
    schema: str | None
    scalar_fields: tuple[ScalarField, ...]
    relation_fields: tuple[ast.Field, ...]
    primary_key: PrimaryKey | None
    indexes: tuple[ModelIndex, ...]
    is_ignored: bool
    pk_has_map: bool = False
    has_map: bool = False  # @@map was written (even naming the model itself)
    relation_args: dict[str, RelationArgs] = dataclasses.field(default_factory=dict)  # by relation field name


def map_argument(attribute: ast.Attribute, label: str, ctx: Context) -> str | None:
    args = Arguments(attribute, label, ctx.diagnostics, default_name="name")
    value = args.take("name", positional=True)
    args.finish()
    if value is None:
        args.missing("name")
        return None
    return expect_string(args, value)


def _report_duplicates(attributes: tuple[ast.Attribute, ...], singles, prefix: str, ctx: Context) -> None:
    if len(attributes) < 2:
        return
    counts: dict[str, int] = {}
    for attribute in attributes:
        counts[attribute.name] = counts.get(attribute.name, 0) + 1
    for attribute in attributes:
        if attribute.name in singles and counts[attribute.name] > 1:
            ctx.error(f'Attribute "{prefix}{attribute.name}" can only be defined once.', attribute.span)


def _first(attributes: tuple[ast.Attribute, ...], name: str) -> ast.Attribute | None:
    for attribute in attributes:
        if attribute.name == name:
            return attribute
    return None


def _first_by_name(attributes: tuple[ast.Attribute, ...]) -> dict[str, ast.Attribute]:
    """Attribute name → its first occurrence (what `_first` finds), for the lookups of one field."""
    if not attributes:
        return _NO_ATTRIBUTES
    first: dict[str, ast.Attribute] = {}
    for attribute in reversed(attributes):
        first[attribute.name] = attribute
    return first


_NO_ATTRIBUTES: dict[str, ast.Attribute] = {}


def _relation_field_attributes(field: ast.Field, ctx: Context) -> None:
    default = _first(field.attributes, "default")
    if default is not None:
        ctx.error(
            'Error parsing attribute "@default": Cannot set a default value on a relation field.', default.span
        )
    unique = _first(field.attributes, "unique")
    if unique is not None:
        relation = _first(field.attributes, "relation")
        scalars = []
        for argument in relation.arguments.arguments if relation else ():
            if argument.name == "fields" and isinstance(argument.value, ast.ArrayValue):
                scalars = [i.name for i in argument.value.items if isinstance(i, ast.ConstantValue)]
        hint = f" Did you mean to put it on `{', '.join(scalars)}`?" if scalars else ""
        ctx.error(
            f'Error parsing attribute "@unique": The field `{field.name}` is a relation field and cannot be '
            f"marked with `unique`. Only scalar fields can be made unique.{hint}",
            unique.span,
        )


def _has_argument(attribute: ast.Attribute, name: str) -> bool:
    return any(a.name == name for a in attribute.arguments.arguments)


def is_native_type(attribute: ast.Attribute, prefix: str | None) -> bool:
    return prefix is not None and attribute.name.startswith(prefix + ".")


def _check_field_attribute_names(field: ast.Field, kind: str, native_prefix: str | None, ctx: Context) -> None:
    """Reports the attributes of a field that are neither known field attributes nor native types."""
    for attribute in field.attributes:
        if attribute.name in _FIELD_ATTRIBUTES and not (
            kind == "relation" and attribute.name in _SCALAR_ONLY_ATTRIBUTES
        ):
            continue
        if is_native_type(attribute, native_prefix) and kind in ("scalar", "unsupported", None):
            continue
        if native_prefix is None and "." in attribute.name:
            continue  # without a valid datasource, native type attributes are not checked
        if is_native_type(attribute, native_prefix):
            ctx.error(f'Attribute not known: "@{attribute.name}".', attribute.span)
            continue
        prefix, dot, rest = attribute.name.partition(".")
        if dot and native_prefix:
            ctx.error(
                f"The prefix {prefix} is invalid. It must be equal to the name of an existing datasource "
                f"e.g. {native_prefix}. Did you mean to use {native_prefix}.{rest}?",
                attribute.span,
            )
        else:
            ctx.error(f'Attribute not known: "@{attribute.name}".', attribute.span)


def _check_id_fields_required(key: PrimaryKey, model: ast.Model, attribute: ast.Attribute, ctx: Context) -> None:
    arities = {f.name: f.type.arity for f in model.fields}
    optional = [f"`{f.field}`" for f in key.fields if arities.get(f.field) != "required"]
    if optional:
        noun = "field" if len(optional) == 1 else "fields"
        ctx.error(
            f'Error validating model "{model.name}": The id definition refers to the optional {noun} '
            f'{", ".join(optional)}. ID definitions must reference only required fields.',
            attribute.span,
        )


def build_model(model: ast.Model, ctx: Context, native_prefix: str | None) -> ModelDraft:
    table = model.name
    map_attribute = _first(model.attributes, "map")
    if map_attribute is not None:
        table = map_argument(map_attribute, "@@map", ctx) or model.name
    db_names: dict[str, str] = {}
    scalar_fields: list[ScalarField] = []
    relation_fields: list[ast.Field] = []
    primary_key: PrimaryKey | None = None
    field_uniques: list[ModelIndex] = []
    pk_has_map = False
    parsed_relations: dict[str, RelationArgs] = {}
    # Prisma checks the arity of an @id field only on models that are not @@ignore'd.
    is_ignored = _first(model.attributes, "ignore") is not None
    for field in model.fields:
        kind = ctx.field_kind(field.type)
        first = _first_by_name(field.attributes)
        if first:
            _report_duplicates(field.attributes, _SINGLE_FIELD_ATTRIBUTES, "@", ctx)
            if kind is not None:
                _check_field_attribute_names(field, kind, native_prefix, ctx)
        if kind is None:
            continue
        if kind == "relation":
            _relation_field_attributes(field, ctx)
            check_relation_field_arguments(model, field, ctx)
            parsed_relations[field.name] = relation_args(field, ctx)
            relation_fields.append(field)
            continue
        relation_attribute = first.get("relation")
        if relation_attribute is not None:
            args = Arguments(relation_attribute, "@relation", ctx.diagnostics)
            args.error("Invalid field type, not a relation.")
            args.finish()
        for name in ("updatedAt", "ignore"):
            attribute = first.get(name)
            if attribute is not None:
                Arguments(attribute, "@" + name, ctx.diagnostics).finish()
        db_name = field.name
        mapped = first.get("map")
        if mapped is not None:
            db_name = map_argument(mapped, "@map", ctx) or field.name
        db_names[field.name] = db_name
        default_attribute = first.get("default")
        default = parse_default(field, default_attribute, kind, ctx, model.name) if default_attribute else None
        native = None
        natives = [a for a in field.attributes if is_native_type(a, native_prefix)] if first and kind == "scalar" else ()
        if len(natives) > 1:
            ctx.error(f'Attribute "@{native_prefix}" can only be defined once.', natives[-1].span)
        elif natives:
            native = parse_native_type(field, natives[0], native_prefix, ctx, model.name)
        updated_at = first.get("updatedAt")
        if updated_at is not None and field.type.name != "DateTime":
            ctx.error(
                'Error parsing attribute "@updatedAt": Fields that are marked with @updatedAt must be of '
                "type DateTime.",
                updated_at.span,
            )
        if field.type.arity == "list" and ctx.provider in ("mysql", "sqlite", "sqlserver"):
            ctx.core_error(
                f'Field "{field.name}" in model "{model.name}" can\'t be a list. The current connector '
                "does not support lists of primitive types.",
                field.span, model.name, 3,
            )
        scalar_fields.append(
            ScalarField(
                name=field.name,
                db_name=db_name,
                type_name=field.type.name,
                is_enum=kind == "enum",
                arity=field.type.arity,
                native_type=native,
                default=default,
                is_updated_at=updated_at is not None,
                is_ignored=first.get("ignore") is not None,
                unsupported_type=field.type.unsupported.value if field.type.unsupported else None,
                span=field.span,
                documentation=field.documentation,
                has_map=mapped is not None,
            )
        )
        id_attribute = first.get("id")
        if id_attribute is not None and field.type.arity != "required" and not is_ignored:
            ctx.error(
                'Error parsing attribute "@id": Fields that are marked as id must be required.', id_attribute.span
            )
        elif id_attribute is not None:
            key = indexes.field_primary_key(field, id_attribute, table, db_name, ctx, model.name)
            pk_has_map = _has_argument(id_attribute, "map")
            if primary_key is not None:
                ctx.error(
                    f'Error validating model "{model.name}": At most one field must be marked as the id '
                    "field with the `@id` attribute.",
                    model.span,
                )
            primary_key = key
        unique_attribute = first.get("unique")
        if unique_attribute is not None:
            field_uniques.append(
                indexes.field_unique(field, unique_attribute, table, db_name, ctx, model)
            )

    block_indexes: dict[str, list[ModelIndex]] = {"index": [], "unique": [], "fulltext": []}
    schema = None
    for name in _BLOCK_ATTRIBUTE_ORDER:
        same = tuple(a for a in model.attributes if a.name == name)
        if name in _SINGLE_BLOCK_ATTRIBUTES:
            _report_duplicates(same, _SINGLE_BLOCK_ATTRIBUTES, "@", ctx)
        for attribute in same:
            match attribute.name:
                case "id":
                    key = indexes.block_primary_key(attribute, model, table, db_names, ctx)
                    if key is not None and not is_ignored:
                        _check_id_fields_required(key, model, attribute, ctx)
                    if key is not None and primary_key is not None and primary_key.is_field_level:
                        ctx.error(
                            f'Error validating model "{model.name}": Each model must have at most one id '
                            "criteria. You can't have `@id` and `@@id` at the same time.",
                            model.span,
                        )
                    primary_key = key or primary_key
                    pk_has_map = _has_argument(attribute, "map")
                case "unique" | "index" | "fulltext":
                    index = indexes.block_index(attribute, model, table, db_names, ctx)
                    if index is not None:
                        block_indexes[attribute.name].append(index)
                case "schema":
                    schema = map_argument(attribute, "@@schema", ctx)
    for attribute in model.attributes:
        if attribute.name not in _BLOCK_ATTRIBUTE_ORDER:
            ctx.error(f'Attribute not known: "@{attribute.name}".', attribute.span)
    all_indexes = field_uniques + block_indexes["index"] + block_indexes["unique"] + block_indexes["fulltext"]
    return ModelDraft(
        ast=model,
        db_name=table,
        schema=schema,
        scalar_fields=tuple(scalar_fields),
        relation_fields=tuple(relation_fields),
        primary_key=primary_key,
        indexes=tuple(all_indexes),
        is_ignored=is_ignored,
        pk_has_map=pk_has_map,
        has_map=map_attribute is not None,
        relation_args=parsed_relations,
    )
