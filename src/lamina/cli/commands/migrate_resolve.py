"""`lamina migrate resolve --applied|--rolled-back NAME` (PRISMA-COMPAT.md §1.7, §3.4)."""

from __future__ import annotations

from lamina.cli.main import Env
from lamina.operations.context import datasource_line, datasource_url, load_schema
from lamina.cli.commands.database import open_existing
from lamina.engine.apply import mark_migration_applied, mark_migration_rolled_back
from lamina.errors import UsageError
from lamina.migrations.directory import check_lock_provider, list_migrations

_EXAMPLES = ("lamina migrate resolve --applied 20201231000000_example\n"
             "lamina migrate resolve --rolled-back 20201231000000_example")


def run(env: Env, *, schema: str | None, config: str | None, applied: str | None, rolled_back: str | None) -> int:
    out = env.output
    loaded = load_schema(out, env.cwd, schema=schema, config=config, config_only=True)
    url = datasource_url(loaded)
    out.line(out.dim(datasource_line(loaded, url)))
    if applied is None and rolled_back is None:
        raise UsageError(f"--applied or --rolled-back must be part of the command like:\n{_EXAMPLES}")
    if applied is not None and rolled_back is not None:
        raise UsageError("Pass either --applied or --rolled-back, not both.")
    if applied is not None:
        if not applied:
            raise UsageError("--applied value must be a string like lamina migrate resolve --applied 20201231000000_example")
        migrations_dir = loaded.project.migrations_dir
        check_lock_provider(migrations_dir, loaded.provider)
        with open_existing(url) as conn:
            mark_migration_applied(conn, list_migrations(migrations_dir), applied)
        out.line()
        out.line(f"Migration {applied} marked as applied.")
        out.line()
        return 0
    if not rolled_back:
        raise UsageError("--rolled-back value must be a string like lamina migrate resolve --rolled-back 20201231000000_example")
    with open_existing(url) as conn:
        mark_migration_rolled_back(conn, rolled_back)
    out.line()
    out.line(f"Migration {rolled_back} marked as rolled back.")
    out.line()
    return 0
