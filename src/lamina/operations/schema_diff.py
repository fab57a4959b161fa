"""The diff `migrate diff` computes between two sides already turned into schemas, as data: the
CLI renders it (summary or script), and the pytest plugin's checks read it."""

from __future__ import annotations

from dataclasses import dataclass, replace

from lamina.operations.context import external_filter
from lamina.dialects import Dialect
from lamina.diffing.differ import diff_schemas
from lamina.diffing.steps import Step
from lamina.engine.urls import DatabaseUrl
from lamina.schema.external import ExternalObjects
from lamina.schema.model import SqlSchema
from lamina.schema.namespaces import qualify_for_target


@dataclass(frozen=True)
class SchemaDiff:
    steps: list[Step]
    before: SqlSchema  # both sides as compared (namespaces qualified, external objects left out)
    after: SqlSchema


def diff_sides(before: SqlSchema, after: SqlSchema, dialect: Dialect, *, external: ExternalObjects,
               url: DatabaseUrl | None, before_is_empty: bool, after_is_calculated: bool) -> SchemaDiff:
    """`url`: the first database URL among the sides (its `?schema=` names the default namespace
    for external objects)."""
    before, after = qualify_for_target(before, after, target_is_calculated=after_is_calculated)
    if not after_is_calculated:
        # Extensions are created only when a schema file asks for them; Prisma never creates the
        # ones a live database happens to hold (plpgsql...).
        after = replace(after, extensions=())
    exclude = external_filter(external, url, dialect.capabilities.default_namespace)
    before, after = exclude(before), exclude(after)
    # Only `--from-empty` creates the default schema (a schema file without models, an empty
    # database or an empty history already has it), and only when there is something to create.
    steps = diff_schemas(before, after, dialect, create_default_namespace="with_others" if before_is_empty else False)
    return SchemaDiff(steps, before, after)
