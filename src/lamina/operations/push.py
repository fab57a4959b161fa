"""push: make the live database match the schema without migrations (PRISMA-COMPAT.md §1.9, §4.3).
The live database is described (`_prisma_migrations` is never part of it), diffed to the schema,
checked for data loss against its rows, and the steps run one statement at a time. Data-loss
warnings need `accept_data_loss` or a yes from an interactive prompter (PushNeedsAcceptDataLoss
otherwise). The generators are not run here."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from lamina.dialects import connected_dialect
from lamina.dialects.base import Dialect
from lamina.diffing.differ import diff_schemas
from lamina.diffing.safety import check_steps
from lamina.engine.connection import Connection, quote_identifier
from lamina.engine.describe import describe_database
from lamina.engine.reset import reset_database
from lamina.engine.row_counts import LiveRowCounts
from lamina.engine.urls import DatabaseUrl
from lamina.errors import KnownError
from lamina.operations.context import (
    PRETTY_PROVIDER, LoadedSchema, datasource_schemas, datasource_url, external_filter, external_objects, location,
)
from lamina.operations.database import open_or_create
from lamina.operations.events import Listener, emit
from lamina.operations.execute import execute_script
from lamina.operations.project import PathLike, resolve_project
from lamina.prompting import Prompter
from lamina.schema.calculate import calculate_sql_schema

QUESTION = "Do you want to ignore the warning(s)?"


class PushUnexecutable(KnownError):
    messages: list[str]

    def message(self) -> str:
        lines = ["\n⚠️ We found changes that cannot be executed:\n", *(f"  • {m}" for m in self.messages)]
        return ("\n".join(lines) + "\n\n"
                "You may use the --force-reset flag to drop the database before push like lamina db push --force-reset\n"
                "All data will be lost.\n      ")


class PushNeedsAcceptDataLoss(KnownError):
    def message(self) -> str:
        return "Use the --accept-data-loss flag to ignore the data loss warnings like lamina db push --accept-data-loss"


@dataclass(frozen=True)
class PushResult:
    in_sync: bool  # the database already matched the schema: nothing ran
    statements: tuple[str, ...]  # the SQL run, in order
    warnings: tuple[str, ...]  # data-loss warnings (accepted)
    reset: bool = False  # force_reset dropped everything first
    database_created: bool = False
    cancelled: bool = False  # the prompter said no to the warnings: nothing ran


@dataclass(frozen=True)
class DatabaseReset:
    """force_reset: the database (or its schemas) was emptied."""

    target: str  # `The PostgreSQL database "x" schema "public" at "host:port"`
    schemas: int  # how many schemas the target names


@dataclass(frozen=True)
class DataLossWarnings:
    """Before the question (or PushNeedsAcceptDataLoss)."""

    warnings: tuple[str, ...]


def push(*, accept_data_loss: bool = False, force_reset: bool = False,
         project: PathLike | LoadedSchema | None = None, schema: PathLike | None = None,
         config: PathLike | None = None, url: str | None = None, cwd: PathLike | None = None,
         prompter: Prompter | None = None, listener: Listener | None = None) -> PushResult:
    """Raises PushUnexecutable (changes that cannot run on the data; `force_reset` empties the
    database first) and PushNeedsAcceptDataLoss."""
    loaded = resolve_project(project=project, schema=schema, config=config, url=url, cwd=cwd, has_url_flag=True)
    db_url = datasource_url(loaded)
    assert db_url is not None
    namespaces = datasource_schemas(loaded)
    conn, created = open_or_create(db_url, listener)
    with conn:
        dialect = connected_dialect(conn)
        if force_reset:
            reset_database(conn, namespaces)
            emit(listener, DatabaseReset(reset_target(db_url, namespaces), max(len(namespaces), 1)))
        live = describe_database(conn, namespaces)
        target = calculate_sql_schema(loaded.schema)
        exclude = external_filter(external_objects(loaded.project), db_url, dialect.capabilities.default_namespace)
        steps = diff_schemas(exclude(live), exclude(target), dialect)
        report = check_steps(steps, live, target, dialect, LiveRowCounts(conn))
        if report.unexecutable:
            raise PushUnexecutable(report.unexecutable)
        warnings = tuple(report.warnings)
        if warnings:
            emit(listener, DataLossWarnings(warnings))
            if not accept_data_loss:
                if prompter is None or not prompter.interactive:
                    raise PushNeedsAcceptDataLoss()
                if not prompter.confirm(QUESTION):
                    return PushResult(False, (), warnings, force_reset, created, cancelled=True)
        statements = apply_steps(conn, steps, dialect)
    return PushResult(not steps, tuple(statements), warnings, force_reset, created)


def apply_steps(conn: Connection, steps: list[Any], dialect: Dialect) -> list[str]:
    """Each rendered statement on its own, outside any transaction, as the engine's push does.
    A PostgreSQL `?schema=` that does not exist yet is created first, as Prisma's push does.
    Returns the statements run."""
    run: list[str] = []
    if conn.provider == "postgresql" and steps:
        schema = conn.schema or "public"
        if not conn.query("SELECT 1 FROM pg_catalog.pg_namespace WHERE nspname = %s", (schema,)):
            statement = f"CREATE SCHEMA {quote_identifier(schema)}"
            conn.execute(statement)
            run.append(statement)
    for step in steps:
        for statement in dialect.render(step):
            execute_script(conn, statement)
            run.append(statement)
    return run


def reset_target(url: DatabaseUrl, namespaces: tuple[str, ...] = ()) -> str:
    """`The PostgreSQL database "x" schema "public" at "host:port"` as the reset message names it
    (`schemas "a, b"` for several)."""
    pretty = PRETTY_PROVIDER.get(url.provider, url.provider)
    if url.provider == "sqlite":
        return f'The {pretty} database "{url.database}" at "{location(url)}"'
    if url.provider == "postgresql":
        label = "schemas" if len(namespaces) > 1 else "schema"
        where = f'{label} "{", ".join(namespaces or (str(url.schema),))}"'
        return f'The {pretty} database "{url.database}" {where} at "{location(url)}"'
    return f'The {pretty} database "{url.database}" at "{location(url)}"'
