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
