"""`lamina migrate deploy|status|resolve --json` on one database: the document on success and on
failure, nothing else on stdout, the human text on stderr."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from tests.cli.helpers import lamina
from tests.cli.json_documents import checked_document
from tests.deploy.conftest import write_project

FIRST = 'CREATE TABLE "A" ("id" INTEGER NOT NULL PRIMARY KEY);\n'
SECOND = 'CREATE TABLE "B" ("id" INTEGER NOT NULL PRIMARY KEY);\n'


def _project(tmp_path: Path, sqlite_url: str, scripts: dict[str, str] | None = None) -> Path:
    return write_project(tmp_path, "sqlite", sqlite_url, scripts or {"1_a": FIRST, "2_b": SECOND})


def test_deploy_document_lists_applied_migrations(tmp_path: Path, sqlite_url: str) -> None:
    project = _project(tmp_path, sqlite_url)
    result = lamina(project, "migrate", "deploy", "--json")
    assert result.code == 0, result.text
    doc = checked_document(result.out, "migrate deploy", ok=True)
    applied = doc["result"]["applied"]
    assert [m["name"] for m in applied] == ["1_a", "2_b"]
    assert all(m["duration_ms"] >= 0 and m["runs"] is None for m in applied)
    assert doc["result"]["migrations_found"] == 2 and doc["result"]["dry_run"] is False
    assert "All migrations have been successfully applied." in result.err

    again = lamina(project, "migrate", "deploy", "--json")
    assert checked_document(again.out, "migrate deploy", ok=True)["result"]["applied"] == []


def test_deploy_dry_run_document(tmp_path: Path, sqlite_url: str) -> None:
    project = _project(tmp_path, sqlite_url)
    result = lamina(project, "migrate", "deploy", "--dry-run", "--json")
    assert result.code == 0, result.text
    doc = checked_document(result.out, "migrate deploy", ok=True)
    assert doc["result"]["dry_run"] is True
    assert [m["name"] for m in doc["result"]["would_apply"]] == ["1_a", "2_b"]


def test_deploy_failure_is_a_p3018_document(tmp_path: Path, sqlite_url: str) -> None:
    project = _project(tmp_path, sqlite_url, {"1_a": FIRST, "2_bad": "CREATE TABLE broken (;\n"})
    result = lamina(project, "migrate", "deploy", "--json")
    assert result.code == 1
    doc = checked_document(result.out, "migrate deploy", ok=False)
    assert doc["error"]["code"] == "P3018"
    assert doc["error"]["migration"] == "2_bad"


def test_status_documents_pending_then_up_to_date(tmp_path: Path, sqlite_url: str) -> None:
    project = _project(tmp_path, sqlite_url)
    assert lamina(project, "migrate", "resolve", "--applied", "1_a").code == 0
    pending = lamina(project, "migrate", "status", "--json")
    assert pending.code == 1  # the answer is the exit code, the document is still ok
    doc = checked_document(pending.out, "migrate status", ok=True)["result"]
    assert doc["up_to_date"] is False and doc["verdict"] == "pending"
    assert doc["pending"] == ["2_b"] and doc["applied"] == ["1_a"]
    assert [(row["name"], row["state"]) for row in doc["migrations"]] == [("1_a", "applied"), ("2_b", "pending")]
    assert "Following migration have not yet been applied:" in pending.err

    lamina(project, "migrate", "deploy")
    done = lamina(project, "migrate", "status", "--json")
    assert done.code == 0
    doc = checked_document(done.out, "migrate status", ok=True)["result"]
    assert doc["up_to_date"] is True and doc["verdict"] == "up_to_date" and doc["pending"] == []
    assert all(row["applied_at"] and row["duration_ms"] is not None for row in doc["migrations"])


def test_status_reports_edited_and_missing(tmp_path: Path, sqlite_url: str) -> None:
    project = _project(tmp_path, sqlite_url)
    assert lamina(project, "migrate", "deploy").code == 0
    (project / "prisma" / "migrations" / "1_a" / "migration.sql").write_text(FIRST + "-- edited\n")
    for child in (project / "prisma" / "migrations" / "2_b").iterdir():
        child.unlink()
    (project / "prisma" / "migrations" / "2_b").rmdir()
    result = lamina(project, "migrate", "status", "--json")
    assert result.code == 0, result.text
    doc = checked_document(result.out, "migrate status", ok=True)["result"]
    assert doc["edited"] == ["1_a"] and doc["missing"] == ["2_b"]
    assert [(row["name"], row["state"]) for row in doc["migrations"]] == [("1_a", "edited"), ("2_b", "missing")]


def test_status_of_a_missing_database_is_a_p1003_document(tmp_path: Path) -> None:
    project = write_project(tmp_path, "sqlite", f"file:{tmp_path / 'nowhere.db'}", {"1_a": FIRST})
    result = lamina(project, "migrate", "status", "--json")
    assert result.code == 1
    assert checked_document(result.out, "migrate status", ok=False)["error"]["code"] == "P1003"


def test_status_list_plain_rows(tmp_path: Path, sqlite_url: str) -> None:
    project = _project(tmp_path, sqlite_url, {"1_a": FIRST, "2_b": SECOND, "3_c": "CREATE TABLE c (;\n"})
    lamina(project, "migrate", "deploy")  # 1_a, 2_b applied; 3_c failed
    with sqlite3.connect(sqlite_url.removeprefix("file:")) as db:
        db.execute("UPDATE _prisma_migrations SET rolled_back_at = finished_at WHERE migration_name = '2_b'")
    result = lamina(project, "migrate", "status", "--list")
    assert result.code == 1
    lines = result.out.splitlines()
    header = next(i for i, line in enumerate(lines) if line.startswith("Migration "))
    assert lines[header].split() == ["Migration", "Applied", "at", "Duration", "State"]
    first = lines[header + 1].split()
    assert first[0] == "1_a" and first[-1] == "applied" and first[-2] == "ms" and first[3] == "UTC"
    assert lines[header + 2].split()[0] == "2_b" and lines[header + 2].endswith("rolled back")
    assert lines[header + 3].split()[:2] == ["3_c", "-"] and lines[header + 3].endswith("failed")


def test_status_list_with_json_has_the_rows(tmp_path: Path, sqlite_url: str) -> None:
    project = _project(tmp_path, sqlite_url)
    lamina(project, "migrate", "deploy")
    result = lamina(project, "migrate", "status", "--list", "--json")
    assert result.code == 0
    doc = checked_document(result.out, "migrate status", ok=True)["result"]
    assert [row["state"] for row in doc["migrations"]] == ["applied", "applied"]
    assert "1_a" in result.err  # the rows went to stderr with the rest of the text


def test_resolve_documents(tmp_path: Path, sqlite_url: str) -> None:
    project = _project(tmp_path, sqlite_url)
    result = lamina(project, "migrate", "resolve", "--applied", "1_a", "--json")
    assert result.code == 0, result.text
    assert checked_document(result.out, "migrate resolve", ok=True)["result"] == {"migration": "1_a", "marked": "applied"}
    again = lamina(project, "migrate", "resolve", "--applied", "1_a", "--json")
    assert again.code == 1
    assert checked_document(again.out, "migrate resolve", ok=False)["error"]["code"] == "P3008"
    usage = lamina(project, "migrate", "resolve", "--json")
    assert usage.code == 1
    assert checked_document(usage.out, "migrate resolve", ok=False)["error"]["code"] is None
