"""`lamina migrate down`, `migrate down --write`, `migrate squash` and `migrate baseline` with
`--json`: the documents on success and on errors, checked against docs/json/*.schema.json, with the
exit codes of the text output; nothing is asked."""

from __future__ import annotations

import sqlite3
from contextlib import closing
from pathlib import Path

from lamina.cli.prompt import ScriptedPrompter
from tests.cli.helpers import lamina, write_schema
from tests.cli.json_documents import checked_document
from tests.deploy.conftest import write_project

FIRST = 'CREATE TABLE "A" ("id" INTEGER NOT NULL PRIMARY KEY);\n'
SECOND = 'CREATE TABLE "B" ("id" INTEGER NOT NULL PRIMARY KEY);\n'


def _deployed(tmp_path: Path, url: str = "file:./dev.db", provider: str = "sqlite") -> Path:
    write_project(tmp_path, provider, url, {"1_a": FIRST, "2_b": SECOND})
    assert lamina(tmp_path, "migrate", "deploy").code == 0
    return tmp_path


def _sql(tmp_path: Path, sql: str) -> list[tuple[object, ...]]:
    with closing(sqlite3.connect(tmp_path / "prisma" / "dev.db")) as conn:
        rows = conn.execute(sql).fetchall()
        conn.commit()
        return rows


def test_down(tmp_path: Path) -> None:
    _deployed(tmp_path)
    result = lamina(tmp_path, "migrate", "down", "--json")
    assert result.code == 0, result.text
    doc = checked_document(result.out, "migrate down", ok=True)
    assert doc["result"]["mode"] == "revert"
    assert doc["result"]["reverted"] == ["2_b"] and doc["result"]["now_at"] == "1_a"
    assert doc["result"]["planned"][0]["is_computed"] is True
    assert "The following migration(s) have been rolled back:" in result.err
    assert _sql(tmp_path, "SELECT migration_name FROM _prisma_migrations WHERE rolled_back_at IS NOT NULL") == [("2_b",)]


def test_down_dry_run(tmp_path: Path) -> None:
    _deployed(tmp_path)
    result = lamina(tmp_path, "migrate", "down", "--dry-run", "--json")
    assert result.code == 0, result.text
    doc = checked_document(result.out, "migrate down", ok=True)
    assert doc["result"]["dry_run"] is True and doc["result"]["reverted"] == []
    assert [p["name"] for p in doc["result"]["planned"]] == ["2_b"]


def test_down_losing_data_is_refused_without_a_question(tmp_path: Path) -> None:
    _deployed(tmp_path)
    _sql(tmp_path, 'INSERT INTO "B" ("id") VALUES (1)')
    prompter = ScriptedPrompter([True], interactive=True)
    result = lamina(tmp_path, "migrate", "down", "--json", prompter=prompter)
    assert result.code == 1
    assert prompter.asked == []
    doc = checked_document(result.out, "migrate down", ok=False)
    assert doc["error"]["code"] is None
    assert "no terminal to confirm" in doc["error"]["message"]
    accepted = lamina(tmp_path, "migrate", "down", "--accept-data-loss", "--json")
    assert accepted.code == 0, accepted.text
    doc = checked_document(accepted.out, "migrate down", ok=True)
    assert doc["result"]["warnings"] and doc["warnings"] == doc["result"]["warnings"]


def test_down_too_many_steps(tmp_path: Path) -> None:
    _deployed(tmp_path)
    result = lamina(tmp_path, "migrate", "down", "--steps", "3", "--json")
    assert result.code == 1
    doc = checked_document(result.out, "migrate down", ok=False)
    assert doc["error"]["message"] == "Cannot revert 3 migrations: only 2 are applied on this database."


def test_down_write(tmp_path: Path) -> None:
    _deployed(tmp_path)
    result = lamina(tmp_path, "migrate", "down", "--write", "--json")
    assert result.code == 0, result.text
    doc = checked_document(result.out, "migrate down", ok=True)
    assert doc["result"]["mode"] == "write"
    assert [w["name"] for w in doc["result"]["written"]] == ["1_a", "2_b"]
    assert (doc["result"]["already_had"], doc["result"]["missing"]) == (0, 2)
    assert (tmp_path / "prisma" / "migrations" / "2_b" / "down.sql").exists()
    unknown = lamina(tmp_path, "migrate", "down", "--write", "9_x", "--json")
    assert unknown.code == 1
    assert "`9_x`" in checked_document(unknown.out, "migrate down", ok=False)["error"]["message"]


def test_squash(tmp_path: Path) -> None:
    _deployed(tmp_path)
    result = lamina(tmp_path, "migrate", "squash", "--name", "all", "--json")
    assert result.code == 0, result.text
    doc = checked_document(result.out, "migrate squash", ok=True)
    assert doc["result"]["squashed"] == ["1_a", "2_b"] and doc["result"]["database"] == "updated"
    assert doc["result"]["directory"] == "2_all"
    assert _sql(tmp_path, "SELECT migration_name FROM _prisma_migrations") == [("2_all",)]
    bad = lamina(tmp_path, "migrate", "squash", "--name", "x", "--from", "nope", "--json")
    assert bad.code == 1
    checked_document(bad.out, "migrate squash", ok=False)


def test_baseline(tmp_path: Path) -> None:
    write_schema(tmp_path, "sqlite", "file:./dev.db", "")
    _sql(tmp_path, 'CREATE TABLE "User" ("id" INTEGER NOT NULL PRIMARY KEY)')
    result = lamina(tmp_path, "migrate", "baseline", "--name", "init", "--json")
    assert result.code == 0, result.text
    doc = checked_document(result.out, "migrate baseline", ok=True)
    assert doc["result"]["directory"].endswith("_init") and 'CREATE TABLE "User"' in doc["result"]["script"]
    assert Path(doc["result"]["path"]).read_text() == doc["result"]["script"]
    again = lamina(tmp_path, "migrate", "baseline", "--name", "again", "--json")
    assert again.code == 1
    assert "already holds 1 migration" in checked_document(again.out, "migrate baseline", ok=False)["error"]["message"]
