"""`lamina migrate diff --json`: the document with and without a difference (with --exit-code: exit
2 and still ok), with -o, and on an error."""

from __future__ import annotations

from pathlib import Path

from tests.cli.helpers import lamina, write_schema
from tests.cli.json_documents import checked_document

MODELS = "model User {\n  id Int @id @default(autoincrement())\n}\n"


def test_difference_with_exit_code(tmp_path: Path) -> None:
    write_schema(tmp_path, "sqlite", "file:./dev.db", MODELS)
    result = lamina(tmp_path, "migrate", "diff", "--from-empty", "--to-schema", "prisma/schema.prisma",
                    "--script", "--exit-code", "--json")
    assert result.code == 2, result.text
    doc = checked_document(result.out, "migrate diff", ok=True)
    assert doc["result"]["is_empty"] is False
    assert (doc["result"]["from_kind"], doc["result"]["to_kind"], doc["result"]["provider"]) == ("empty", "schema", "sqlite")
    assert doc["result"]["steps"] == ["CreateTable"]
    assert doc["result"]["script"].startswith('-- CreateTable\nCREATE TABLE "User" (')
    assert "[+] Added tables\n  - User" in doc["result"]["summary"]
    assert doc["result"]["script"] in result.err  # the human text moved to stderr


def test_no_difference(tmp_path: Path) -> None:
    write_schema(tmp_path, "sqlite", "file:./dev.db", MODELS)
    result = lamina(tmp_path, "migrate", "diff", "--from-schema", "prisma/schema.prisma", "--to-schema",
                    "prisma/schema.prisma", "--exit-code", "--json")
    assert result.code == 0, result.text
    doc = checked_document(result.out, "migrate diff", ok=True)
    assert doc["result"]["is_empty"] is True and doc["result"]["steps"] == []
    assert doc["result"]["summary"] == "No difference detected.\n"
    assert doc["result"]["script"] == "-- This is an empty migration.\n"


def test_output_file(tmp_path: Path) -> None:
    write_schema(tmp_path, "sqlite", "file:./dev.db", MODELS)
    result = lamina(tmp_path, "migrate", "diff", "--from-empty", "--to-schema", "prisma/schema.prisma",
                    "--script", "-o", "out/diff.sql", "--json")
    assert result.code == 0, result.text
    doc = checked_document(result.out, "migrate diff", ok=True)
    assert doc["result"]["output_file"] == str(tmp_path / "out" / "diff.sql")
    assert (tmp_path / "out" / "diff.sql").read_text() == doc["result"]["script"] + "\n"


def test_two_from_sides_is_an_error_document(tmp_path: Path) -> None:
    write_schema(tmp_path, "sqlite", "file:./dev.db", MODELS)
    result = lamina(tmp_path, "migrate", "diff", "--from-empty", "--from-schema", "prisma/schema.prisma",
                    "--to-empty", "--json")
    assert result.code == 1
    doc = checked_document(result.out, "migrate diff", ok=False)
    assert doc["error"]["code"] is None
    assert "2 `--from-...` parameter(s) provided. 1 must be provided." in doc["error"]["message"]


def test_unreachable_database_is_a_p1001_document(tmp_path: Path) -> None:
    write_schema(tmp_path, "postgresql", "postgresql://postgres@127.0.0.1:1/none", MODELS)
    result = lamina(tmp_path, "migrate", "diff", "--from-url", "postgresql://postgres@127.0.0.1:1/none",
                    "--to-schema", "prisma/schema.prisma", "--json")
    assert result.code == 1
    doc = checked_document(result.out, "migrate diff", ok=False)
    assert doc["error"]["code"] == "P1001"
