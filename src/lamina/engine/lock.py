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
    """Prisma's lock for the whole database (PostgreSQL: advisory lock 72707369)."""
    if is_lock_disabled():
        return
    match conn.provider:
        case "postgresql":
            _acquire_postgres_lock(conn, lock_timeout_seconds())
        case "sqlite":
            _acquire_sqlite_lock(conn, lock_timeout_seconds())
        case "mysql":
            if ".psdb.cloud" not in conn.url.url:  # PlanetScale has no named locks
                _acquire_mysql_lock(conn, lock_timeout_seconds())


def release_migration_lock(conn: Connection) -> None:
    """Let other processes at the database before the connection closes (the seed a command runs).
    Only SQLite's lock keeps them out of the data: exclusive locking mode is left, and the next
    access drops the file lock. The server locks guard only other migrate commands."""
    if conn.provider == "sqlite" and conn.url.path is not None:
        conn.execute("PRAGMA main.locking_mode=NORMAL")
        conn.query("SELECT count(*) FROM sqlite_master")


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


def _acquire_sqlite_lock(conn: Connection, timeout: float) -> None:
    """`PRAGMA main.locking_mode=EXCLUSIVE`, as Prisma; the exclusive lock is taken at once
    (`BEGIN EXCLUSIVE`), before anything is read, and kept until the connection closes.

    Prisma's exclusive mode alone takes the lock at the first write: two deployers both read the
    history first, each keeps its read lock, and one of them (or both) fails with "database is
    locked" after SQLite's 5 s busy timeout. Taken up front, the second deployer waits for the
    first to finish, for at most `timeout` seconds, then P1002 as on PostgreSQL.

    The lock is taken in normal locking mode and the mode turns exclusive only once it is held:
    in exclusive mode a waiter whose attempt failed keeps its shared lock between tries, and two
    waiters then block each other's exclusive lock until one of them times out."""
    import sqlite3

    if conn.url.path is None:
        conn.execute("PRAGMA main.locking_mode=EXCLUSIVE")
        return  # an in-memory database is private to its connection
    (busy_timeout,) = conn.query("PRAGMA busy_timeout")[0]
    conn.execute(f"PRAGMA busy_timeout = {int(timeout * 1000)}")
    try:
        conn.execute("BEGIN EXCLUSIVE")
    except sqlite3.OperationalError as error:
        if error.sqlite_errorcode & 0xFF not in (sqlite3.SQLITE_BUSY, sqlite3.SQLITE_LOCKED):
            raise
        raise DatabaseTimedOut(
            context=(
                f"Timed out trying to acquire an exclusive lock on the SQLite database file ({conn.url.path}). "
                f"Another deployer holds it. Timeout: {int(timeout * 1000)}ms."
            )
        ) from None
    finally:
        conn.execute(f"PRAGMA busy_timeout = {busy_timeout}")
    conn.execute("PRAGMA main.locking_mode=EXCLUSIVE")
    conn.execute("COMMIT")  # the lock stays: exclusive mode never releases it


def acquire_postgres_lock(conn: Connection, key: str) -> None:
    """`SELECT pg_advisory_lock(<key>)` with another key than Prisma's (`key` is the SQL argument
    list, e.g. `72707369, 12345` for the two-integer form): fleet/lock.py's tenant locks."""
    if not is_lock_disabled():
        _acquire_postgres_lock(conn, lock_timeout_seconds(), key)


def _acquire_postgres_lock(conn: Connection, timeout: float, key: str = str(ADVISORY_LOCK_KEY)) -> None:
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
                conn.query(f"SELECT pg_advisory_lock({key})")
                return
            except psycopg.errors.LockNotAvailable:
                if time.monotonic() >= deadline:
                    break
    finally:
        conn.execute("RESET lock_timeout")
    raise DatabaseTimedOut(
        context=(
            "Timed out trying to acquire a postgres advisory lock "
            f"(SELECT pg_advisory_lock({key})). Timeout: {int(timeout * 1000)}ms. "
            "See https://pris.ly/d/migrate-advisory-locking for details."
        )
    )
