"""Opening the project's database for a command that creates it when it does not exist (dev,
deploy, reset, push), as Prisma's CLI does: Connecting, then DatabaseCreated when it was created."""

from __future__ import annotations

from dataclasses import dataclass

from lamina.engine.connection import Connection, connect, create_database
from lamina.engine.urls import DatabaseUrl
from lamina.errors import DatabaseDoesNotExist
from lamina.operations.context import location
from lamina.operations.events import Listener, emit


@dataclass(frozen=True)
class Connecting:
    location: str  # host:port or the SQLite path, never the URL


@dataclass(frozen=True)
class DatabaseCreated:
    provider: str
    database: str
    location: str


def open_or_create(url: DatabaseUrl, listener: Listener | None) -> tuple[Connection, bool]:
    """The connection, and whether the database was just created."""
    emit(listener, Connecting(location(url)))
    try:
        return connect(url), False
    except DatabaseDoesNotExist:
        create_database(url)
        emit(listener, DatabaseCreated(url.provider, url.database or "", location(url)))
        return connect(url), True
