"""`lamina format --json`: the document on success, with --check, and on an invalid schema."""

from __future__ import annotations

from pathlib import Path

from tests.cli.helpers import lamina
from tests.cli.json_documents import checked_document

UNFORMATTED = 'datasource db {\n  provider = "sqlite"\n}\n\nmodel A {\n  id Int @id\n  name    String\n}\n'


def test_format_writes_and_lists_the_file(tmp_path: Path) -> None:
    (tmp_path / "schema.prisma").write_text(UNFORMATTED)
    result = lamina(tmp_path, "format", "--schema", "schema.prisma", "--json")
    assert result.code == 0, result.text
    doc = checked_document(result.out, "format", ok=True)
    path = str((tmp_path / "schema.prisma").resolve())
    assert doc["result"]["files"] == [{"path": path, "changed": True}]
    assert doc["result"]["changed"] is True and doc["result"]["written"] == [path]
    assert "Formatted schema.prisma" in result.err
    assert "  name String\n" in (tmp_path / "schema.prisma").read_text()


def test_check_exits_1_with_an_ok_document(tmp_path: Path) -> None:
    (tmp_path / "schema.prisma").write_text(UNFORMATTED)
    result = lamina(tmp_path, "format", "--schema", "schema.prisma", "--check", "--json")
    assert result.code == 1
    doc = checked_document(result.out, "format", ok=True)
    assert doc["result"]["check"] is True and doc["result"]["changed"] is True
    assert doc["result"]["written"] == []
    assert (tmp_path / "schema.prisma").read_text() == UNFORMATTED


def test_invalid_schema_is_a_p1012_document(tmp_path: Path) -> None:
    (tmp_path / "schema.prisma").write_text(UNFORMATTED + "model B {}\n")
    result = lamina(tmp_path, "format", "--schema", "schema.prisma", "--json")
    assert result.code == 1
    doc = checked_document(result.out, "format", ok=False)
    assert doc["error"]["code"] == "P1012"
    assert (tmp_path / "schema.prisma").read_text() == UNFORMATTED + "model B {}\n"
