"""described_meanwhile: migrate dev's description of the development database, read in a thread on
PostgreSQL while the history is listed, must equal describe_database and raise where it did."""

from __future__ import annotations

import threading

import psycopg
import pytest

from lamina.engine.connection import connect
from lamina.engine.describe import describe_database, described_meanwhile
from lamina.engine.urls import parse_database_url


def test_the_description_read_meanwhile_is_the_plain_one_and_runs_in_another_thread(postgres_url: str) -> None:
    with connect(parse_database_url(postgres_url)) as conn:
        conn.execute_script('CREATE TYPE "Role" AS ENUM (\'A\', \'B\');'
                            'CREATE TABLE "User" ("id" SERIAL PRIMARY KEY, "role" "Role" NOT NULL DEFAULT \'A\');'
                            'CREATE INDEX "User_role_idx" ON "User"("role");')
        seen: list[str] = []
        original = conn.raw.cursor

        def cursor(*args, **kwargs):
            seen.append(threading.current_thread().name)
            return original(*args, **kwargs)

        conn.raw.cursor = cursor  # type: ignore[method-assign]
        with described_meanwhile(conn, ("public",)) as described:
            state = described()
        conn.raw.cursor = original  # type: ignore[method-assign]
        assert state == describe_database(conn, ("public",))
        assert [t.name for t in state.tables] == ["User"]
        assert seen and all(name.startswith("lamina-describe") for name in seen)


def test_an_error_of_the_description_is_raised_where_the_result_is_asked(postgres_url: str) -> None:
    conn = connect(parse_database_url(postgres_url))
    conn.raw.close()
    reached = False
    with pytest.raises(psycopg.OperationalError):
        with described_meanwhile(conn, ("public",)) as described:
            reached = True  # the block runs; the failure comes with the result
            described()
    assert reached


def test_sqlite_is_described_in_the_calling_thread(tmp_path) -> None:
    (tmp_path / "dev.db").touch()
    with connect(parse_database_url(f"file:{tmp_path / 'dev.db'}")) as conn:
        conn.execute_script("CREATE TABLE t (id INTEGER PRIMARY KEY);")
        with described_meanwhile(conn) as described:
            assert [t.name for t in described().tables] == ["t"]  # sqlite3 refuses other threads
