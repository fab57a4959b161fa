"""`lamina migrate deploy`: apply pending migrations, as in production (PRISMA-COMPAT.md §1.4, §3.3).

No shadow database, no drift check, no prompt. Beyond Prisma: a migration that does not run as
one transaction says how it runs (engine/statements.py), progress (N of M, name, elapsed) is shown
when stdout is a terminal, and `--dry-run` lists what would be applied without writing anything.
The database URL is never printed, only its host and port (or SQLite path)."""

from __future__ import annotations

import time

from lamina.cli.main import Env
from lamina.cli.output import Output, migration_tree
from lamina.operations.context import datasource_line, datasource_url, external_objects, load_schema
from lamina.cli.commands.database import open_or_create
from lamina.engine.apply import apply_migrations, pending_for_dry_run
from lamina.engine.atomic import invalid_indexes, plan_for
from lamina.engine.connection import Connection, connect, quote_identifier
from lamina.engine.urls import DatabaseUrl
from lamina.errors import DatabaseDoesNotExist, FoundFailedMigrations
from lamina.migrations.directory import LocalMigration, check_lock_provider, list_migrations, migrations_found_line


def run(env: Env, *, schema: str | None, config: str | None, dry_run: bool = False) -> int:
    output = env.output
    loaded = load_schema(output, env.cwd, schema=schema, config=config, config_only=True)
    url = datasource_url(loaded)
    output.line(output.dim(datasource_line(loaded, url)))
    migrations_dir = loaded.project.migrations_dir
    check_lock_provider(migrations_dir, loaded.provider)
    if dry_run:
        return _dry_run(output, url, list_migrations(migrations_dir))
    conn, _ = open_or_create(url, output)
    with conn:
        local = list_migrations(migrations_dir)
        output.line(migrations_found_line(len(local)))
        progress = _Progress(output)
        try:
            applied = apply_migrations(
                conn, local, on_applying=progress.applying, on_plan=progress.plan,
                on_pending=progress.start, external_tables=external_objects(loaded.project).tables,
            )
        except FoundFailedMigrations as error:
            _explain_interrupted(output, error, local, conn)
            raise
        finally:
            progress.done()
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


def _explain_interrupted(
    output: Output, error: FoundFailedMigrations, local: list[LocalMigration], conn: Connection
) -> None:
    """A failed row without logs was interrupted (the process or the connection died), not refused
    by the database. Migrations that run as one transaction never leave such a row; the others
    (steps, own BEGIN/COMMIT) may have run part of their statements: say what to check and run."""
    scripts = {migration.name: migration.script for migration in local}
    for failed in error.failed:
        if failed.logs:
            continue
        name = failed.migration_name
        script = scripts.get(name)
        plan = plan_for(conn.provider, script) if script is not None else None
        how = f" (it {plan.describe()})" if plan is not None and plan.describe() else ""
        output.error_line(
            f"The migration `{name}` was interrupted before it finished{how}: no database error was recorded."
        )
        output.error_line(
            "Check which of its statements took effect. If all of them did, run "
            f"`lamina migrate resolve --applied \"{name}\"`; otherwise undo the ones that did and run "
            f"`lamina migrate resolve --rolled-back \"{name}\"`, then deploy again."
        )
        if plan is not None and "CREATE INDEX CONCURRENTLY" in plan.outside_transaction:
            for index in invalid_indexes(conn):
                output.error_line(
                    f"The index {quote_identifier(index)} is invalid (an interrupted CREATE INDEX CONCURRENTLY): "
                    f"drop it with DROP INDEX CONCURRENTLY {quote_identifier(index)};"
                )
        output.error_line()


def _dry_run(output: Output, url: DatabaseUrl, local: list[LocalMigration]) -> int:
    """Read the history (no lock, no table created, no database created) and list the pending
    migrations in the order deploy would apply them."""
    output.line()
    try:
        conn = connect(url)
    except DatabaseDoesNotExist:
        conn = None
        output.line(f"The database {url.database} does not exist yet: deploy would create it.")
    output.line(migrations_found_line(len(local)))
    if conn is None:
        pending = pending_for_dry_run(None, local)
    else:
        with conn:
            pending = pending_for_dry_run(conn, local)
    output.line()
    if not pending:
        output.line("No pending migrations to apply.")
        return 0
    output.line(f"The following migration(s) would be applied, in this order ({len(pending)}):")
    output.line()
    output.line(migration_tree("migrations", [m.name for m in pending], output))
    notes = []
    for migration in pending:
        plan = plan_for(url.provider, migration.script or "")
        description = plan.describe() if plan is not None else None
        if description is not None:
            notes.append(f"Migration `{migration.name}` {description}.")
    if notes:
        output.line()
        for note in notes:
            output.line(note)
    output.line()
    output.line("Dry run: the database was not changed.")
    return 0


class _Progress:
    """`[N/M] name (elapsed)` on a terminal; nothing otherwise."""

    def __init__(self, output: Output) -> None:
        stream = output.out
        self._output = output
        self._enabled = hasattr(stream, "isatty") and stream.isatty()
        self._total = 0
        self._count = 0
        self._started = time.monotonic()
        self._on_line = False

    def start(self, pending: int) -> None:
        self._total = pending
        self._started = time.monotonic()

    def plan(self, name: str, description: str) -> None:
        """How a migration that is not one transaction runs: always printed, on its own line."""
        self._clear()
        self._output.line(f"Migration `{name}` {description}.")

    def _clear(self) -> None:
        if self._on_line:
            self._output.out.write("\r\x1b[2K")
            self._on_line = False

    def applying(self, name: str) -> None:
        if not self._enabled:
            return
        self._count += 1
        elapsed = time.monotonic() - self._started
        self._clear()
        self._output.out.write(
            f"Applying migration {self._count} of {self._total}: `{name}` ({elapsed:.1f}s elapsed)"
        )
        self._output.out.flush()
        self._on_line = True

    def done(self) -> None:
        if self._enabled and self._count:
            self._clear()
            elapsed = time.monotonic() - self._started
            self._output.out.write(f"{self._count} of {self._total} migration(s) run in {elapsed:.1f}s\n")
            self._output.out.flush()
