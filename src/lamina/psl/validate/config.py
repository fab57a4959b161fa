"""The configuration blocks alone: the datasource, the generators and the preview-feature checks on them.

`validate_config` is what Prisma's `getConfig` checks (used by `migrate status|deploy|resolve|reset`): every
block is parsed, only the configuration blocks are validated, and no rule module for models is loaded.
"""

from __future__ import annotations

from lamina.diagnostics import Diagnostics, Span
from lamina.psl import ast
from lamina.psl.validate.context import Context
from lamina.psl.validate.datasource import validate_datasources, validate_generators
from lamina.psl.validate.names import resolve_names
from lamina.psl.validated_schema import Datasource, Generator, ValidatedSchema


def check_configuration(
    configs: list[ast.ConfigBlock],
) -> tuple[Datasource | None, tuple[Generator, ...], Diagnostics]:
    """The datasource and generators, with their diagnostics kept apart (Prisma reports them after the
    diagnostics of the models)."""
    config_diagnostics = Diagnostics()
    datasource = validate_datasources(configs, config_diagnostics)
    generators = validate_generators(configs, config_diagnostics)
    _check_preview_properties(configs, generators, config_diagnostics)
    return datasource, generators, config_diagnostics


def validate_config(schema: ast.Schema, diagnostics: Diagnostics) -> ValidatedSchema | None:
    """A schema holding only the datasource and generators; models and enums are not looked at."""
    configs = [t for t in schema.tops if isinstance(t, ast.ConfigBlock)]
    datasource, generators, config_diagnostics = check_configuration(configs)
    ctx = Context(
        diagnostics=diagnostics,
        provider=datasource.provider if datasource else None,
        relation_mode=datasource.relation_mode if datasource else "foreignKeys",
    )
    resolve_names(list(configs), ctx)
    diagnostics.items.extend(config_diagnostics.items)
    ctx.flush_core_errors()
    if diagnostics.has_errors():
        return None
    return ValidatedSchema(
        datasource=datasource,
        generators=generators,
        models=(),
        enums=(),
        inline_relations=(),
        many_to_many=(),
        preview_features=tuple(f for g in generators for f in g.preview_features),
    )


def _check_preview_properties(configs, generators, diagnostics: Diagnostics) -> None:
    preview = {f for g in generators for f in g.preview_features}
    for block in configs:
        for prop in block.properties:
            if block.kind == "datasource" and prop.name == "extensions" and "postgresqlExtensions" not in preview:
                diagnostics.error(
                    "The `extensions` property is only available with the `postgresqlExtensions` preview "
                    "feature.",
                    Span(prop.span.file, prop.span.start, prop.span.start + len(prop.name)),
                )
