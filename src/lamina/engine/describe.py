"""Describe the database behind a Connection, whatever its provider."""

from __future__ import annotations

from collections.abc import Callable, Collection, Iterator
from contextlib import contextmanager

from lamina.engine.connection import Connection
from lamina.schema.model import SqlSchema


def describe_database(conn: Connection, schemas: tuple[str, ...] = (), *, known: SqlSchema | None = None,
                      changed: Collection[str] = ()) -> SqlSchema:
    """`known` and `changed`: on PostgreSQL, the tables of an earlier description that are not
    `changed` are reused rather than read again (dialects/postgres/describe.py); elsewhere, and in a
    temporary-schema shadow, everything is read."""
    match conn.provider:
        case "postgresql":
            from lamina.dialects.postgres.describe import describe_postgres

            from lamina.engine.temp_schema_shadow import TemporarySchemaConnection

            namespaces = (conn.schema, *[s for s in schemas if s != conn.schema])
            if isinstance(conn, TemporarySchemaConnection):  # a shadow replayed in a temporary schema
                return conn.as_main_schema(describe_postgres(conn.raw, namespaces))
            return describe_postgres(conn.raw, namespaces, known=known, changed=changed)
        case "sqlite":
            from lamina.dialects.sqlite.describe import describe_sqlite

            return describe_sqlite(conn.raw)
        case "mysql":
            from lamina.dialects.mysql.describe import describe_mysql

            return describe_mysql(conn.raw)
        case other:
            raise NotImplementedError(f"describing {other} databases")


@contextmanager
def described_meanwhile(conn: Connection, schemas: tuple[str, ...] = ()) -> Iterator[Callable[[], SqlSchema]]:
    """`describe_database(conn, schemas)`, read while the block runs: on PostgreSQL the catalog
    queries run in a thread (the server works while this process reads files), elsewhere when the
    block asks for it. The block must not use `conn` itself; leaving it waits for the thread, and
    the description's error, if any, is raised where the block asks for the result."""
    if conn.provider != "postgresql":
        yield lambda: describe_database(conn, schemas)
        return
    from concurrent.futures import ThreadPoolExecutor

    with ThreadPoolExecutor(max_workers=1, thread_name_prefix="lamina-describe") as pool:
        future = pool.submit(describe_database, conn, schemas)
        yield future.result


def describe_objects(conn: Connection, schemas: tuple[str, ...] = ()):
    """What a reverse needs beyond the compared schema (functions, triggers, constraints and indexes
    as the database prints them, `lamina.dialects.postgres.objects`); None where not read (SQLite,
    MySQL). Never part of the comparison `migrate diff` and `migrate dev` make."""
    if conn.provider != "postgresql":
        return None
    from lamina.dialects.postgres.objects import describe_objects as describe_postgres_objects

    from lamina.engine.temp_schema_shadow import TemporarySchemaConnection

    stands_for = conn.stands_for if isinstance(conn, TemporarySchemaConnection) else None
    return describe_postgres_objects(conn.raw, (conn.schema, *[s for s in schemas if s != conn.schema]), stands_for)
