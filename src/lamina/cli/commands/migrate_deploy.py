"""`lamina migrate deploy`: apply pending migrations, as in production (PRISMA-COMPAT.md §1.4, §3.3).

No shadow database, no drift check, no prompt. Beyond Prisma: a migration that does not run as
one transaction says how it runs (engine/statements.py), progress (N of M, name, elapsed) is shown
when stdout is a terminal, and `--dry-run` lists what would be applied without writing anything.
The database URL is never printed, only its host and port (or SQLite path)."""

from __future__ import annotations

import time
from typing import Any

from lamina.cli.commands.database import render_connecting
from lamina.cli.main import Env
from lamina.cli.output import Output, migration_tree
from lamina.engine.connection import quote_identifier
from lamina.operations.context import datasource_line, datasource_url, load_schema
from lamina.operations.deploy import (
    ApplyingMigration,
    Connecting,
    DatabaseCreated,
    DatabaseWouldBeCreated,
    DeployResult,
    MigrationInterrupted,
    MigrationPlanned,
    MigrationsFound,
    PendingMigrations,
    deploy,
)
from lamina.migrations.directory import migrations_found_line


def run(env: Env, *, schema: str | None, config: str | None, dry_run: bool = False) -> int:
    output = env.output
    loaded = load_schema(output, env.cwd, schema=schema, config=config, config_only=True)
    url = datasource_url(loaded)
    assert url is not None
    output.line(output.dim(datasource_line(loaded, url)))
    progress = _Progress(output)
    try:
        result = deploy(project=loaded, dry_run=dry_run, listener=progress.event)
    finally:
        progress.done()
    code = _print_dry_run(output, result) if dry_run else _print_applied(output, result)
    if env.json is not None:
        env.json.result(result)
    return code


def _print_applied(output: Output, result: DeployResult) -> int:
    output.line()
    if not result.applied:
        output.line()
        output.line("No pending migrations to apply.")
        return 0
    output.line()
    output.line("The following migration(s) have been applied:")
    output.line()
    output.line(migration_tree("migrations", [m.name for m in result.applied], output))
    output.line()
    output.line(output.green("All migrations have been successfully applied."))
    return 0


def _print_dry_run(output: Output, result: DeployResult) -> int:
    pending = result.would_apply
    output.line()
    if not pending:
        output.line("No pending migrations to apply.")
        return 0
    output.line(f"The following migration(s) would be applied, in this order ({len(pending)}):")
    output.line()
    output.line(migration_tree("migrations", [m.name for m in pending], output))
    notes = [f"Migration `{m.name}` {m.runs}." for m in pending if m.runs]
    if notes:
        output.line()
        for note in notes:
            output.line(note)
    output.line()
    output.line("Dry run: the database was not changed.")
    return 0


def _explain_interrupted(output: Output, event: MigrationInterrupted) -> None:
    """A failed row without logs was interrupted (the process or the connection died), not refused
    by the database: say what to check and run."""
    name = event.name
    how = f" (it {event.runs})" if event.runs else ""
    output.error_line(f"The migration `{name}` was interrupted before it finished{how}: no database error was recorded.")
    output.error_line(
        "Check which of its statements took effect. If all of them did, run "
        f"`lamina migrate resolve --applied \"{name}\"`; otherwise undo the ones that did and run "
        f"`lamina migrate resolve --rolled-back \"{name}\"`, then deploy again."
    )
    for index in event.invalid_indexes:
        output.error_line(
            f"The index {quote_identifier(index)} is invalid (an interrupted CREATE INDEX CONCURRENTLY): "
            f"drop it with DROP INDEX CONCURRENTLY {quote_identifier(index)};"
        )
    output.error_line()


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

    def event(self, event: Any) -> None:
        """The operation's progress events (operations/deploy.py), as Prisma's text."""
        output = self._output
        match event:
            case Connecting() | DatabaseCreated():
                render_connecting(output, event)
            case DatabaseWouldBeCreated(database=database):
                output.line(f"The database {database} does not exist yet: deploy would create it.")
            case MigrationsFound(count=count):
                output.line(migrations_found_line(count))
            case PendingMigrations(count=count):
                self.start(count)
            case MigrationPlanned(name=name, runs=runs):
                self.plan(name, runs)
            case ApplyingMigration(name=name):
                self.applying(name)
            case MigrationInterrupted():
                _explain_interrupted(output, event)

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
