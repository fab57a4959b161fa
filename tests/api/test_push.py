"""`lamina.operations.push.push` called from Python: the statements run, the data-loss answer
(non-interactive: the CLI's error), force_reset, and the database afterwards."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import psycopg
import pytest

from lamina.operations.push import DatabaseReset, DataLossWarnings, PushNeedsAcceptDataLoss, push
from lamina.prompting import ScriptedPrompter
from tests.api.dev_project import POST, USER, USER_WITH_NAME, write_schema


def _tables(url: str) -> set[str]:
    with sqlite3.connect(url.removeprefix("file:")) as db:
        return {row[0] for row in db.execute("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'")}


def test_push_creates_the_tables_then_is_in_sync(tmp_path: Path, sqlite_url: str) -> None:
    write_schema(tmp_path, "sqlite", sqlite_url, USER + POST)
    result = push(project=tmp_path)
    assert not result.in_sync and result.warnings == () and not result.reset
    assert any(s.startswith('CREATE TABLE "User"') for s in result.statements)
    assert _tables(sqlite_url) == {"User", "Post"}  # no migrations table
    again = push(cwd=tmp_path)
    assert again.in_sync and again.statements == ()


def test_data_loss_needs_an_answer(tmp_path: Path, sqlite_url: str) -> None:
    write_schema(tmp_path, "sqlite", sqlite_url, USER + POST)
    push(project=tmp_path)
    with sqlite3.connect(sqlite_url.removeprefix("file:")) as db:
        db.execute("INSERT INTO \"Post\" (id, title) VALUES (1, 'kept')")
    write_schema(tmp_path, "sqlite", sqlite_url, USER)
    events: list[object] = []
    with pytest.raises(PushNeedsAcceptDataLoss):
        push(project=tmp_path, listener=events.append)
    assert [len(e.warnings) for e in events if isinstance(e, DataLossWarnings)] == [1]
    cancelled = push(project=tmp_path, prompter=ScriptedPrompter([False]))
    assert cancelled.cancelled and cancelled.statements == () and "Post" in _tables(sqlite_url)
    done = push(project=tmp_path, prompter=ScriptedPrompter([True]))
    assert done.statements and "You are about to drop the `Post` table" in done.warnings[0]
    assert _tables(sqlite_url) == {"User"}


def test_force_reset_empties_the_database_first(tmp_path: Path, sqlite_url: str) -> None:
    write_schema(tmp_path, "sqlite", sqlite_url, USER)
    push(project=tmp_path)
    with sqlite3.connect(sqlite_url.removeprefix("file:")) as db:
        db.execute("INSERT INTO \"User\" (id, email) VALUES (1, 'a')")
    events: list[object] = []
    result = push(project=tmp_path, force_reset=True, listener=events.append)
    assert result.reset and not result.in_sync
    assert [e.target for e in events if isinstance(e, DatabaseReset)] == [
        f'The SQLite database "dev.db" at "{sqlite_url}"']
    with sqlite3.connect(sqlite_url.removeprefix("file:")) as db:
        assert db.execute('SELECT count(*) FROM "User"').fetchone() == (0,)


@pytest.mark.postgres
def test_push_on_postgresql_adds_a_column(tmp_path: Path, postgres_url: str) -> None:
    write_schema(tmp_path, "postgresql", postgres_url, USER)
    assert not push(project=tmp_path).in_sync
    write_schema(tmp_path, "postgresql", postgres_url, USER_WITH_NAME)
    result = push(project=tmp_path, accept_data_loss=True)
    assert result.statements == ('ALTER TABLE "User" ADD COLUMN     "name" TEXT',) or \
        any('ADD COLUMN' in s and '"name"' in s for s in result.statements)
    with psycopg.connect(postgres_url) as conn:
        columns = [row[0] for row in conn.execute(
            "SELECT column_name FROM information_schema.columns WHERE table_name = 'User' ORDER BY ordinal_position")]
    assert columns == ["id", "email", "name"]
