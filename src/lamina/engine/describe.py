"""Describe the database behind a Connection, whatever its provider."""

from __future__ import annotations

from lamina.engine.connection import Connection
from lamina.schema.model import SqlSchema


def describe_database(conn: Connection, schemas: tuple[str, ...] = ()) -> SqlSchema:
    match conn.provider:
        case "postgresql":
            from lamina.dialects.postgres.describe import describe_postgres

            from lamina.engine.temp_schema_shadow import TemporarySchemaConnection

            described = describe_postgres(conn.raw, (conn.schema, *[s for s in schemas if s != conn.schema]))
            if isinstance(conn, TemporarySchemaConnection):  # a shadow replayed in a temporary schema
                return conn.as_main_schema(described)
            return described
        case "sqlite":
            from lamina.dialects.sqlite.describe import describe_sqlite

            return describe_sqlite(conn.raw)
        case "mysql":
            from lamina.dialects.mysql.describe import describe_mysql

            return describe_mysql(conn.raw)
        case other:
            raise NotImplementedError(f"describing {other} databases")


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
