"""reset: drop everything in the database (every schema of a multiSchema datasource) and re-apply
every migration (PRISMA-COMPAT.md §1.5, §4.3). Without `force`, the prompter is asked; without
an interactive prompter, ResetNeedsForce, as Prisma's CLI refuses. The seed and the generators
are not run here."""

from __future__ import annotations

from dataclasses import dataclass

from lamina.engine.apply import apply_migrations
from lamina.engine.reset import reset_database
from lamina.errors import KnownError
from lamina.migrations.directory import check_lock_provider, list_migrations
from lamina.operations.context import LoadedSchema, datasource_schemas, datasource_url
from lamina.operations.database import open_or_create
from lamina.operations.events import Listener
from lamina.operations.project import PathLike, resolve_project
from lamina.prompting import Prompter

QUESTION = "Are you sure you want to reset your database? All data will be lost."


class ResetNeedsForce(KnownError):
    def message(self) -> str:
        return ("Prisma Migrate has detected that the environment is non-interactive. "
                "It is recommended to run this command in an interactive environment.\n\n"
                "Use --force to run this command without user interaction.\n"
                "See https://www.prisma.io/docs/reference/api-reference/command-reference#migrate-reset")


@dataclass(frozen=True)
class ResetResult:
    applied: tuple[str, ...]  # every migration of the folder, re-applied in order
    database_created: bool = False
    cancelled: bool = False  # the prompter said no: nothing was changed


def reset(*, force: bool = False, project: PathLike | LoadedSchema | None = None, schema: PathLike | None = None,
          config: PathLike | None = None, url: str | None = None, cwd: PathLike | None = None,
          prompter: Prompter | None = None, listener: Listener | None = None) -> ResetResult:
    """`force`: no question. Raises ResetNeedsForce without `force` and without an interactive
    prompter, and the errors of the migrations (P3018)."""
    loaded = resolve_project(project=project, schema=schema, config=config, url=url, cwd=cwd, config_only=True)
    database = datasource_url(loaded)
    assert database is not None
    migrations_dir = loaded.project.migrations_dir
    check_lock_provider(migrations_dir, loaded.provider)
    if not force:
        if prompter is None or not prompter.interactive:
            raise ResetNeedsForce()
        if not prompter.confirm(QUESTION):
            return ResetResult((), cancelled=True)
    conn, created = open_or_create(database, listener)
    with conn:
        reset_database(conn, datasource_schemas(loaded))  # every schema of a multiSchema datasource
        applied = apply_migrations(conn, list_migrations(migrations_dir))
    return ResetResult(tuple(applied), database_created=created)
