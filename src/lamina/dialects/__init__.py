"""Database dialects, keyed by Prisma provider string."""

from lamina.dialects import mysql, postgres, sqlite
from lamina.dialects.base import Capabilities, Dialect

DIALECTS: dict[str, Dialect] = {
    "postgresql": postgres.DIALECT,
    "sqlite": sqlite.DIALECT,
    "mysql": mysql.DIALECT,
}

__all__ = ["DIALECTS", "Capabilities", "Dialect"]
