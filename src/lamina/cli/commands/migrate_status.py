"""`lamina migrate status` (PRISMA-COMPAT.md §1.6): Prisma's wording, order and exit codes, plus two
lines Prisma leaves out (edited migrations, migrations missing from the folder), after its text.

Prisma 7.10.1 decides in this order: pending migrations (`databaseIsBehind`, also when the database
has no `_prisma_migrations` table yet), diverging histories, a database with neither history table
nor local migrations, failed migrations; otherwise the database is up to date.
"""

from __future__ import annotations

from lamina.cli.commands.status_list import print_rows
from lamina.cli.main import Env
from lamina.migrations.directory import migrations_found_line
from lamina.operations.context import datasource_line, datasource_url, load_schema
from lamina.operations.status import StatusResult, status


def _plural(names: tuple[str, ...] | list[str]) -> str:
    return "s" if len(names) > 1 else ""


def run(env: Env, *, schema: str | None, config: str | None, as_list: bool = False) -> int:
    out = env.output
    loaded = load_schema(out, env.cwd, schema=schema, config=config, config_only=True)
    url = datasource_url(loaded)
    assert url is not None
    out.line(out.dim(datasource_line(loaded, url)))
    result = status(project=loaded)
    out.line()
    out.line(migrations_found_line(result.migrations_found))
    if as_list:
        print_rows(out, result.migrations)
    else:
        _print_verdict(env, result)
    if env.json is not None:
        env.json.result(result)
    return 0 if result.up_to_date else 1


def _print_verdict(env: Env, result: StatusResult) -> None:
    out = env.output
    edited = _edited_lines(result)
    missing = _missing_lines(result)
    if result.verdict == "pending":
        _print_pending(env, result.pending)
    elif result.verdict == "diverged":
        _print_diverging(env, result)
    elif result.verdict == "not_managed":
        _print_not_managed(env)
    elif result.verdict == "failed":
        _print_failed(env, result.failed)
    else:  # up to date for Prisma: what lamina adds about edits comes before that verdict
        _print_extras(env, edited)
        out.line()
        out.line("Database schema is up to date!")
        _print_extras(env, missing)
        return
    _print_extras(env, edited + missing)


def _print_pending(env: Env, pending: tuple[str, ...]) -> None:
    out = env.output
    out.line(f"Following migration{_plural(pending)} have not yet been applied:")
    out.line("\n".join(pending))
    out.line()
    out.line(f"To apply migrations in development run {_command(env, 'lamina migrate dev')}.")
    out.line(f"To apply migrations in production run {_command(env, 'lamina migrate deploy')}.")


def _print_diverging(env: Env, result: StatusResult) -> None:
    out = env.output
    out.error_line("Your local migration history and the migrations table from your database are different:")
    out.error_line()
    out.error_line("The last common migration is: " + (result.last_common_migration or "null"))
    out.error_line()
    out.error_line(f"The migration{_plural(result.pending)} have not yet been applied:")
    out.error_line("\n".join(result.pending))
    out.error_line()
    out.error_line(f"The migration{_plural(result.missing)} from the database are not found locally "
                   "in prisma/migrations:")
    out.error_line("\n".join(result.missing))


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


def _edited_lines(result: StatusResult) -> list[str]:
    return [f"The migration `{name}` was modified after it was applied." for name in result.edited]


def _missing_lines(result: StatusResult) -> list[str]:
    if result.pending or not result.missing:  # Prisma's migrationsDirectoryIsBehind only
        return []
    names = ", ".join(result.missing)
    return [f"The following migration(s) are applied to the database but missing from the local migrations "
            f"directory: {names}"]


def _print_extras(env: Env, lines: list[str]) -> None:
    if lines:
        env.output.line()
        for line in lines:
            env.output.line(env.output.yellow(line))
