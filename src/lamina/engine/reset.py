"""Emptying a database for `migrate reset`, `db push --force-reset` and configured shadow
databases (PRISMA-COMPAT §4.3)."""

from __future__ import annotations

from collections.abc import Sequence

from lamina.engine.connection import Connection, quote_identifier, quote_mysql_identifier
from lamina.engine.lock import acquire_migration_lock
from lamina.migrations.history import DROP_TABLE_SQL


def reset_database(conn: Connection, namespaces: Sequence[str] = ()) -> None:
    match conn.provider:
        case "postgresql":
            _reset_postgres(conn, namespaces or (conn.schema or "public",))
        case "sqlite":
            _reset_sqlite(conn)
        case "mysql":
            name = quote_mysql_identifier(conn.url.database)
            conn.execute(f"DROP DATABASE {name}")
            conn.execute(f"CREATE DATABASE {name}")
            conn.execute(f"USE {name}")


def _reset_postgres(conn: Connection, namespaces: Sequence[str]) -> None:
    for namespace in namespaces:
        quoted = quote_identifier(namespace)
        conn.execute(f"DROP SCHEMA IF EXISTS {quoted} CASCADE")
        conn.execute(f"CREATE SCHEMA {quoted}")
    try:
        conn.execute(DROP_TABLE_SQL)
    except Exception:  # noqa: BLE001 - Prisma ignores this failure: the table is usually gone already
        pass


def _reset_sqlite(conn: Connection) -> None:
    path = conn.url.path
    if path is None:
        _drop_everything_sqlite(conn)
        return
    conn.execute("PRAGMA main.locking_mode=NORMAL")
    conn.query("PRAGMA main.quick_check")
    with open(path, "wb"):
        pass  # truncate the file to 0 bytes: an empty file is an empty database
    acquire_migration_lock(conn)


def _drop_everything_sqlite(conn: Connection) -> None:
    """In-memory databases have no file to truncate: drop every object instead."""
    conn.execute("PRAGMA foreign_keys=OFF")
    for kind in ("view", "trigger", "table"):
        names = [
            row[0]
            for row in conn.query(
                "SELECT name FROM sqlite_master WHERE type = ? AND name NOT LIKE 'sqlite_%'", (kind,)
            )
        ]
        for name in names:
            conn.execute(f"DROP {kind.upper()} IF EXISTS {quote_identifier(name)}")
    conn.execute("PRAGMA foreign_keys=ON")
