"""Opening the project's database the way Prisma's CLI does before a command: check it can be
reached, and create it when the command is one of those that do (dev, deploy, reset, push)."""

from __future__ import annotations

from dataclasses import dataclass

from lamina.cli.output import Output
from lamina.operations.context import PRETTY_PROVIDER, location
from lamina.engine.connection import Connection, connect, create_database
from lamina.engine.urls import DatabaseUrl
from lamina.errors import DatabaseDoesNotExist, KnownError


@dataclass
class DatabaseMissing(KnownError):
    """P1003 as Prisma's CLI words it when it checks a database before a read-only command."""

    code = "P1003"
    url: DatabaseUrl

    def message(self) -> str:
        if self.url.provider == "sqlite":
            return f"Database `{self.url.database}` does not exist at `{self.url.path}`."
        return f"Database `{self.url.database}` does not exist on the database server at `{location(self.url)}`."

    @property
    def hint(self) -> str | None:
        return "Create it with `lamina migrate deploy` (or `migrate dev`), or check the URL."


def open_existing(url: DatabaseUrl) -> Connection:
    """status / resolve: the database must exist."""
    try:
        return connect(url)
    except DatabaseDoesNotExist:
        raise DatabaseMissing(url) from None


def open_or_create(url: DatabaseUrl, output: Output) -> tuple[Connection, bool]:
    """dev / deploy / reset: create the database when it does not exist. Returns (conn, created)."""
    output.line()
    try:
        return connect(url), False
    except DatabaseDoesNotExist:
        create_database(url)
        output.line(f"{PRETTY_PROVIDER.get(url.provider, url.provider)} database {url.database} created at {location(url)}")
        output.line()
        return connect(url), True
