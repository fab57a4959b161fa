"""The migration lock Prisma takes before touching `_prisma_migrations` (PRISMA-COMPAT §4.2).

Never released explicitly: it lives as long as the connection.
"""

from __future__ import annotations

import os
import time

from lamina.engine.connection import Connection
from lamina.errors import DatabaseTimedOut

ADVISORY_LOCK_KEY = 72707369
DEFAULT_TIMEOUT_SECONDS = 10.0


def is_lock_disabled() -> bool:
    return os.environ.get("PRISMA_SCHEMA_DISABLE_ADVISORY_LOCK", "") not in ("", "0")


def lock_timeout_seconds() -> float:
    return float(os.environ.get("LAMINA_LOCK_TIMEOUT", DEFAULT_TIMEOUT_SECONDS))


def acquire_migration_lock(conn: Connection) -> None:
    if is_lock_disabled():
        return
    match conn.provider:
        case "postgresql":
            _acquire_postgres_lock(conn, lock_timeout_seconds())
        case "sqlite":
            conn.execute("PRAGMA main.locking_mode=EXCLUSIVE")
        case "mysql":
            if ".psdb.cloud" not in conn.url.url:  # PlanetScale has no named locks
                _acquire_mysql_lock(conn, lock_timeout_seconds())


# Waiting happens in slices: a waiting `SELECT pg_advisory_lock` holds a snapshot, and
# `CREATE INDEX CONCURRENTLY` in the deployer holding the lock waits for every older snapshot in the
# database. Short slices end each wait (and its snapshot) well before the deadlock detector
# (deadlock_timeout, 1 s by default) would abort the index build.
_WAIT_SLICE_SECONDS = 0.1


def _acquire_mysql_lock(conn: Connection, timeout: float) -> None:
    """`SELECT GET_LOCK('prisma_migrate', 10)`. Prisma ignores the result and goes on without the
    lock after a timeout; lamina stops with P1002 instead (1 = obtained, 0 = timed out, NULL =
    error)."""
    seconds = max(0, int(timeout))
    sql = f"SELECT GET_LOCK('prisma_migrate', {seconds})"
    rows = conn.query(sql)
    if not rows or rows[0][0] != 1:
        raise DatabaseTimedOut(
            context=(
                f"Timed out trying to acquire a MySQL named lock ({sql}). Timeout: {seconds * 1000}ms. "
                "See https://pris.ly/d/migrate-advisory-locking for details."
            )
        )


def _acquire_postgres_lock(conn: Connection, timeout: float) -> None:
    """`SELECT pg_advisory_lock(72707369)`, queued in the server (an ungranted advisory lock in
    pg_locks) for at most `timeout` seconds, then P1002 as Prisma words it."""
    import psycopg

    deadline = time.monotonic() + timeout
    try:
        while True:
            remaining = deadline - time.monotonic()
            wait = max(1, int(min(remaining, _WAIT_SLICE_SECONDS) * 1000))
            conn.execute(f"SET lock_timeout = {wait}")
            try:
                conn.query(f"SELECT pg_advisory_lock({ADVISORY_LOCK_KEY})")
                return
            except psycopg.errors.LockNotAvailable:
                if time.monotonic() >= deadline:
                    break
    finally:
        conn.execute("RESET lock_timeout")
    raise DatabaseTimedOut(
        context=(
            "Timed out trying to acquire a postgres advisory lock "
            f"(SELECT pg_advisory_lock({ADVISORY_LOCK_KEY})). Timeout: {int(timeout * 1000)}ms. "
            "See https://pris.ly/d/migrate-advisory-locking for details."
        )
    )
