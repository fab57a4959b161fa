"""lamina.operations.execute.execute from Python, on SQLite and PostgreSQL."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import psycopg
import pytest

from lamina.errors import UsageError
from lamina.operations.execute import ConfigLoaded, ExecuteResult, ScriptFailed, execute


def test_sql_text_on_sqlite(tmp_path: Path) -> None:
    result = execute(sql="CREATE TABLE t (id INTEGER PRIMARY KEY); INSERT INTO t VALUES (1);",
                     url="file:./dev.db", cwd=tmp_path)
    assert isinstance(result, ExecuteResult)
    assert (result.provider, result.database, result.file) == ("sqlite", "dev.db", None)
    with sqlite3.connect(tmp_path / "dev.db") as conn:
        assert conn.execute("SELECT id FROM t").fetchall() == [(1,)]


def test_file_on_the_schema_datasource(tmp_path: Path, postgres_url: str) -> None:
    (tmp_path / "schema.prisma").write_text(f'datasource db {{\n  provider = "postgresql"\n  url = "{postgres_url}"\n}}\n')
    (tmp_path / "script.sql").write_text("CREATE TABLE t (id int); INSERT INTO t VALUES (7);")
    result = execute(file="script.sql", project=tmp_path, schema="schema.prisma")
    assert result.provider == "postgresql" and result.file == tmp_path / "script.sql"
    with psycopg.connect(postgres_url) as conn:
        assert conn.execute("SELECT id FROM t").fetchall() == [(7,)]


def test_the_database_message_on_failure(tmp_path: Path, postgres_url: str) -> None:
    with pytest.raises(ScriptFailed) as failed:
        execute(sql="SELECT * FROM missing", url=postgres_url, cwd=tmp_path)
    assert failed.value.text == 'ERROR: relation "missing" does not exist'


def test_exactly_one_script(tmp_path: Path) -> None:
    with pytest.raises(UsageError):
        execute(url="file:./dev.db", cwd=tmp_path)
    with pytest.raises(UsageError):
        execute(sql="SELECT 1", file="x.sql", url="file:./dev.db", cwd=tmp_path)


def test_config_url_is_announced_as_an_event(tmp_path: Path) -> None:
    (tmp_path / "prisma.config.ts").write_text(
        'import { defineConfig } from "prisma/config";\nexport default defineConfig({ datasource: { url: "file:./dev.db" } });\n')
    events: list[object] = []
    result = execute(sql="CREATE TABLE t (id INTEGER);", project=tmp_path, listener=events.append)
    assert result.provider == "sqlite"
    assert events == [ConfigLoaded((tmp_path / "prisma.config.ts").resolve())]
