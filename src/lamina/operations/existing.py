"""Opening a database that must already exist (status, resolve): P1003 otherwise, as Prisma's CLI
words it when it checks a database before a read-only command."""

from __future__ import annotations


from lamina.engine.connection import Connection, connect
from lamina.engine.urls import DatabaseUrl
from lamina.errors import DatabaseDoesNotExist, KnownError
from lamina.operations.context import location


class DatabaseMissing(KnownError):
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
    try:
        return connect(url)
    except DatabaseDoesNotExist:
        raise DatabaseMissing(url) from None
