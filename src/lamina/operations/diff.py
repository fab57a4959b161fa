"""diff: what `migrate diff` computes between two sides (empty, a schema, a migrations folder
replayed on a shadow database, a live database), as a result holding both renderings: the SQL
script and the human summary."""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

from lamina.diffing.script import render_script
from lamina.diffing.summary import summarize
from lamina.dialects import DIALECTS
from lamina.operations.diff_sources import SCHEMA_KINDS, Resolver, ProvidersDiffer, flag, pick
from lamina.operations.project import PathLike
from lamina.operations.schema_diff import SchemaDiff, diff_sides
from lamina.schema.external import ExternalObjects


@dataclass(frozen=True)
class DiffResult:
    # the option each side came from: "empty", "schema", "schema_datamodel", "schema_datasource",
    # "migrations", "url" or "config_datasource"
    from_kind: str
    to_kind: str
    provider: str
    is_empty: bool  # no step: the two sides are the same
    steps: tuple[str, ...]  # each step's kind, in order (CreateTable, AddForeignKey, ...)
    script: str  # the SQL, as `--script` writes it to a file
    summary: str  # the human summary, as `migrate diff` writes it to a file
    output_file: Path | None = None  # where `output=` wrote the script (with `script=`) or the summary
    warnings: tuple[str, ...] = ()
    _diff: SchemaDiff | None = field(default=None, repr=False, compare=False)

    @property
    def schema_diff(self) -> SchemaDiff | None:
        """The steps and both sides as compared (lamina.operations.schema_diff.SchemaDiff)."""
        return self._diff


def diff(*, from_empty: bool = False, from_schema: PathLike | None = None,
         from_schema_datamodel: PathLike | None = None, from_schema_datasource: PathLike | None = None,
         from_migrations: PathLike | None = None, from_url: str | None = None,
         from_config_datasource: bool = False,
         to_empty: bool = False, to_schema: PathLike | None = None,
         to_schema_datamodel: PathLike | None = None, to_schema_datasource: PathLike | None = None,
         to_migrations: PathLike | None = None, to_url: str | None = None,
         to_config_datasource: bool = False,
         shadow_database_url: str | None = None, project: PathLike | None = None,
         schema: PathLike | None = None, config: PathLike | None = None, url: str | None = None,
         cwd: PathLike | None = None, script: bool = False, output: PathLike | None = None,
         from_local_d1: bool = False, to_local_d1: bool = False) -> DiffResult:
    """Exactly one `from_*` and one `to_*`. Paths are relative to `project` (default `cwd`, then the
    current directory); `schema`, `config` and `url` find the configured database
    (`*_config_datasource`, and the server a temporary shadow database is made on). `output`: write
    the script (with `script`) or the summary there, as `migrate diff -o` does."""
    root = Path(project if project is not None else (cwd if cwd is not None else Path.cwd()))
    options: dict[str, Any] = {k: (str(v) if isinstance(v, Path) else v) for k, v in locals().items()
                               if k.startswith(("from_", "to_"))}
    options.update(shadow_database_url=shadow_database_url, url=url,
                   schema=None if schema is None else str(schema), config=None if config is None else str(config))
    before_side, after_side = pick(options, "from"), pick(options, "to")
    resolver = Resolver(root, options)
    before_provider, after_provider = resolver.provider_of(before_side), resolver.provider_of(after_side)
    if before_provider and after_provider and before_provider != after_provider:
        raise ProvidersDiffer(before_provider, flag(before_side), after_provider, flag(after_side))
    resolver.provider = before_provider or after_provider or "postgresql"
    resolver.urls = [u for u in (resolver.url_of(before_side), resolver.url_of(after_side)) if u]
    resolver.check_shadow_database((before_side, after_side))
    before, after = resolver.schema_of(before_side), resolver.schema_of(after_side)
    if after_side.kind == "empty" and before.default_namespace is None:
        # Towards nothing, Prisma names every dropped object with the connection's schema.
        before = replace(before, default_namespace=resolver.connection_schema())
    # Prisma diffs with the `from` side's dialect (or the `to` side's when `from` is empty); only a
    # dialect that connected knows its server (MySQL: MariaDB renames no index).
    chosen = after_side if before_side.kind == "empty" else before_side
    dialect = resolver.connected.get(chosen) or DIALECTS[resolver.provider]
    external = ExternalObjects(_names(resolver.setting("external_tables")), _names(resolver.setting("external_enums")))
    found = diff_sides(before, after, dialect, external=external, url=next(iter(resolver.urls), None),
                       before_is_empty=before_side.kind == "empty",
                       after_is_calculated=after_side.kind in SCHEMA_KINDS)
    sql = _as_engine_text(render_script(found.steps, dialect))
    summary = _as_engine_text(summarize(found.steps, found.before, found.after))
    target = None
    if output is not None:
        target = Path(root, output)
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_text((sql if script else summary) + "\n", encoding="utf-8")
    return DiffResult(before_side.kind, after_side.kind, resolver.provider, not found.steps,
                      tuple(type(step).__name__ for step in found.steps), sql, summary, target, _diff=found)


def _as_engine_text(text: str) -> str:
    """The engine ends its text with a newline (the CLI then writes it as a line of its own)."""
    return text if text.endswith("\n") else text + "\n"


def _names(value: object) -> tuple[str, ...]:
    return tuple(value) if isinstance(value, (list, tuple)) else ()
