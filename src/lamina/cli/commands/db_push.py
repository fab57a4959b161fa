"""`lamina db push` (PRISMA-COMPAT.md §1.9, §4.3): make the live database match the schema without
migrations. The live database is described (`_prisma_migrations` is never part of it), diffed to
the schema, checked for data loss against its rows, and the steps run one statement at a time."""

from __future__ import annotations

import os
import time

from lamina.cli.commands_generate import run_generators
from lamina.cli.main import EXIT_CANCELLED, Env
from lamina.cli.output import Output
from lamina.operations.context import (
    PRETTY_PROVIDER, datasource_line, datasource_schemas, datasource_url, external_filter, external_objects,
    load_schema, location,
)
from lamina.cli.commands.database import open_or_create
from lamina.cli.commands.db_execute import execute_script
from lamina.dialects import connected_dialect
from lamina.diffing.differ import diff_schemas
from lamina.diffing.safety import check_steps
from lamina.engine.connection import Connection, quote_identifier
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
                "You may use the --force-reset flag to drop the database before push like lamina db push --force-reset\n"
                "All data will be lost.\n      ")


class PushNeedsAcceptDataLoss(KnownError):
    def message(self) -> str:
        return "Use the --accept-data-loss flag to ignore the data loss warnings like lamina db push --accept-data-loss"


def run(env: Env, *, schema, config, accept_data_loss, force_reset, skip_generate, url) -> int:
    started = time.monotonic()
    out = env.output
    loaded = load_schema(out, env.cwd, schema=schema, config=config, url=url, has_url_flag=True)
    db_url = datasource_url(loaded)
    out.line(out.dim(datasource_line(loaded, db_url)))
    namespaces = datasource_schemas(loaded)
    conn, _ = open_or_create(db_url, out)
    with conn:
        dialect = connected_dialect(conn)
        if force_reset:
            reset_database(conn, namespaces)
            out.line(f"{reset_target(db_url, namespaces)} {'were' if len(namespaces) > 1 else 'was'} successfully reset.")
            out.line()
        live = describe_database(conn, namespaces)
        target = calculate_sql_schema(loaded.schema)
        exclude = external_filter(external_objects(loaded.project), db_url, dialect.capabilities.default_namespace)
        steps = diff_schemas(exclude(live), exclude(target), dialect)
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
        run_generators(loaded, out, env.cwd)
    return 0


def apply_steps(conn: Connection, steps, dialect) -> None:
    """Each rendered statement on its own, outside any transaction, as the engine's push does.
    A PostgreSQL `?schema=` that does not exist yet is created first, as Prisma's push does."""
    if conn.provider == "postgresql" and steps:
        schema = conn.schema or "public"
        if not conn.query("SELECT 1 FROM pg_catalog.pg_namespace WHERE nspname = %s", (schema,)):
            conn.execute(f"CREATE SCHEMA {quote_identifier(schema)}")
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
    """`The PostgreSQL database "x" schema "public" at "host:port"` as the reset message names it
    (`schemas "a, b"` for several)."""
    pretty = PRETTY_PROVIDER.get(url.provider, url.provider)
    if url.provider == "sqlite":
        return f'The {pretty} database "{url.database}" at "{location(url)}"'
    if url.provider == "postgresql":
        label = "schemas" if len(namespaces) > 1 else "schema"
        where = f'{label} "{", ".join(namespaces or (url.schema,))}"'
        return f'The {pretty} database "{url.database}" {where} at "{location(url)}"'
    return f'The {pretty} database "{url.database}" at "{location(url)}"'


def format_ms(started: float) -> str:
    """Prisma's duration: `455ms` under a second, `1.63s` from there."""
    ms = int((time.monotonic() - started) * 1000)
    return f"{ms}ms" if ms < 1000 else f"{ms / 1000:.2f}s"

