"""A shadow "database" without CREATE DATABASE: on PostgreSQL, when the role may not create
databases and no `shadowDatabaseUrl` is set, the history is replayed into a temporary schema of the
development database (docs/fast-dev.md), with `search_path` set to that schema alone, and the schema
is dropped afterwards, whatever happens (failure, Ctrl-C, SIGTERM: cli/signals.py unwinds to here).

Only histories that stay inside the schema they run in can be replayed that way: a migration that
names a schema or creates, alters or drops an extension (extensions are database-wide) makes it
impossible, and the command fails with P3014 as before, with a hint naming that migration.
"""

from __future__ import annotations

import re
import uuid
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from dataclasses import replace

from lamina.engine.connection import Connection, connect, quote_identifier
from lamina.engine.urls import DatabaseUrl
from lamina.errors import ShadowDatabaseCreationFailed
from lamina.migrations.directory import LocalMigration
from lamina.schema.model import SqlSchema

TEMPORARY_SCHEMA_PREFIX = "prisma_migrate_shadow_"

_EXTENSION = re.compile(r"\b(?:CREATE|ALTER|DROP)\s+EXTENSION\b", re.I)
_SCHEMA_STATEMENT = re.compile(r"\b(?:CREATE|ALTER|DROP)\s+SCHEMA\b|\bsearch_path\b|\bSET\s+SCHEMA\b", re.I)
_QUOTED_QUALIFIER = re.compile(r'"(?:[^"]|"")+"\s*\.\s*"')


class TemporarySchemaConnection(Connection):
    """A connection whose default schema is the temporary one, described as `stands_for`."""

    def __init__(self, url: DatabaseUrl, raw, stands_for: str) -> None:
        super().__init__(url, raw)
        self.stands_for = stands_for

    def as_main_schema(self, described: SqlSchema) -> SqlSchema:
        """The temporary schema's description as a shadow database's: its default namespace is
        the main one, and only the server's built-in extensions show (a fresh database's)."""
        return replace(described, default_namespace=self.stands_for,
                       extensions=tuple(e for e in described.extensions if e.schema == "pg_catalog"))


def may_create_databases(main: DatabaseUrl) -> bool:
    with connect(main) as conn:
        rows = conn.query("SELECT rolcreatedb OR rolsuper FROM pg_roles WHERE rolname = current_user")
    return bool(rows and rows[0][0])


def blocking_reason(history: Sequence[LocalMigration], schema: str) -> tuple[str, str] | None:
    """(migration name, why) of the first migration that a temporary schema cannot hold."""
    unquoted = re.compile(rf"\b{re.escape(schema)}\s*\.", re.I)
    for migration in history:
        script = migration.script or ""
        if _EXTENSION.search(script):
            return migration.name, "creates, alters or drops an extension, which is database-wide"
        if _SCHEMA_STATEMENT.search(script) or _QUOTED_QUALIFIER.search(script) or unquoted.search(script):
            return migration.name, "names a schema explicitly"
    return None


class TemporarySchemaImpossible(ShadowDatabaseCreationFailed):
    migration_name: str = ""
    reason: str = ""

    @property
    def hint(self) -> str | None:
        return (f"The migration `{self.migration_name}` {self.reason}, so the history cannot be replayed in a "
                "temporary schema instead. Grant CREATEDB to the user or set `shadowDatabaseUrl` in the datasource.")


@contextmanager
def temporary_schema_shadow(main: DatabaseUrl, history: Sequence[LocalMigration]) -> Iterator[Connection]:
    schema = main.schema or "public"
    blocked = blocking_reason(history, schema)
    if blocked is not None:
        raise TemporarySchemaImpossible(
            inner_error="db error: ERROR: permission denied to create database", provider="postgresql",
            migration_name=blocked[0], reason=blocked[1])
    name = f"{TEMPORARY_SCHEMA_PREFIX}{uuid.uuid4().hex}"
    with connect(main) as admin:
        admin.execute(f"CREATE SCHEMA {quote_identifier(name)}")
    try:
        inner = connect(replace(main, schema=name))  # search_path = that schema alone
        conn = TemporarySchemaConnection(inner.url, inner.raw, schema)
        with conn:
            yield conn
    finally:
        with connect(main) as admin:  # a fresh connection: the replay's may be broken or busy
            admin.execute(f"DROP SCHEMA IF EXISTS {quote_identifier(name)} CASCADE")
