"""`lamina migrate lint --json`: the envelope, with the fields `--json` printed before it kept in
`result`, the exit codes of the text output, and the errors."""

from __future__ import annotations

from pathlib import Path

from tests.api.test_lint import DROP, INDEX, _project
from tests.cli.helpers import lamina
from tests.cli.json_documents import checked_document


def test_findings(tmp_path: Path) -> None:
    _project(tmp_path, INDEX, DROP)
    result = lamina(tmp_path, "migrate", "lint", "--json")
    assert result.code == 1
    doc = checked_document(result.out, "migrate lint", ok=True)
    data = doc["result"]
    assert (data["migrations"], data["ignored"], data["errors"], data["warnings"]) == (3, 0, 1, 2)
    assert data["fail_on"] == "warning" and data["fails"] is True
    assert data["findings"][2] == {
        "rule": "drop-column", "level": "warning", "file": "prisma/migrations/20240101000002_m2/migration.sql",
        "line": 3, "message": data["findings"][2]["message"], "migration": "20240101000002_m2", "table": '"User"'}
    assert "3 findings (1 error, 2 warnings) in 3 migrations." in result.err
    assert "drop-column" in result.err  # the compiler-style lines went to stderr


def test_fail_on_and_no_findings(tmp_path: Path) -> None:
    _project(tmp_path, DROP)
    passing = lamina(tmp_path, "migrate", "lint", "--fail-on", "error", "--json")
    assert passing.code == 0
    doc = checked_document(passing.out, "migrate lint", ok=True)
    assert doc["result"]["fails"] is False and doc["result"]["fail_on"] == "error"
    none = lamina(tmp_path, "migrate", "lint", "20240101000000_m0", "--json")
    assert none.code == 0
    assert checked_document(none.out, "migrate lint", ok=True)["result"]["findings"] == []


def test_errors(tmp_path: Path) -> None:
    _project(tmp_path, DROP)
    unknown = lamina(tmp_path, "migrate", "lint", "nope", "--json")
    assert unknown.code == 1
    doc = checked_document(unknown.out, "migrate lint", ok=False)
    assert doc["error"]["code"] is None and "No migration named `nope`" in doc["error"]["message"]
    other = _project(tmp_path / "sqlite", provider="sqlite")
    refused = lamina(other, "migrate", "lint", "--json")
    assert refused.code == 1
    assert "PostgreSQL" in checked_document(refused.out, "migrate lint", ok=False)["error"]["message"]
