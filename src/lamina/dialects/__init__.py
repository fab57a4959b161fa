"""Database dialects, keyed by Prisma provider string. Each dialect's package is imported the first
time it is asked for: a PostgreSQL project never loads the SQLite and MySQL renderers."""

from __future__ import annotations

import importlib
from collections.abc import Iterator, Mapping

from lamina.dialects.base import Capabilities, Dialect

_PACKAGES = {
    "postgresql": "lamina.dialects.postgres",
    "sqlite": "lamina.dialects.sqlite",
    "mysql": "lamina.dialects.mysql",
}


class _Dialects(Mapping[str, Dialect]):
    def __getitem__(self, provider: str) -> Dialect:
        dialect: Dialect = importlib.import_module(_PACKAGES[provider]).DIALECT
        return dialect

    def __iter__(self) -> Iterator[str]:
        return iter(_PACKAGES)

    def __len__(self) -> int:
        return len(_PACKAGES)


DIALECTS: Mapping[str, Dialect] = _Dialects()


def connected_dialect(conn) -> Dialect:
    """The dialect of the provider as Prisma's connector sets it up once connected to `conn`'s server
    (only MySQL depends on the server: MariaDB and MySQL 5.6 cannot rename indexes)."""
    if conn.provider == "mysql":
        from lamina.dialects import mysql

        return mysql.for_server(str(conn.query("SELECT VERSION()")[0][0]))
    return DIALECTS[conn.provider]


__all__ = ["DIALECTS", "Capabilities", "Dialect", "connected_dialect"]
