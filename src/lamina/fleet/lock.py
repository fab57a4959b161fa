"""The migration lock of one tenant schema.

Separate databases keep Prisma's advisory lock, `pg_advisory_lock(72707369)`: advisory locks are
per database, so deployers of different databases never wait for one another. Tenant schemas share
one database, so each takes its own key instead, in PostgreSQL's two-integer key space:

    pg_advisory_lock(72707369, <CRC-32 of the schema name in UTF-8, as a signed 32-bit integer>)

Two lamina fleet runs on the same tenant exclude each other; a Prisma (or single lamina) deploy
with `?schema=<tenant>` takes 72707369 and is not excluded by it (docs/fleet.md).
"""

from __future__ import annotations

import zlib

from lamina.engine.connection import Connection
from lamina.engine.lock import ADVISORY_LOCK_KEY, acquire_postgres_lock


def tenant_lock_key(schema: str) -> tuple[int, int]:
    crc = zlib.crc32(schema.encode("utf-8"))
    return ADVISORY_LOCK_KEY, crc - (1 << 32) if crc >= (1 << 31) else crc


def acquire_tenant_lock(conn: Connection, schema: str) -> None:
    first, second = tenant_lock_key(schema)
    acquire_postgres_lock(conn, f"{first}, {second}")
