"""`lamina migrate dev|reset` and `db push` with `--json`: one document on stdout, valid against
docs/json/, the human text on stderr, nothing asked, the same exit codes as the text output."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from tests.api.dev_project import POST, USER, write_schema
from tests.cli.helpers import lamina
from tests.cli.json_documents import checked_document


def _insert(url: str, sql: str) -> None:
    with sqlite3.connect(url.removeprefix("file:")) as db:
        db.execute(sql)


def test_dev_document_names_the_migration_it_wrote(tmp_path: Path, sqlite_url: str) -> None:
    write_schema(tmp_path, "sqlite", sqlite_url, USER)
    result = lamina(tmp_path, "migrate", "dev", "--name", "init", "--json")
    assert result.code == 0, result.text
    doc = checked_document(result.out, "migrate dev", ok=True)["result"]
    [created] = doc["created"]
    assert created["name"].endswith("_init") and created["applied"] is True
    assert created["sql"] == (tmp_path / "prisma" / "migrations" / created["name"] / "migration.sql").read_text()
    assert doc["in_sync"] is False and doc["applied"] == [] and doc["warnings"] == []
    assert "Your database is now in sync with your schema." in result.err

    again = lamina(tmp_path, "migrate", "dev", "--json")
    assert again.code == 0
    assert checked_document(again.out, "migrate dev", ok=True)["result"]["in_sync"] is True


def test_dev_data_loss_without_accept_is_an_error_document(tmp_path: Path, sqlite_url: str) -> None:
    write_schema(tmp_path, "sqlite", sqlite_url, USER + POST)
    assert lamina(tmp_path, "migrate", "dev", "--name", "init").code == 0
    _insert(sqlite_url, "INSERT INTO \"Post\" (id, title) VALUES (1, 'x')")
    write_schema(tmp_path, "sqlite", sqlite_url, USER)
    refused = lamina(tmp_path, "migrate", "dev", "--name", "drop", "--json")
    assert refused.code == 1
    error = checked_document(refused.out, "migrate dev", ok=False)["error"]
    assert error["code"] is None and "non-interactive" in error["message"]
    assert "--accept-data-loss" in error["hint"]

    accepted = lamina(tmp_path, "migrate", "dev", "--name", "drop", "--accept-data-loss", "--json")
    assert accepted.code == 0, accepted.text
    doc = checked_document(accepted.out, "migrate dev", ok=True)
    assert len(doc["result"]["warnings"]) == 1 and doc["warnings"] == doc["result"]["warnings"]
    assert "DROP TABLE" in doc["result"]["created"][0]["sql"]


def test_dev_needing_a_reset_exits_130_with_an_error_document(tmp_path: Path, sqlite_url: str) -> None:
    write_schema(tmp_path, "sqlite", sqlite_url, USER)
    assert lamina(tmp_path, "migrate", "dev", "--name", "init").code == 0
    _insert(sqlite_url, 'CREATE TABLE "Stray" ("x" INTEGER)')
    result = lamina(tmp_path, "migrate", "dev", "--json")
    assert result.code == 130
    error = checked_document(result.out, "migrate dev", ok=False)["error"]
    assert error["message"].startswith("Drift detected") and "lamina migrate reset" in error["message"]

    text = lamina(tmp_path, "migrate", "dev")  # the text output is unchanged: stdout, no `Error:`
    assert text.code == 130 and text.out.endswith("All data will be lost.\n") and "Error" not in text.err


def test_dev_rename_document(tmp_path: Path, sqlite_url: str) -> None:
    write_schema(tmp_path, "sqlite", sqlite_url, USER)
    assert lamina(tmp_path, "migrate", "dev", "--name", "init").code == 0
    write_schema(tmp_path, "sqlite", sqlite_url, USER.replace("email", "mail "))
    result = lamina(tmp_path, "migrate", "dev", "--name", "mail", "--rename", "User.email=mail", "--json")
    assert result.code == 0, result.text
    doc = checked_document(result.out, "migrate dev", ok=True)["result"]
    assert doc["renames"] == ["User.email -> mail"] and "RENAME COLUMN" in doc["created"][0]["sql"]


def test_dev_create_only_document(tmp_path: Path, sqlite_url: str) -> None:
    write_schema(tmp_path, "sqlite", sqlite_url, USER)
    result = lamina(tmp_path, "migrate", "dev", "--create-only", "--name", "draft", "--json")
    assert result.code == 0, result.text
    doc = checked_document(result.out, "migrate dev", ok=True)["result"]
    assert doc["create_only"] is True and doc["created"][0]["applied"] is False


def test_reset_document_and_its_force_error(tmp_path: Path, sqlite_url: str) -> None:
    write_schema(tmp_path, "sqlite", sqlite_url, USER)
    assert lamina(tmp_path, "migrate", "dev", "--name", "init").code == 0
    refused = lamina(tmp_path, "migrate", "reset", "--json")
    assert refused.code == 1
    error = checked_document(refused.out, "migrate reset", ok=False)["error"]
    assert error["code"] is None and "Use --force" in error["message"]

    result = lamina(tmp_path, "migrate", "reset", "--force", "--json")
    assert result.code == 0, result.text
    doc = checked_document(result.out, "migrate reset", ok=True)["result"]
    assert len(doc["applied"]) == 1 and doc["applied"][0].endswith("_init") and doc["cancelled"] is False
    assert "Database reset successful" in result.err


def test_reset_seed_output_stays_off_stdout(tmp_path: Path, sqlite_url: str, capfd) -> None:
    write_schema(tmp_path, "sqlite", sqlite_url, USER)
    (tmp_path / "lamina.toml").write_text('[migrations]\nseed = "echo seeded-here"\n')
    result = lamina(tmp_path, "migrate", "reset", "--force", "--json")
    assert result.code == 0, result.text
    checked_document(result.out, "migrate reset", ok=True)
    assert "Running seed command `echo seeded-here`" in result.err
    captured = capfd.readouterr()
    assert "seeded-here" not in captured.out and "seeded-here" in captured.err


def test_push_documents(tmp_path: Path, sqlite_url: str) -> None:
    write_schema(tmp_path, "sqlite", sqlite_url, USER + POST)
    first = lamina(tmp_path, "db", "push", "--json")
    assert first.code == 0, first.text
    doc = checked_document(first.out, "db push", ok=True)["result"]
    assert doc["in_sync"] is False and any('CREATE TABLE "Post"' in s for s in doc["statements"])

    _insert(sqlite_url, "INSERT INTO \"Post\" (id, title) VALUES (1, 'x')")
    write_schema(tmp_path, "sqlite", sqlite_url, USER)
    refused = lamina(tmp_path, "db", "push", "--json")
    assert refused.code == 1
    error = checked_document(refused.out, "db push", ok=False)["error"]
    assert "--accept-data-loss" in error["message"]

    accepted = lamina(tmp_path, "db", "push", "--accept-data-loss", "--json")
    assert accepted.code == 0
    doc = checked_document(accepted.out, "db push", ok=True)["result"]
    assert doc["warnings"] and doc["statements"] and doc["reset"] is False

    same = lamina(tmp_path, "db", "push", "--force-reset", "--json")
    doc = checked_document(same.out, "db push", ok=True)["result"]
    assert doc["reset"] is True
