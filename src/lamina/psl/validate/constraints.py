"""Connector-dependent checks on keys and indexes, run after relations (as Prisma's core validations)."""

from __future__ import annotations

from lamina.psl.validate.context import Context
from lamina.psl.validate.models import ModelDraft

_NAMED_PK_PROVIDERS = ("postgresql", "cockroachdb", "sqlserver")
_FULLTEXT_PROVIDERS = ("mysql", "mongodb")
# Providers where index and constraint names share one namespace for the whole database.
_GLOBAL_INDEX_NAMESPACE = ("postgresql", "cockroachdb", "sqlite")


def check_constraints(drafts: list[ModelDraft], ctx: Context) -> None:
    counts: dict[str, int] = {}
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
        if key is not None and ctx.provider not in _NAMED_PK_PROVIDERS and ctx.provider and draft.pk_has_map:
            ctx.core_error(
                f'Error validating model "{model.name}": You defined a database name for the primary key on '
                "the model. This is not supported by the provider.",
                model.span, model.name, 0,
            )
        for index in draft.indexes:
            label = "@unique" if index.is_field_level else "@@" + {"unique": "unique", "normal": "index",
                                                                  "fulltext": "fulltext"}[index.kind]
            if index.kind == "fulltext" and ctx.provider not in _FULLTEXT_PROVIDERS:
                ctx.core_error(
                    f'Error parsing attribute "{label}": Defining fulltext indexes is not supported with the '
                    "current connector.",
                    index.span, model.name, 3,
                )
            if not index.fields:
                ctx.core_error(
                    f'Error parsing attribute "{label}": The list of fields in an index cannot be empty. '
                    "Please specify at least one field.",
                    index.span, model.name, 3,
                )
            if counts.get(index.db_name, 0) > 1:
                ctx.core_error(
                    f'Error parsing attribute "{label}": The given constraint name `{index.db_name}` has to be '
                    "unique in the following namespace: global for primary key, indexes and unique "
                    "constraints. Please provide a different name using the `map` argument.",
                    index.span, model.name, 3,
                )


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
