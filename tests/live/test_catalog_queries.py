"""The describers run a fixed number of catalog queries, whatever the number of tables: counted at
the driver (a psycopg cursor subclass; sqlite3's trace callback), never by lamina itself."""

from __future__ import annotations

import re
import sqlite3
from pathlib import Path

import psycopg
import pytest

from lamina.dialects.postgres.describe import describe_postgres
from lamina.dialects.sqlite.describe import describe_sqlite

SMALL, LARGE = 2, 2000
NESTED_PRAGMA = re.compile(r"-- PRAGMA \w+='")
BATCH = 250


class CountingCursor(psycopg.Cursor):
    """Counts every statement sent through a cursor of the connection."""

    statements: list[str] = []

    def execute(self, query, params=None, **kwargs):
        type(self).statements.append(str(query))
        return super().execute(query, params, **kwargs)

    def executemany(self, query, params_seq, **kwargs):
        type(self).statements.append(str(query))
        return super().executemany(query, params_seq, **kwargs)


def table_ddl(start: int, stop: int, *, sqlite: bool) -> list[str]:
    """Tables t<i>, each with a primary key, an enum or text column and a unique index; every tenth
    has a foreign key to the previous table, so that every catalog query has rows to read."""
    kind = "TEXT" if sqlite else '"Mood"'
    statements = []
    for i in range(start, stop):
        reference = f', "parent" INTEGER REFERENCES "t{i - 1}"("id") ON DELETE CASCADE' if i % 10 == 1 else ""
        statements.append(f'CREATE TABLE "t{i}" ("id" INTEGER PRIMARY KEY, "mood" {kind}, '
                          f'"name" VARCHAR(20) DEFAULT \'x\'{reference})')
        statements.append(f'CREATE UNIQUE INDEX "t{i}_name_key" ON "t{i}"("name")')
    return statements


def postgres_count(url: str, tables: int) -> tuple[int, int]:
    with psycopg.connect(url, autocommit=True) as conn:
        conn.execute("CREATE TYPE \"Mood\" AS ENUM ('happy', 'sad')")
        for start in range(0, tables, BATCH):
            conn.execute("; ".join(table_ddl(start, min(tables, start + BATCH), sqlite=False)))
        conn.execute('CREATE VIEW "v" AS SELECT 1 AS one; CREATE SEQUENCE "s"')
    with psycopg.connect(url, autocommit=True, cursor_factory=CountingCursor) as conn:
        CountingCursor.statements = []
        described = describe_postgres(conn)
        return len(CountingCursor.statements), len(described.tables)


def sqlite_count(path: Path, tables: int) -> tuple[int, int]:
    conn = sqlite3.connect(path)
    conn.executescript("PRAGMA synchronous = OFF;\nBEGIN;\n" + ";\n".join(table_ddl(0, tables, sqlite=True))
                       + ";\nCREATE VIEW v AS SELECT 1;\nCOMMIT;")
    statements: list[str] = []
    conn.set_trace_callback(statements.append)
    described = describe_sqlite(conn)
    conn.set_trace_callback(None)
    conn.close()
    # The trace also reports, as `-- PRAGMA x='t'` lines, the in-process pragma cursors that the
    # table-valued pragma functions (pragma_table_info(m.name), ...) open per row of a query:
    # they are part of one statement's evaluation, not statements sent through the driver.
    sent = [s for s in statements if not NESTED_PRAGMA.match(s)]
    return len(sent), len(described.tables)


def test_postgres_catalog_queries_do_not_grow_with_tables(request: pytest.FixtureRequest) -> None:
    small = postgres_count(request.getfixturevalue("postgres_url"), SMALL)
    large = postgres_count(_second_database(request), LARGE)
    assert small[1] == SMALL and large[1] == LARGE
    assert small[0] == large[0], (small, large)
    assert small[0] <= 12


def test_sqlite_catalog_queries_do_not_grow_with_tables(tmp_path: Path) -> None:
    small = sqlite_count(tmp_path / "small.db", SMALL)
    large = sqlite_count(tmp_path / "large.db", LARGE)
    assert small[1] == SMALL and large[1] == LARGE
    assert small[0] == large[0], (small, large)
    assert small[0] <= 12


def _second_database(request: pytest.FixtureRequest) -> str:
    """A second fresh database, dropped after the test (the postgres_url fixture gives one)."""
    import uuid

    from tests.conftest import _admin_connection, postgres_server_url, url_with_database

    name = f"lamina_test_catalog_large_{uuid.uuid4().hex[:8]}"
    admin = _admin_connection()
    admin.execute(f'CREATE DATABASE "{name}"')

    def drop() -> None:
        admin.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
        admin.close()

    request.addfinalizer(drop)
    return url_with_database(postgres_server_url(), name)
