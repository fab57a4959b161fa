"""Database dialects, keyed by Prisma provider string."""

from lamina.dialects import mysql, postgres, sqlite
from lamina.dialects.base import Capabilities, Dialect

DIALECTS: dict[str, Dialect] = {
    "postgresql": postgres.DIALECT,
    "sqlite": sqlite.DIALECT,
    "mysql": mysql.DIALECT,
}


def connected_dialect(conn) -> Dialect:
    """The dialect of the provider as Prisma's connector sets it up once connected to `conn`'s server
    (only MySQL depends on the server: MariaDB and MySQL 5.6 cannot rename indexes)."""
    if conn.provider == "mysql":
        return mysql.for_server(str(conn.query("SELECT VERSION()")[0][0]))
    return DIALECTS[conn.provider]


__all__ = ["DIALECTS", "Capabilities", "Dialect", "connected_dialect"]
