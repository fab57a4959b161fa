"""`lamina migrate reset` (PRISMA-COMPAT.md §1.5, §4.3): drop everything, re-apply every migration,
then run the seed unless `--skip-seed` (Prisma 6's documented workflow)."""

from __future__ import annotations

import os

from lamina.cli.main import EXIT_CANCELLED, Env
from lamina.cli.output import migration_tree
from lamina.operations.context import datasource_line, datasource_schemas, datasource_url, load_schema
from lamina.cli.commands.database import open_or_create
from lamina.cli.commands_generate import run_generators
from lamina.cli.commands.seed import run_seed
from lamina.engine.apply import apply_migrations
from lamina.engine.reset import reset_database
from lamina.errors import KnownError
from lamina.migrations.directory import check_lock_provider, list_migrations


class ResetNeedsForce(KnownError):
    def message(self) -> str:
        return ("Prisma Migrate has detected that the environment is non-interactive. "
                "It is recommended to run this command in an interactive environment.\n\n"
                "Use --force to run this command without user interaction.\n"
                "See https://www.prisma.io/docs/reference/api-reference/command-reference#migrate-reset")


def run(env: Env, *, schema: str | None, config: str | None, force: bool, skip_generate: bool, skip_seed: bool) -> int:
    out = env.output
    loaded = load_schema(out, env.cwd, schema=schema, config=config, config_only=True)
    url = datasource_url(loaded)
    out.line(out.dim(datasource_line(loaded, url)))
    migrations_dir = loaded.project.migrations_dir
    check_lock_provider(migrations_dir, loaded.provider)
    if not force:
        if not env.prompter.interactive:
            raise ResetNeedsForce()
        if not env.prompter.confirm("Are you sure you want to reset your database? All data will be lost."):
            out.line()
            out.line("Reset cancelled.")
            return EXIT_CANCELLED
    conn, _ = open_or_create(url, out)
    with conn:
        reset_database(conn, datasource_schemas(loaded))  # every schema of a multiSchema datasource
        applied = apply_migrations(conn, list_migrations(migrations_dir))
    out.line()
    out.line("Database reset successful")
    if applied:
        out.line()
        out.line("The following migration(s) have been applied:")
        out.line()
        out.line(migration_tree("migrations", applied, out))
    out.line()
    if not (skip_generate or os.environ.get("PRISMA_MIGRATE_SKIP_GENERATE")):
        run_generators(loaded, out, env.cwd)
    if not (skip_seed or os.environ.get("PRISMA_MIGRATE_SKIP_SEED")):
        run_seed(loaded, out)
    return 0
