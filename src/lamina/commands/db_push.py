"""`lamina db push` (PRISMA-COMPAT.md §1.9, §4.3): make the live database match the schema without
migrations. The live database is described (`_prisma_migrations` is never part of it), diffed to
the schema, checked for data loss against its rows, and the steps run one statement at a time."""

from __future__ import annotations

import os
import time

from lamina.cli.main import EXIT_CANCELLED, Env
from lamina.cli.output import Output
from lamina.commands.context import PRETTY_PROVIDER, datasource_line, datasource_url, load_schema, location
from lamina.commands.database import open_or_create
from lamina.commands.db_execute import execute_script
from lamina.commands.seed import say_generators_skipped
from lamina.dialects import connected_dialect
from lamina.diff.differ import diff_schemas
from lamina.diff.safety import check_steps
from lamina.engine.connection import Connection
from lamina.engine.describe import describe_database
from lamina.engine.reset import reset_database
from lamina.engine.row_counts import LiveRowCounts
from lamina.engine.urls import DatabaseUrl
from lamina.errors import KnownError
from lamina.schema.calculate import calculate_sql_schema


class PushUnexecutable(KnownError):
    def __init__(self, messages: list[str]):
        self.messages = messages

    def message(self) -> str:
        lines = ["\n⚠️ We found changes that cannot be executed:\n", *(f"  • {m}" for m in self.messages)]
        return ("\n".join(lines) + "\n\n"
                "You may use the --force-reset flag to drop the database before push like prisma db push --force-reset\n"
                "All data will be lost.\n      ")


class PushNeedsAcceptDataLoss(KnownError):
    def message(self) -> str:
        return "Use the --accept-data-loss flag to ignore the data loss warnings like prisma db push --accept-data-loss"


def run(env: Env, *, schema, config, accept_data_loss, force_reset, skip_generate, url) -> int:
    started = time.monotonic()
    out = env.output
    loaded = load_schema(out, env.cwd, schema=schema, config=config, url=url)
    db_url = datasource_url(loaded)
    out.line(out.dim(datasource_line(loaded, db_url)))
    namespaces = tuple(loaded.schema.datasource.schemas) if loaded.schema.datasource else ()
    conn, _ = open_or_create(db_url, out)
    with conn:
        dialect = connected_dialect(conn)
        if force_reset:
            reset_database(conn, namespaces)
            out.line(f"{reset_target(db_url, namespaces)} was successfully reset.")
            out.line()
        live = describe_database(conn, namespaces)
        target = calculate_sql_schema(loaded.schema)
        steps = diff_schemas(live, target, dialect)
        report = check_steps(steps, live, target, dialect, LiveRowCounts(conn))
        if report.unexecutable:
            raise PushUnexecutable(report.unexecutable)
        if report.warnings:
            _print_warnings(out, report.warnings)
            if not accept_data_loss:
                if not env.prompter.interactive:
                    raise PushNeedsAcceptDataLoss()
                if not env.prompter.confirm("Do you want to ignore the warning(s)?"):
                    out.line("Push cancelled.")
                    return EXIT_CANCELLED
            out.line()
        if not steps:
            out.line("The database is already in sync with the Prisma schema.")
        else:
            apply_steps(conn, steps, dialect)
            out.line(f"🚀  Your database is now in sync with your Prisma schema. Done in {format_ms(started)}")
        out.line()
    if not (skip_generate or os.environ.get("PRISMA_MIGRATE_SKIP_GENERATE")):
        say_generators_skipped(loaded, out)
    return 0


def apply_steps(conn: Connection, steps, dialect) -> None:
    """Each rendered statement on its own, outside any transaction, as the engine's push does."""
    for step in steps:
        for statement in dialect.render(step):
            execute_script(conn, statement)


def _print_warnings(out: Output, warnings: list[str]) -> None:
    out.line(out.yellow("⚠️  There might be data loss when applying the changes:"))
    out.line()
    for warning in warnings:
        out.line(f"  • {warning}")
        out.line()
    out.line()


def reset_target(url: DatabaseUrl, namespaces: tuple[str, ...] = ()) -> str:
    """`The PostgreSQL database "x" schema "public" at "host:port"` as the reset message names it."""
    pretty = PRETTY_PROVIDER.get(url.provider, url.provider)
    if url.provider == "sqlite":
        return f'The {pretty} database "{url.database}" at "{location(url)}"'
    if url.provider == "postgresql":
        where = f'schemas "{", ".join(namespaces)}"' if namespaces else f'schema "{url.schema}"'
        return f'The {pretty} database "{url.database}" {where} at "{location(url)}"'
    return f'The {pretty} database "{url.database}" at "{location(url)}"'


def format_ms(started: float) -> str:
    """Prisma's duration: `455ms` under a second, `1.63s` from there."""
    ms = int((time.monotonic() - started) * 1000)
    return f"{ms}ms" if ms < 1000 else f"{ms / 1000:.2f}s"

