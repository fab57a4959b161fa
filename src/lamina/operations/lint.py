"""migrate_lint (`lamina migrate lint`, docs/lint.md): the project's PostgreSQL migrations → findings.

Reads the migrations folder, and with `url` the table sizes of a live database; everything else
is lamina.lint's pure replay of the history. Returns a LintReport; cli/commands_lint.py renders it.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from lamina.errors import UsageError
from lamina.lint.findings import Finding, LintResult
from lamina.lint.levels import FAIL_ON
from lamina.migrations.directory import check_lock_provider, list_migrations
from lamina.operations.context import LoadedSchema, read_project_schema
from lamina.operations.project import PathLike
from lamina.operations.lint_settings import LintSettings as LintSettings
from lamina.operations.lint_settings import lint_settings as lint_settings
from lamina.project.project import Project, display_path, load_project

if TYPE_CHECKING:  # the linter (and pglast) load when a migration is linted, not with migrate dev's settings
    from lamina.lint.lint import MigrationFile

def require_postgresql(project: Project, what: str) -> str:
    """The provider, which must be PostgreSQL (and agree with migration_lock.toml)."""
    _, schema = read_project_schema(project, config_only=True)
    provider = schema.datasource.provider if schema.datasource is not None else None
    if provider != "postgresql":
        raise UsageError(f"{what} reads PostgreSQL migrations only; this schema's provider is `{provider}`.")
    check_lock_provider(project.migrations_dir, provider)
    return provider


def migration_files(migrations_dir: Path, cwd: Path) -> list[MigrationFile]:
    from lamina.lint.lint import MigrationFile

    return [MigrationFile(m.name, display_path(m.script_path, cwd), m.script)
            for m in list_migrations(migrations_dir) if m.script is not None]


@dataclass(frozen=True)
class LintReport:
    """What `migrate lint` found, and whether it fails (exit code 1) at `fail_on`."""

    findings: tuple[Finding, ...]
    migrations: int  # migrations linted
    ignored: int  # findings silenced by lamina:lint-ignore comments
    error_count: int
    warning_count: int
    fail_on: str  # "warning", "error" or "none": from the argument, else the configuration
    fails: bool
    _result: LintResult = field(repr=False, compare=False)


def migrate_lint(*, project: PathLike | LoadedSchema | None = None, schema: PathLike | None = None,
                 config: PathLike | None = None, cwd: PathLike | None = None, names: Sequence[str] = (),
                 since: str | None = None, url: str | None = None, fail_on: str | None = None) -> LintReport:
    """Lint the project's migrations: the named ones, those after `since`, or all. `url`: a
    PostgreSQL database whose table sizes decide what is flagged. `fail_on`: the lowest level that
    fails (default: `[lint] failOn`, else "warning"). Raises UsageError on a bad name, setting or URL."""
    if isinstance(project, LoadedSchema):
        found = project.project
    else:
        root = Path(project if project is not None else (cwd if cwd is not None else Path.cwd()))
        found = load_project(root, schema=None if schema is None else str(schema),
                             config=None if config is None else str(config))
    if fail_on is not None and fail_on not in FAIL_ON:
        raise UsageError(f"`fail_on` must be one of {', '.join(FAIL_ON)}.")
    settings = lint_settings(found)
    result = lint_migrations(found, names=names, since=since, url=url, settings=settings)
    counts = result.counts()
    level = fail_on or settings.fail_on
    return LintReport(tuple(result.findings), result.migrations, result.ignored, counts["error"], counts["warning"],
                      level, result.fails(level), result)


def lint_migrations(project: Project, *, names: Sequence[str] = (), since: str | None = None,
                    url: str | None = None, settings: LintSettings | None = None) -> LintResult:
    """Lint the named migrations, those after `since`, or all; with `url`, tables that database
    holds empty are not flagged and messages give each table's size."""
    from lamina.lint.lint import LintOptions, lint_history

    require_postgresql(project, "`lamina migrate lint`")
    settings = settings or lint_settings(project)
    files = migration_files(project.migrations_dir, project.root)
    selected = _select(files, names, since, display_path(project.migrations_dir, project.root))
    sizes = _table_sizes(url, project.root) if url else None
    return lint_history(files, selected, LintOptions(levels=settings.levels, sizes=sizes))


def _select(files: list[MigrationFile], names: Sequence[str], since: str | None, folder: str) -> set[str] | None:
    known = [f.name for f in files]
    if names and since:
        raise UsageError("Pass migration names or --since, not both.")
    for name in [*names, *([since] if since else [])]:
        if name not in known:
            raise UsageError(f"No migration named `{name}` in {folder}.")
    if since:
        return set(known[known.index(since) + 1:])
    return set(names) if names else None


def _table_sizes(url: str, cwd: Path) -> Any:
    from lamina.engine.connection import connect
    from lamina.engine.table_sizes import table_sizes
    from lamina.engine.urls import parse_database_url

    parsed = parse_database_url(url, base_dir=cwd)
    if parsed.provider != "postgresql":
        raise UsageError("--url must be a PostgreSQL URL (postgresql://…): table sizes come from pg_class.")
    with connect(parsed) as conn:
        return table_sizes(conn)
