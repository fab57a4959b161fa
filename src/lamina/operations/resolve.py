"""resolve: record a migration as applied (without running it) or a failed one as rolled back
(PRISMA-COMPAT.md §1.7, §3.4)."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

from lamina.engine.apply import mark_migration_applied, mark_migration_rolled_back
from lamina.errors import UsageError
from lamina.migrations.directory import check_lock_provider, list_migrations
from lamina.operations.context import LoadedSchema, datasource_url
from lamina.operations.existing import open_existing
from lamina.operations.project import PathLike, resolve_project

_EXAMPLES = ("lamina migrate resolve --applied 20201231000000_example\n"
             "lamina migrate resolve --rolled-back 20201231000000_example")


@dataclass(frozen=True)
class ResolveResult:
    migration: str
    marked: Literal["applied", "rolled_back"]


def resolve(*, applied: str | None = None, rolled_back: str | None = None,
            project: PathLike | LoadedSchema | None = None, schema: PathLike | None = None,
            config: PathLike | None = None, url: str | None = None,
            cwd: PathLike | None = None) -> ResolveResult:
    """Exactly one of `applied` and `rolled_back` (UsageError otherwise). Raises P3017 (not in the
    folder), P3008 (already applied), P3011/P3012 (nothing failed to roll back), P1003."""
    loaded = resolve_project(project=project, schema=schema, config=config, url=url, cwd=cwd,
                             config_only=True)
    database = datasource_url(loaded)
    assert database is not None
    if applied is None and rolled_back is None:
        raise UsageError(f"--applied or --rolled-back must be part of the command like:\n{_EXAMPLES}")
    if applied is not None and rolled_back is not None:
        raise UsageError("Pass either --applied or --rolled-back, not both.")
    if applied is not None:
        if not applied:
            raise UsageError("--applied value must be a string like lamina migrate resolve --applied 20201231000000_example")
        migrations_dir = loaded.project.migrations_dir
        check_lock_provider(migrations_dir, loaded.provider)
        with open_existing(database) as conn:
            mark_migration_applied(conn, list_migrations(migrations_dir), applied)
        return ResolveResult(applied, "applied")
    assert rolled_back is not None
    if not rolled_back:
        raise UsageError("--rolled-back value must be a string like lamina migrate resolve --rolled-back 20201231000000_example")
    with open_existing(database) as conn:
        mark_migration_rolled_back(conn, rolled_back)
    return ResolveResult(rolled_back, "rolled_back")
