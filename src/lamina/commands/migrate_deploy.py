"""`lamina migrate deploy`: apply pending migrations, as in production (PRISMA-COMPAT.md §1.4, §3.3).

No shadow database, no drift check, no prompt."""

from __future__ import annotations

from lamina.cli.main import Env
from lamina.cli.output import migration_tree
from lamina.commands.context import datasource_line, datasource_url, load_schema
from lamina.commands.database import open_or_create
from lamina.engine.apply import apply_migrations
from lamina.migrations.directory import check_lock_provider, list_migrations


def migrations_found_line(count: int) -> str:
    if count == 0:
        return "No migration found in prisma/migrations"
    return f"{count} migration{'s' if count != 1 else ''} found in prisma/migrations"


def run(env: Env, *, schema: str | None, config: str | None) -> int:
    output = env.output
    loaded = load_schema(output, env.cwd, schema=schema, config=config)
    url = datasource_url(loaded)
    output.line(output.dim(datasource_line(loaded, url)))
    migrations_dir = loaded.project.migrations_dir
    check_lock_provider(migrations_dir, loaded.provider)
    conn, _ = open_or_create(url, output)
    with conn:
        local = list_migrations(migrations_dir)
        output.line(migrations_found_line(len(local)))
        applied = apply_migrations(conn, local)
    output.line()
    if not applied:
        output.line()
        output.line("No pending migrations to apply.")
        return 0
    output.line()
    output.line("The following migration(s) have been applied:")
    output.line()
    output.line(migration_tree("migrations", applied, output))
    output.line()
    output.line(output.green("All migrations have been successfully applied."))
    return 0
