"""Opening the project's database the way Prisma's CLI does before a command: check it can be
reached, and create it when the command is one of those that do (dev, deploy, reset, push)."""

from __future__ import annotations

from lamina.cli.output import Output
from lamina.operations.context import PRETTY_PROVIDER, location
from lamina.engine.connection import Connection, connect, create_database
from lamina.engine.urls import DatabaseUrl
from lamina.errors import DatabaseDoesNotExist
from lamina.operations.existing import DatabaseMissing, open_existing  # noqa: F401 - used by the commands


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
