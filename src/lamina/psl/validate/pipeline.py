"""Syntax tree → ValidatedSchema, reporting Prisma's diagnostics in Prisma's order (every pass).

Passes, as Prisma runs them: names, then field types, then attributes (per model: fields, then
block attributes), then relations, then the configuration blocks and model-wide checks.
"""

from __future__ import annotations

from lamina.diagnostics import Diagnostics
from lamina.psl import ast
from lamina.psl.validate.context import Context
from lamina.psl.validate.constraints import (
    check_composite_types,
    check_views,
    check_database_names,
    check_constraints,
    check_relation_mode_indexes,
    check_scalar_fields,
    check_enum_schemas,
    check_schemas,
)
from lamina.psl.validate.config import check_configuration
from lamina.psl.validate.enums import build_enum
from lamina.psl.validate.fields import resolve_types
from lamina.psl.validate.models import ModelDraft, build_model
from lamina.psl.validate.names import resolve_names
from lamina.psl.validate.relation_arguments import check_ambiguity
from lamina.psl.validate.relations import resolve_relations
from lamina.psl.validated import Model, ValidatedSchema


def validate_schema(schema: ast.Schema, diagnostics: Diagnostics) -> ValidatedSchema | None:
    tops = list(schema.tops)
    configs = [t for t in tops if isinstance(t, ast.ConfigBlock)]
    datasource, generators, config_diagnostics = check_configuration(configs)
    ctx = Context(
        diagnostics=diagnostics,
        provider=datasource.provider if datasource else None,
        relation_mode=datasource.relation_mode if datasource else "foreignKeys",
        preview_features=frozenset(f for g in generators for f in g.preview_features),
    )
    resolve_names(tops, ctx)
    resolve_types(tops, ctx)
    native_prefix = datasource.name if datasource else None
    drafts: list[ModelDraft] = []
    enums = []
    for top in tops:
        match top:
            case ast.Model(kind="model" | "view"):
                if ctx.models.get(top.name) is top:
                    drafts.append(build_model(top, ctx, native_prefix))
            case ast.Enum():
                if ctx.enums.get(top.name) is top:
                    enums.append(build_enum(top, ctx))
    ctx.model_order = {d.ast.name: i for i, d in enumerate(drafts)}
    diagnostics.items.extend(config_diagnostics.items)
    if diagnostics.has_errors():
        return None  # as Prisma: connector-aware validations only run on an otherwise valid schema
    check_ambiguity(drafts, ctx)
    relations = resolve_relations(drafts, ctx)
    models = [_model(draft, relations.fields, ctx) for draft in drafts]
    check_composite_types(ctx)
    check_views(drafts, {f for g in generators for f in g.preview_features}, ctx)
    check_database_names(drafts, ctx)
    check_scalar_fields(drafts, ctx)
    check_schemas(drafts, enums, datasource.schemas if datasource else (), ctx)
    check_enum_schemas(
        [t for t in tops if isinstance(t, ast.Enum) and ctx.enums.get(t.name) is t],
        datasource.schemas if datasource else (),
        ctx,
    )
    check_constraints(drafts, ctx)
    ctx.flush_core_errors()
    if diagnostics.has_errors():
        return None
    check_relation_mode_indexes(drafts, relations.inline, ctx)
    preview = tuple(f for g in generators for f in g.preview_features)
    return ValidatedSchema(
        datasource=datasource,
        generators=generators,
        models=tuple(models),
        enums=tuple(enums),
        inline_relations=relations.inline,
        many_to_many=relations.many_to_many,
        preview_features=preview,
    )


def _model(draft: ModelDraft, relation_fields, ctx: Context) -> Model:
    model = draft.ast
    if (
        model.kind == "model"
        and draft.primary_key is None
        and not draft.is_ignored
        and not _has_required_unique(draft)
        and all(ctx.field_kind(f.type) is not None for f in model.fields)
        and not any(a.name == "id" for a in model.attributes)
    ):
        optional = [
            "\n- " + ", ".join(f.field for f in index.fields)
            for index in draft.indexes
            if index.kind == "unique"
        ]
        suffix = (
            " The following unique criterias were not considered as they contain fields that are not "
            "required:" + "".join(optional)
            if optional
            else ""
        )
        ctx.core_error(
            f'Error validating model "{model.name}": Each model must have at least one unique criteria '
            "that has only required fields. Either mark a single field with `@id`, `@unique` or add a "
            "multi field criterion with `@@id([])` or `@@unique([])` to the model." + suffix,
            model.span, model.name, ctx.UNIQUE_CRITERIA,
        )
    return Model(
        name=model.name,
        db_name=draft.db_name,
        schema=draft.schema,
        kind=model.kind,
        scalar_fields=draft.scalar_fields,
        relation_fields=tuple(relation_fields[(model.name, f.name)] for f in draft.relation_fields),
        primary_key=draft.primary_key,
        indexes=draft.indexes,
        is_ignored=draft.is_ignored,
        documentation=model.documentation,
        span=model.span,
        has_map=draft.has_map,
    )


def _has_required_unique(draft: ModelDraft) -> bool:
    arity = {f.name: f.arity for f in draft.scalar_fields}
    return any(
        index.kind == "unique" and all(arity.get(f.field) == "required" for f in index.fields)
        for index in draft.indexes
    )
