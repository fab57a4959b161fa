"""`lamina validate --json`: the document on success and on failure, nothing else on stdout."""

from __future__ import annotations

from pathlib import Path

from tests.cli.json_documents import checked_document
from tests.cli.helpers import lamina

SCHEMA = 'datasource db {\n  provider = "sqlite"\n}\n\nmodel A {\n  id Int @id\n}\n'


def test_valid_schema(tmp_path: Path) -> None:
    (tmp_path / "schema.prisma").write_text(SCHEMA)
    result = lamina(tmp_path, "validate", "--schema", "schema.prisma", "--json")
    assert result.code == 0, result.text
    doc = checked_document(result.out, "validate", ok=True)
    assert doc["result"]["provider"] == "sqlite"
    assert "is valid" in result.err  # the human text moved to stderr


def test_invalid_schema_is_a_p1012_document(tmp_path: Path) -> None:
    (tmp_path / "schema.prisma").write_text(SCHEMA + "model B {}\n")
    result = lamina(tmp_path, "validate", "--schema", "schema.prisma", "--json")
    assert result.code == 1
    doc = checked_document(result.out, "validate", ok=False)
    assert doc["error"]["code"] == "P1012"
    assert "schema.prisma:8" in doc["error"]["message"]
