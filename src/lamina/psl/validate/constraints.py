"""Connector-dependent checks on keys and indexes, run after relations (as Prisma's core validations)."""

from __future__ import annotations

from lamina.psl.validate.context import Context
from lamina.psl.validate.indexes import OPERATOR_CLASSES as _OPERATOR_CLASSES
from lamina.psl.validate.partial_indexes import check_partial_index
from lamina.psl.validate.models import ModelDraft

_NAMED_PK_PROVIDERS = ("postgresql", "cockroachdb", "sqlserver")
_FULLTEXT_PROVIDERS = ("mysql", "mongodb")
# Providers where index and constraint names share one namespace for the whole database.
_GLOBAL_INDEX_NAMESPACE = ("postgresql", "cockroachdb", "sqlite")
# `@@index(type: ...)` each connector takes (psl `supports_index_type`); BTree everywhere else.
_INDEX_TYPES = {"postgresql": ("BTree", "Hash", "Gist", "Gin", "SpGist", "Brin"), "cockroachdb": ("BTree", "Gin")}


_CONNECTOR_NAMES = {"postgresql": "Postgres", "cockroachdb": "CockroachDB", "mysql": "MySQL", "sqlite": "SQLite",
                    "sqlserver": "SQL Server"}


def check_views(drafts: list[ModelDraft], preview: set[str], ctx: Context) -> None:
    if "views" in preview:
        return
    for draft in drafts:
        if draft.ast.kind == "view":
            ctx.core_error(
                "Error validating: View definitions are only available with the `views` preview feature.",
                draft.ast.span, "",
            )


def check_composite_types(ctx: Context) -> None:
    if ctx.provider in (None, "mongodb"):
        return
    for composite in ctx.composite_types.values():
        ctx.core_error(
            f"Error validating: Composite types are not supported on {_CONNECTOR_NAMES[ctx.provider]}.",
            composite.span, "",
        )


def check_scalar_fields(drafts: list[ModelDraft], ctx: Context) -> None:
    """Per-field connector checks: autoincrement support, named defaults, MongoDB ids."""
    for draft in drafts:
        model = draft.ast
        by_name = {f.name: f for f in model.fields}
        auto = [f for f in draft.scalar_fields if f.default is not None and f.default.kind == "autoincrement"]
        indexed = {k.fields[0].field for k in draft.indexes if k.fields}
        if draft.primary_key is not None and draft.primary_key.fields:
            indexed.add(draft.primary_key.fields[0].field)
        if ctx.provider == "mysql":
            if len(auto) > 1:
                ctx.core_error(
                    'Error parsing attribute "@default": The `autoincrement()` default value is used multiple '
                    "times on this model even though the underlying datasource only supports one instance per "
                    "table.",
                    model.span, model.name, ctx.AUTOINCREMENT,
                )
            for field in auto:
                if field.name not in indexed:
                    ctx.core_error(
                        'Error parsing attribute "@default": The `autoincrement()` default value is used on a '
                        "non-indexed field even though the datasource does not support this.",
                        field.span, model.name, ctx.AUTOINCREMENT,
                    )
        if ctx.provider == "sqlite":
            key = draft.primary_key
            for field in auto:
                if key is None or [f.field for f in key.fields] != [field.name]:
                    ctx.core_error(
                        'Error parsing attribute "@default": The `autoincrement()` default value is used on a '
                        "non-id field even though the datasource does not support this.",
                        field.span, model.name, ctx.AUTOINCREMENT,
                    )
        for field in draft.scalar_fields:
            if field.default is not None and field.default.map is not None and ctx.provider != "sqlserver":
                attribute = next(a for a in by_name[field.name].attributes if a.name == "default")
                ctx.core_error(
                    'Error parsing attribute "@default": You defined a database name for the default value of '
                    "a field on the model. This is not supported by the provider.",
                    attribute.span, model.name, ctx.SCALAR_FIELD,
                )
        if ctx.provider == "mongodb" and draft.primary_key is not None:
            for key_field in draft.primary_key.fields:
                if key_field.db_name != "_id":
                    ctx.core_error(
                        f"Error validating field `{key_field.field}` in model `{model.name}`: MongoDB model IDs "
                        'must have an @map("_id") annotation.',
                        by_name[key_field.field].span, model.name, ctx.PRIMARY_KEY,
                    )


def check_enum_schemas(enums, schemas: tuple[str, ...], ctx: Context) -> None:
    for enum in enums:
        attribute = next((a for a in enum.attributes if a.name == "schema"), None)
        schema = None
        if attribute is not None and attribute.arguments.arguments:
            value = attribute.arguments.arguments[0].value
            schema = getattr(value, "value", None)
        if attribute is not None and schema is not None and schema not in schemas:
            ctx.core_error(
                "This schema is not defined in the datasource. Read more on `@@schema` at "
                "https://pris.ly/d/multi-schema",
                attribute.span,
            )
        if schemas and attribute is None:
            ctx.core_error("This enum is missing an `@@schema` attribute.", enum.span)


def check_schemas(drafts: list[ModelDraft], enums, schemas: tuple[str, ...], ctx: Context) -> None:
    """multiSchema: every @@schema names a declared schema; with `schemas` set, every model has one."""
    for draft in drafts:
        attribute = next((a for a in draft.ast.attributes if a.name == "schema"), None)
        if attribute is not None and draft.schema is not None and draft.schema not in schemas:
            ctx.core_error(
                "This schema is not defined in the datasource. Read more on `@@schema` at "
                "https://pris.ly/d/multi-schema",
                attribute.span, draft.ast.name, ctx.PRIMARY_KEY,
            )
        if schemas and attribute is None:
            kind = draft.ast.kind
            ctx.core_error(
                f'Error validating {kind} "{draft.ast.name}": This {kind} is missing an `@@schema` attribute.',
                draft.ast.span, draft.ast.name, ctx.PRIMARY_KEY,
            )


def _argument_span(model, attribute_span, name: str):
    """The span of `name: value` in the attribute written at `attribute_span` (Prisma's span_for_argument)."""
    for attribute in model.attributes:
        if attribute.span == attribute_span:
            for argument in attribute.arguments.arguments:
                if argument.name == name:
                    return argument.span
    return attribute_span


def _check_gin(draft: ModelDraft, index, ctx: Context) -> None:
    fields = {f.name: f for f in draft.scalar_fields}
    for index_field in index.fields:
        field = fields[index_field.field]
        if field.arity == "list" or field.type_name in ("Json", "Unsupported") or index_field.ops:
            continue
        ctx.core_error(
            f'Error parsing attribute "@@index": The Gin index type does not support the type of the field '
            f"`{field.name}`.",
            index.span, draft.ast.name, ctx.INDEX,
        )


def _check_field_arguments(draft: ModelDraft, index, label: str, ctx: Context) -> None:
    """Operator classes only on @@index, each with an index type that takes it (PostgreSQL); no sort
    order in a MySQL fulltext index."""
    with_ops = [f for f in index.fields if f.ops is not None]
    if ctx.provider == "postgresql":
        algorithm = index.algorithm or "BTree"
        for field in with_ops:
            if field.ops_name is not None and algorithm not in _OPERATOR_CLASSES[field.ops_name]:
                ctx.core_error(
                    f'Error parsing attribute "{label}": The given operator class `{field.ops_name}` is not '
                    f"supported with the `{algorithm}` index type.",
                    index.span, draft.ast.name, ctx.INDEX,
                )
    if with_ops and index.kind != "normal":
        ctx.core_error(
            f'Error parsing attribute "{label}": Operator classes can only be defined to fields in an @@index '
            "attribute.",
            index.span, draft.ast.name, ctx.INDEX,
        )
    if index.kind == "fulltext" and ctx.provider == "mysql" and any(f.sort for f in index.fields):
        ctx.core_error(
            f'Error parsing attribute "{label}": The sort argument is not supported in a @@fulltext attribute '
            "in the current connector.",
            index.span, draft.ast.name, ctx.INDEX,
        )


def check_database_names(drafts: list[ModelDraft], ctx: Context) -> None:
    """Two models may not share a table name; two fields of a model may not share a column name."""
    tables: dict[tuple[str | None, str], str] = {}
    for draft in drafts:
        key = (draft.schema, draft.db_name)
        if key in tables:
            attribute = next((a for a in draft.ast.attributes if a.name == "map"), None)
            ctx.core_error(
                f'The model with database name "{draft.db_name}" could not be defined because another model or '
                f'view with this name exists: "{tables[key]}"',
                attribute.span if attribute else draft.ast.name_span, "",
            )
        else:
            tables[key] = draft.ast.name
        columns: set[str] = set()
        for field in draft.scalar_fields:
            if field.db_name in columns:
                ctx.core_error(
                    f'Field "{field.name}" is already defined on model "{draft.ast.name}".',
                    field.span, draft.ast.name, ctx.SCALAR_FIELD,
                )
            columns.add(field.db_name)


def check_constraints(drafts: list[ModelDraft], ctx: Context) -> None:
    counts: dict[str, int] = {}
    namespace = "global for primary key, indexes and unique constraints"
    if ctx.provider == "sqlite":
        namespace = "global for indexes and unique constraints"
    if ctx.provider in _GLOBAL_INDEX_NAMESPACE:
        for draft in drafts:
            names = [i.db_name for i in draft.indexes]
            if draft.primary_key is not None and draft.primary_key.db_name:
                names.append(draft.primary_key.db_name)
            for name in names:
                counts[name] = counts.get(name, 0) + 1
    for draft in drafts:
        model = draft.ast
        key = draft.primary_key
        if ctx.provider == "mysql":  # index names are scoped to their table
            namespace = f"on model `{model.name}` for indexes and unique constraints"
            counts = {}
            for name in (i.db_name for i in draft.indexes):
                counts[name] = counts.get(name, 0) + 1
        if key is not None and ctx.provider not in _NAMED_PK_PROVIDERS and ctx.provider and draft.pk_has_map:
            ctx.core_error(
                f'Error validating model "{model.name}": You defined a database name for the primary key on '
                "the model. This is not supported by the provider.",
                model.span, model.name, 1,
            )
        if key is not None and ctx.provider not in (None, "sqlserver") and any(f.sort for f in key.fields):
            ctx.core_error(
                f'Error parsing attribute "{"@id" if key.is_field_level else "@@id"}": The sort argument is not '
                "supported in the primary key with the current connector",
                key.span, model.name, ctx.PRIMARY_KEY,
            )
        if key is not None and key.db_name and counts.get(key.db_name, 0) > 1:
            ctx.core_error(
                f'Error parsing attribute "{"@id" if key.is_field_level else "@@id"}": The given constraint name '
                f"`{key.db_name}` has to be unique in the following namespace: {namespace}. Please provide a "
                "different name using the `map` argument.",
                key.span, model.name, ctx.PRIMARY_KEY,
            )
        if model.kind == "view" and key is not None:
            ctx.core_error("Error validating: Views cannot have primary keys.", key.span, model.name, ctx.PRIMARY_KEY)
        for index in draft.indexes:
            if index.algorithm == "Gin" and "Gin" in _INDEX_TYPES.get(ctx.provider or "", ()):
                _check_gin(draft, index, ctx)
            label = "@unique" if index.is_field_level else "@@" + {"unique": "unique", "normal": "index",
                                                                  "fulltext": "fulltext"}[index.kind]
            if index.kind == "fulltext" and ctx.provider not in _FULLTEXT_PROVIDERS:
                ctx.core_error(
                    f'Error parsing attribute "{label}": Defining fulltext indexes is not supported with the '
                    "current connector.",
                    index.span, model.name, 5,
                )
            if not index.fields:
                ctx.core_error(
                    f'Error parsing attribute "{label}": The list of fields in an index cannot be empty. '
                    "Please specify at least one field.",
                    index.span, model.name, 5,
                )
            if counts.get(index.db_name, 0) > 1:
                ctx.core_error(
                    f'Error parsing attribute "{label}": The given constraint name `{index.db_name}` has to be '
                    f"unique in the following namespace: {namespace}. Please provide a different name using "
                    "the `map` argument.",
                    index.span, model.name, 5,
                )
            if index.algorithm and ctx.provider and index.algorithm not in _INDEX_TYPES.get(ctx.provider, ("BTree",)):
                ctx.core_error(
                    f'Error parsing attribute "{label}": The given index type is not supported with the current '
                    "connector",
                    _argument_span(model, index.span, "type"), model.name, 5,
                )
            _check_field_arguments(draft, index, label, ctx)
            check_partial_index(index, label, model.name, ctx)


RELATION_MODE_INDEX_WARNING = (
    'With `relationMode = "prisma"`, no foreign keys are used, so relation fields will not benefit from '
    "the index usually created by the relational database under the hood. This can lead to poor "
    "performance when querying these fields. We recommend adding an index manually. Learn more at "
    'https://pris.ly/d/relation-mode-prisma-indexes" '
)


def check_relation_mode_indexes(drafts: list[ModelDraft], inline_relations, ctx: Context) -> None:
    """With relationMode = "prisma", warn about relation scalar fields no index starts with."""
    if ctx.relation_mode != "prisma":
        return
    by_name = {d.ast.name: d for d in drafts}
    for relation in inline_relations:
        draft = by_name[relation.model]
        wanted = set(relation.fields)
        keys = [i.fields for i in draft.indexes]
        if draft.primary_key is not None:
            keys.append(draft.primary_key.fields)
        if any({f.field for f in key[: len(wanted)]} == wanted for key in keys):
            continue
        field = next(f for f in draft.relation_fields if f.name == relation.field)
        ctx.diagnostics.warning(RELATION_MODE_INDEX_WARNING, field.span)
