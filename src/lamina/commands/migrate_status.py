"""`lamina migrate status` (PRISMA-COMPAT.md §1.6): Prisma's wording and exit codes, plus two
lines Prisma leaves out (edited migrations, migrations missing from the folder)."""

from __future__ import annotations

from lamina.cli.main import Env
from lamina.commands.context import datasource_line, datasource_url, load_schema
from lamina.commands.database import open_existing
from lamina.engine.tables import read_history
from lamina.migrations.directory import check_lock_provider, list_migrations, migrations_found_line
from lamina.migrations.plan import diagnose_history


def _plural(names: tuple[str, ...] | list[str]) -> str:
    return "s" if len(names) > 1 else ""


def run(env: Env, *, schema: str | None, config: str | None) -> int:
    out = env.output
    loaded = load_schema(out, env.cwd, schema=schema, config=config, config_only=True)
    url = datasource_url(loaded)
    out.line(out.dim(datasource_line(loaded, url)))
    migrations_dir = loaded.project.migrations_dir
    check_lock_provider(migrations_dir, loaded.provider)
    with open_existing(url) as conn:
        records = read_history(conn)
    local = list_migrations(migrations_dir)
    out.line()
    out.line(migrations_found_line(len(local)))

    diagnostic = diagnose_history(local, records or [])
    extra = _lamina_extras(diagnostic)
    if records is None:  # no history table: what is pending, then how to baseline
        if local:
            _print_pending(env, diagnostic.not_in_database)
        _print_not_managed(env, local[0].name if local else None)
        return 1
    if diagnostic.failed_migration_names:
        failed = diagnostic.failed_migration_names
        out.error_line(f"Following migration{_plural(failed)} have failed:")
        out.error_line("\n".join(failed))
        out.error_line()
        out.error_line("During development if the failed migration(s) have not been deployed to a production "
                       "database you can then fix the migration(s) and run prisma migrate dev.")
        out.error_line()
        out.error_line("The failed migration(s) can be marked as rolled back or applied:")
        out.error_line()
        out.error_line("- If you rolled back the migration(s) manually:")
        out.error_line(f"prisma migrate resolve --rolled-back \"{failed[0]}\"")
        out.error_line()
        out.error_line("- If you fixed the database manually (hotfix):")
        out.error_line(f"prisma migrate resolve --applied \"{failed[0]}\"")
        out.error_line()
        out.error_line("Read more about how to resolve migration issues in a production database:")
        out.error_line("https://pris.ly/d/migrate-resolve")
        _print_extras(env, extra)
        return 1
    if diagnostic.verdict == "historiesDiverge":
        out.error_line("Your local migration history and the migrations table from your database are different:")
        out.error_line()
        out.error_line("The last common migration is: " + (diagnostic.last_common_migration_name or ""))
        out.error_line()
        out.error_line(f"The migration{_plural(diagnostic.not_in_database)} have not yet been applied:")
        out.error_line("\n".join(diagnostic.not_in_database))
        out.error_line()
        out.error_line(f"The migration{_plural(diagnostic.not_in_folder)} from the database are not found locally in prisma/migrations:")
        out.error_line("\n".join(diagnostic.not_in_folder))
        _print_extras(env, extra)
        return 1
    if diagnostic.verdict == "databaseIsBehind":
        _print_pending(env, diagnostic.not_in_database)
        _print_extras(env, extra)
        return 1
    out.line()
    out.line("Database schema is up to date!")
    _print_extras(env, extra)
    return 0


def _print_pending(env: Env, pending: tuple[str, ...]) -> None:
    out = env.output
    out.line(f"Following migration{_plural(pending)} have not yet been applied:")
    out.line("\n".join(pending))
    out.line()
    out.line("To apply migrations in development run prisma migrate dev.")
    out.line("To apply migrations in production run prisma migrate deploy.")


def _print_not_managed(env: Env, first: str | None) -> None:
    out = env.output
    out.error_line("The current database is not managed by Prisma Migrate.")
    out.error_line()
    if first:
        out.error_line("If you want to keep the current database structure and data and create new migrations, "
                       f"baseline this database with the migration \"{first}\":")
        out.error_line(f"prisma migrate resolve --applied \"{first}\"")
        out.error_line()
    out.error_line("Read more about how to baseline an existing production database:")
    out.error_line("https://pris.ly/d/migrate-baseline")


def _lamina_extras(diagnostic) -> list[str]:
    lines = []
    for name in diagnostic.edited_migration_names:
        lines.append(f"The migration `{name}` was modified after it was applied.")
    if diagnostic.verdict == "migrationsDirectoryIsBehind":
        names = ", ".join(diagnostic.not_in_folder)
        lines.append(f"The following migration(s) are applied to the database but missing from the local migrations directory: {names}")
    return lines


def _print_extras(env: Env, lines: list[str]) -> None:
    if lines:
        env.output.line()
        for line in lines:
            env.output.line(env.output.yellow(line))
