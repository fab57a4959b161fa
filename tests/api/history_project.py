"""A three-migration history and a database of either kind, for the down, squash and baseline
tests: `database` is (provider, URL), a SQLite file or a fresh PostgreSQL database."""

from __future__ import annotations

import sqlite3
from contextlib import closing

import psycopg
import pytest

FIRST = 'CREATE TABLE "A" ("id" INTEGER NOT NULL PRIMARY KEY);\n'
SECOND = 'CREATE TABLE "B" ("id" INTEGER NOT NULL PRIMARY KEY);\n'
THIRD = 'CREATE TABLE "C" ("id" INTEGER NOT NULL PRIMARY KEY);\n'


@pytest.fixture(params=["sqlite", "postgresql"])
def database(request: pytest.FixtureRequest) -> tuple[str, str]:
    fixture = "sqlite_url" if request.param == "sqlite" else "postgres_url"
    return request.param, request.getfixturevalue(fixture)


def run_sql(provider: str, url: str, sql: str) -> list[tuple[object, ...]]:
    """The rows `sql` returns (none for a statement without rows), committed."""
    if provider == "sqlite":
        with closing(sqlite3.connect(url.removeprefix("file:"))) as conn:
            rows = conn.execute(sql).fetchall()
            conn.commit()
            return rows
    with psycopg.connect(url, autocommit=True) as pg:
        cursor = pg.execute(sql)
        return cursor.fetchall() if cursor.description else []
