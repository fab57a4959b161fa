"""`lamina db execute --json`: the document when the script ran, and when the database refused it."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from tests.cli.helpers import lamina
from tests.cli.json_documents import checked_document


def test_script_ran(tmp_path: Path) -> None:
    (tmp_path / "script.sql").write_text("CREATE TABLE t (id INTEGER PRIMARY KEY);")
    result = lamina(tmp_path, "db", "execute", "--url", "file:./dev.db", "--file", "script.sql", "--json")
    assert result.code == 0, result.text
    doc = checked_document(result.out, "db execute", ok=True)
    assert doc["result"]["provider"] == "sqlite"
    assert doc["result"]["file"] == str(tmp_path / "script.sql")
    assert doc["result"]["characters"] == len("CREATE TABLE t (id INTEGER PRIMARY KEY);")
    assert "Script executed successfully." in result.err
    with sqlite3.connect(tmp_path / "dev.db") as conn:
        assert conn.execute("SELECT name FROM sqlite_master").fetchall() == [("t",)]


def test_postgres_password_is_redacted(tmp_path: Path, postgres_url: str) -> None:
    (tmp_path / "script.sql").write_text("CREATE TABLE t (id int);")
    url = postgres_url.replace("postgres@", "postgres:secret@", 1)
    result = lamina(tmp_path, "db", "execute", "--url", url, "--file", "script.sql", "--json")
    assert result.code == 0, result.text  # the test server does not ask for a password
    doc = checked_document(result.out, "db execute", ok=True)
    assert doc["result"]["provider"] == "postgresql"
    assert "secret" not in result.out
    assert doc["result"]["url"] == url.replace(":secret@", ":****@")


def test_refused_script_is_an_error_document(tmp_path: Path) -> None:
    (tmp_path / "script.sql").write_text("SELECT * FROM missing;")
    result = lamina(tmp_path, "db", "execute", "--url", "file:./dev.db", "--file", "script.sql", "--json")
    assert result.code == 1
    doc = checked_document(result.out, "db execute", ok=False)
    assert doc["error"]["code"] is None
    assert "no such table: missing" in doc["error"]["message"]


def test_missing_file_is_an_error_document(tmp_path: Path) -> None:
    result = lamina(tmp_path, "db", "execute", "--url", "file:./dev.db", "--file", "nope.sql", "--json")
    assert result.code == 1
    doc = checked_document(result.out, "db execute", ok=False)
    assert "Provided --file at nope.sql doesn't exist." in doc["error"]["message"]
