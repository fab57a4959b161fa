"""`lamina migrate status` (PRISMA-COMPAT.md §1.6): Prisma's wording, order and exit codes, plus two
lines Prisma leaves out (edited migrations, migrations missing from the folder), after its text.

Prisma 7.10.1 decides in this order: pending migrations (`databaseIsBehind`, also when the database
has no `_prisma_migrations` table yet), diverging histories, a database with neither history table
nor local migrations, failed migrations; otherwise the database is up to date.
"""

from __future__ import annotations

from lamina.cli.main import Env
from lamina.operations.context import datasource_line, datasource_url, load_schema
from lamina.cli.commands.database import open_existing
from lamina.engine.tables import read_history
from lamina.migrations.directory import check_lock_provider, list_migrations, migrations_found_line
from lamina.migrations.plan import HistoryDiagnostic, diagnose_history


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
    edited, missing = _edited_lines(diagnostic), _missing_lines(diagnostic)
    if diagnostic.verdict == "databaseIsBehind":
        _print_pending(env, diagnostic.not_in_database)
    elif diagnostic.verdict == "historiesDiverge":
        _print_diverging(env, diagnostic)
    elif records is None:
        _print_not_managed(env)
    elif diagnostic.failed_migration_names:
        _print_failed(env, diagnostic.failed_migration_names)
    else:  # up to date for Prisma: what lamina adds about edits comes before that verdict
        _print_extras(env, edited)
        out.line()
        out.line("Database schema is up to date!")
        _print_extras(env, missing)
        return 0
    _print_extras(env, edited + missing)
    return 1


def _print_pending(env: Env, pending: tuple[str, ...]) -> None:
    out = env.output
    out.line(f"Following migration{_plural(pending)} have not yet been applied:")
    out.line("\n".join(pending))
    out.line()
    out.line(f"To apply migrations in development run {_command(env, 'lamina migrate dev')}.")
    out.line(f"To apply migrations in production run {_command(env, 'lamina migrate deploy')}.")


def _print_diverging(env: Env, diagnostic: HistoryDiagnostic) -> None:
    out = env.output
    out.error_line("Your local migration history and the migrations table from your database are different:")
    out.error_line()
    out.error_line("The last common migration is: " + (diagnostic.last_common_migration_name or "null"))
    out.error_line()
    out.error_line(f"The migration{_plural(diagnostic.not_in_database)} have not yet been applied:")
    out.error_line("\n".join(diagnostic.not_in_database))
    out.error_line()
    out.error_line(f"The migration{_plural(diagnostic.not_in_folder)} from the database are not found locally "
                   "in prisma/migrations:")
    out.error_line("\n".join(diagnostic.not_in_folder))


def _print_not_managed(env: Env) -> None:
    out = env.output
    out.error_line("The current database is not managed by Prisma Migrate.")
    out.error_line()
    out.error_line("Read more about how to baseline an existing production database:")
    out.error_line("https://pris.ly/d/migrate-baseline")


def _print_failed(env: Env, failed: tuple[str, ...]) -> None:
    out = env.output
    out.error_line(f"Following migration{_plural(failed)} have failed:")
    out.error_line("\n".join(failed))
    out.error_line()
    out.error_line("During development if the failed migration(s) have not been deployed to a production "
                   f"database you can then fix the migration(s) and run {_command(env, 'lamina migrate dev')}.")
    out.error_line()
    out.error_line("The failed migration(s) can be marked as rolled back or applied:")
    out.error_line()
    out.error_line("- If you rolled back the migration(s) manually:")
    out.error_line(_command(env, f'lamina migrate resolve --rolled-back "{failed[0]}"'))
    out.error_line()
    out.error_line("- If you fixed the database manually (hotfix):")
    out.error_line(_command(env, f'lamina migrate resolve --applied "{failed[0]}"'))
    out.error_line()
    out.error_line("Read more about how to resolve migration issues in a production database:")
    out.error_line("https://pris.ly/d/migrate-resolve")


def _command(env: Env, text: str) -> str:
    """A command to run, bold and green as Prisma shows it (on a terminal)."""
    return env.output.bold(env.output.green(text))


def _edited_lines(diagnostic: HistoryDiagnostic) -> list[str]:
    return [f"The migration `{name}` was modified after it was applied." for name in diagnostic.edited_migration_names]


def _missing_lines(diagnostic: HistoryDiagnostic) -> list[str]:
    if diagnostic.verdict != "migrationsDirectoryIsBehind":
        return []
    names = ", ".join(diagnostic.not_in_folder)
    return [f"The following migration(s) are applied to the database but missing from the local migrations "
            f"directory: {names}"]


def _print_extras(env: Env, lines: list[str]) -> None:
    if lines:
        env.output.line()
        for line in lines:
            env.output.line(env.output.yellow(line))
