"""`lamina db pull --json`: the document when the schema was written, with --print, and for an
empty database."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from tests.cli.helpers import lamina, write_schema
from tests.cli.json_documents import checked_document


def _database(tmp_path: Path) -> None:
    with sqlite3.connect(tmp_path / "prisma" / "dev.db") as conn:
        conn.execute("CREATE TABLE Post (id INTEGER PRIMARY KEY, title TEXT NOT NULL)")


def test_written(tmp_path: Path) -> None:
    schema = write_schema(tmp_path, "sqlite", "file:./dev.db", "")
    _database(tmp_path)
    result = lamina(tmp_path, "db", "pull", "--json")
    assert result.code == 0, result.text
    doc = checked_document(result.out, "db pull", ok=True)
    assert doc["result"]["written"] is True and doc["result"]["models"] == 1
    assert "model Post {" in doc["result"]["schema_text"]
    assert doc["result"]["files"] == [{"path": str(schema), "text": schema.read_text()}]
    assert "✔ Introspected 1 model and wrote it" in result.err


def test_print_writes_nothing(tmp_path: Path) -> None:
    schema = write_schema(tmp_path, "sqlite", "file:./dev.db", "")
    before = schema.read_text()
    _database(tmp_path)
    result = lamina(tmp_path, "db", "pull", "--print", "--json")
    assert result.code == 0, result.text
    doc = checked_document(result.out, "db pull", ok=True)
    assert doc["result"]["written"] is False
    assert schema.read_text() == before
    assert doc["result"]["schema_text"] + "\n\n" == result.err  # --print's text went to stderr


def test_empty_database_is_an_error_document(tmp_path: Path) -> None:
    write_schema(tmp_path, "sqlite", "file:./dev.db", "")
    (tmp_path / "prisma" / "dev.db").touch()
    result = lamina(tmp_path, "db", "pull", "--json")
    assert result.code == 1
    doc = checked_document(result.out, "db pull", ok=False)
    assert doc["error"]["message"] == "The introspected database was empty.\n"
