"""lamina.operations.pull.pull from Python, on SQLite and PostgreSQL."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import psycopg
import pytest

from lamina.operations.pull import EmptyDatabase, PullResult, pull
from tests.cli.helpers import write_schema


def test_sqlite_written_and_printed(tmp_path: Path) -> None:
    schema = write_schema(tmp_path, "sqlite", "file:./dev.db", "")
    with sqlite3.connect(tmp_path / "prisma" / "dev.db") as conn:
        conn.execute("CREATE TABLE Post (id INTEGER PRIMARY KEY, title TEXT NOT NULL)")
    printed = pull(project=tmp_path, print_only=True)
    assert isinstance(printed, PullResult)
    assert not printed.written and "model Post {" not in schema.read_text()
    assert "  title String\n" in printed.schema_text
    written = pull(cwd=tmp_path)
    assert written.written and written.models == 1 and written.enums == 0
    assert schema.read_text() == written.schema_text == printed.schema_text


def test_postgres_with_url_and_warnings(tmp_path: Path, postgres_url: str) -> None:
    write_schema(tmp_path, "postgresql", "postgresql://nobody@127.0.0.1:1/none", "")
    with psycopg.connect(postgres_url, autocommit=True) as conn:
        conn.execute("CREATE TYPE mood AS ENUM ('sad', 'happy')")
        conn.execute("CREATE TABLE person (id int PRIMARY KEY, mood mood)")
        conn.execute("CREATE TABLE nokey (name text)")  # no unique identifier: a warning
    result = pull(project=tmp_path, url=postgres_url, print_only=True)
    assert (result.models, result.enums) == (2, 1)
    assert "enum mood {" in result.schema_text
    assert result.warnings[0] == "*** WARNING ***"
    assert any('"nokey"' in line for line in result.warnings)


def test_empty_database(tmp_path: Path) -> None:
    write_schema(tmp_path, "sqlite", "file:./dev.db", "")
    (tmp_path / "prisma" / "dev.db").touch()
    with pytest.raises(EmptyDatabase):
        pull(project=tmp_path)
