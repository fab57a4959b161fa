"""`lamina db execute` on real SQLite and PostgreSQL databases: the whole script as one command,
Prisma's success line and error texts (PRISMA-COMPAT.md §1.9, wording checked with the oracle)."""

from __future__ import annotations

import io
import sqlite3
import sys
from pathlib import Path

import psycopg
import pytest

from tests.cli.helpers import lamina, write_schema


def _rows(provider: str, url: str, tmp_path: Path, sql: str) -> list[tuple]:
    if provider == "sqlite":
        conn = sqlite3.connect(tmp_path / url.removeprefix("file:"))
        try:
            return conn.execute(sql).fetchall()
        finally:
            conn.close()
    with psycopg.connect(url) as conn:
        return conn.execute(sql).fetchall()


@pytest.fixture(params=["sqlite", "postgresql"])
def target(request, tmp_path: Path) -> tuple[str, str]:
    if request.param == "sqlite":
        return "sqlite", "file:dev.db"
    return "postgresql", request.getfixturevalue("postgres_url")


SCRIPT = "CREATE TABLE t (id INTEGER);\nINSERT INTO t VALUES (1);\nINSERT INTO t VALUES (2);\n"


def test_file_with_url(tmp_path: Path, target) -> None:
    provider, url = target
    (tmp_path / "script.sql").write_text(SCRIPT)
    result = lamina(tmp_path, "db", "execute", "--file", "script.sql", "--url", url)
    assert (result.code, result.out, result.err) == (0, "Script executed successfully.\n", "")
    assert _rows(provider, url, tmp_path, "SELECT count(*) FROM t") == [(2,)]


def test_stdin_with_schema_datasource(tmp_path: Path, target, monkeypatch) -> None:
    provider, url = target
    schema_url = url if provider == "postgresql" else "file:../dev.db"
    write_schema(tmp_path, provider, schema_url, "")
    monkeypatch.setattr(sys, "stdin", io.StringIO(SCRIPT))
    result = lamina(tmp_path, "db", "execute", "--stdin", "--schema", "prisma/schema.prisma")
    assert (result.code, result.out, result.err) == (0, "Script executed successfully.\n", "")
    assert _rows(provider, url, tmp_path, "SELECT count(*) FROM t") == [(2,)]


def test_failing_script_prints_the_database_error(tmp_path: Path, target) -> None:
    provider, url = target
    (tmp_path / "bad.sql").write_text("SELEC 1;")
    result = lamina(tmp_path, "db", "execute", "--file", "bad.sql", "--url", url)
    assert result.code == 1
    message = 'near "SELEC": syntax error' if provider == "sqlite" else 'ERROR: syntax error at or near "SELEC"'
    assert (result.out, result.err) == ("", f"Error: {message}\n\n\n")


def test_a_failing_statement_stops_the_script_on_postgres(tmp_path: Path, postgres_url: str) -> None:
    """Sent as one message, the script is one implicit transaction on PostgreSQL."""
    (tmp_path / "script.sql").write_text("CREATE TABLE t (id INTEGER);\nSELECT * FROM missing;\n")
    result = lamina(tmp_path, "db", "execute", "--file", "script.sql", "--url", postgres_url)
    assert result.err == 'Error: ERROR: relation "missing" does not exist\n\n\n'
    assert _rows("postgresql", postgres_url, tmp_path, "SELECT to_regclass('t') IS NULL") == [(True,)]


@pytest.mark.parametrize(("argv", "message"), [
    ((), "Either --stdin or --file must be provided.\nSee `lamina db execute -h`"),
    (("--stdin", "--file", "x.sql"),
     "--stdin and --file cannot be used at the same time. Only 1 must be provided.\nSee `lamina db execute -h`"),
    (("--file", "nope.sql"), "Provided --file at nope.sql doesn't exist."),
])
def test_usage_errors(tmp_path: Path, argv: tuple[str, ...], message: str) -> None:
    result = lamina(tmp_path, "db", "execute", *argv, "--url", "file:dev.db")
    assert (result.code, result.out, result.err) == (1, "", f"Error: {message}\n")


def test_prisma7_config_url_without_a_schema(tmp_path: Path) -> None:
    (tmp_path / "prisma.config.ts").write_text(
        'import { defineConfig } from "prisma/config";\n\nexport default defineConfig({\n'
        '  datasource: {\n    url: "file:./dev.db",\n  },\n});\n')
    (tmp_path / "script.sql").write_text(SCRIPT)
    result = lamina(tmp_path, "db", "execute", "--file", "script.sql")
    assert (result.code, result.out) == (0, "Script executed successfully.\n"), result.err
    assert result.err == "Loaded Prisma config from prisma.config.ts.\n\n"
    assert _rows("sqlite", "file:dev.db", tmp_path, "SELECT count(*) FROM t") == [(2,)]
