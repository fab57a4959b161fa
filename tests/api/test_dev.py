"""`lamina.operations.dev.dev` called from Python: the migration written and applied, the result's
fields, the questions it needs answered (non-interactive: the CLI's errors), and the database."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import psycopg
import pytest

from lamina.operations.deploy import Connecting
from lamina.errors import UsageError
from lamina.operations.dev import (
    DataLossWarnings, DevNeedsReset, DevResult, EnumValuesFirst, MigrateDevNonInteractive, PendingMigrationsApplied,
    dev,
)
from lamina.prompting import ScriptedPrompter
from tests.api.dev_project import POST, USER, USER_WITH_NAME, write_schema


def _tables(url: str) -> set[str]:
    with sqlite3.connect(url.removeprefix("file:")) as db:
        return {row[0] for row in db.execute("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'")}


def test_dev_writes_and_applies_a_migration(tmp_path: Path, sqlite_url: str) -> None:
    write_schema(tmp_path, "sqlite", sqlite_url, USER)
    events: list[object] = []
    result = dev(project=tmp_path, name="init", listener=events.append)
    assert isinstance(result, DevResult)
    assert len(result.created) == 1
    created = result.created[0]
    assert created.name.endswith("_init") and created.applied
    assert created.path == tmp_path / "prisma" / "migrations" / created.name
    assert 'CREATE TABLE "User"' in created.sql
    assert created.sql == (created.path / "migration.sql").read_text()
    assert created.down_sql is not None and 'DROP TABLE "User"' in created.down_sql
    assert result.applied == () and not result.in_sync and not result.cancelled and not result.create_only
    assert isinstance(events[0], Connecting)
    assert {"User", "_prisma_migrations"} <= _tables(sqlite_url)

    again = dev(cwd=tmp_path)
    assert again.in_sync and again.created == ()


def test_create_only_writes_without_applying(tmp_path: Path, sqlite_url: str) -> None:
    write_schema(tmp_path, "sqlite", sqlite_url, USER)
    result = dev(project=tmp_path, name="draft", create_only=True, no_down=True)
    assert result.create_only and not result.created[0].applied and result.created[0].down_sql is None
    assert "User" not in _tables(sqlite_url)

    events: list[object] = []
    applied = dev(project=tmp_path, listener=events.append)
    assert applied.applied == (result.created[0].name,) and applied.in_sync
    assert [e.names for e in events if isinstance(e, PendingMigrationsApplied)] == [(result.created[0].name,)]
    assert "User" in _tables(sqlite_url)


def test_data_loss_without_an_answer_is_the_non_interactive_error(tmp_path: Path, sqlite_url: str) -> None:
    write_schema(tmp_path, "sqlite", sqlite_url, USER + POST)
    dev(project=tmp_path, name="init")
    with sqlite3.connect(sqlite_url.removeprefix("file:")) as db:
        db.execute("INSERT INTO \"Post\" (id, title) VALUES (1, 'kept')")
    write_schema(tmp_path, "sqlite", sqlite_url, USER)
    events: list[object] = []
    with pytest.raises(MigrateDevNonInteractive):
        dev(project=tmp_path, name="drop_post", listener=events.append)
    warnings = [e.warnings for e in events if isinstance(e, DataLossWarnings)]
    assert len(warnings) == 1 and "`Post`" in warnings[0][0]
    assert "Post" in _tables(sqlite_url)

    no = ScriptedPrompter([False])
    cancelled = dev(project=tmp_path, name="drop_post", prompter=no)
    assert cancelled.cancelled and cancelled.created == () and no.asked
    assert "Post" in _tables(sqlite_url)

    accepted = dev(project=tmp_path, name="drop_post", accept_data_loss=True)
    assert accepted.warnings == warnings[0] and accepted.created[0].applied
    assert "Post" not in _tables(sqlite_url)


def test_an_edited_migration_needs_a_reset(tmp_path: Path, sqlite_url: str) -> None:
    write_schema(tmp_path, "sqlite", sqlite_url, USER)
    first = dev(project=tmp_path, name="init").created[0]
    (first.path / "migration.sql").write_text(first.sql + "-- edited\n")
    with pytest.raises(DevNeedsReset) as caught:
        dev(project=tmp_path)
    assert caught.value.exit_code == 130
    assert caught.value.reasons == (f"The migration `{first.name}` was modified after it was applied.",)
    assert "We need to reset the SQLite database" in caught.value.message()


def test_a_rename_flag_keeps_the_data(tmp_path: Path, sqlite_url: str) -> None:
    write_schema(tmp_path, "sqlite", sqlite_url, USER)
    dev(project=tmp_path, name="init")
    with sqlite3.connect(sqlite_url.removeprefix("file:")) as db:
        db.execute("INSERT INTO \"User\" (id, email) VALUES (1, 'a@example.com')")
    write_schema(tmp_path, "sqlite", sqlite_url, USER.replace("email", "mail "))
    result = dev(project=tmp_path, name="rename", renames=["User.email=mail"])
    assert "RENAME COLUMN" in result.created[0].sql and result.warnings == ()
    assert len(result.renames) == 1 and f"-- Rename: {result.renames[0]}\n" in result.created[0].sql
    with sqlite3.connect(sqlite_url.removeprefix("file:")) as db:
        assert db.execute('SELECT mail FROM "User"').fetchall() == [("a@example.com",)]


@pytest.mark.postgres
def test_dev_on_postgresql_creates_the_database_and_adds_a_column(tmp_path: Path, postgres_url: str) -> None:
    url = postgres_url + "_new"  # a database that does not exist yet
    write_schema(tmp_path, "postgresql", url, USER)
    try:
        first = dev(project=tmp_path, name="init")
        assert first.database_created and first.created[0].applied
        write_schema(tmp_path, "postgresql", url, USER_WITH_NAME)
        second = dev(project=tmp_path, name="add_name")
        assert not second.database_created
        assert 'ALTER TABLE "User" ADD COLUMN     "name" TEXT;' in second.created[0].sql
        with psycopg.connect(url) as conn:
            columns = [row[0] for row in conn.execute(
                "SELECT column_name FROM information_schema.columns WHERE table_name = 'User' ORDER BY ordinal_position")]
            history = [row[0] for row in conn.execute(
                "SELECT migration_name FROM _prisma_migrations WHERE finished_at IS NOT NULL ORDER BY started_at")]
        assert columns == ["id", "email", "name"]
        assert history == [first.created[0].name, second.created[0].name]
    finally:
        with psycopg.connect(postgres_url, autocommit=True) as admin:
            admin.execute(f'DROP DATABASE IF EXISTS "{url.rsplit("/", 1)[1]}" WITH (FORCE)')


@pytest.mark.postgres
def test_create_only_writes_the_down_sql_a_full_run_writes(tmp_path: Path, postgres_url: str) -> None:
    """--create-only applies nothing, so its down.sql starts from the schema's state rather than from
    the database's description; the extensions the database already has (plpgsql at least) are no
    part of the migration, so its reverse must not create them."""
    url = postgres_url + "_down"
    write_schema(tmp_path, "postgresql", url, USER)
    try:
        dev(project=tmp_path, name="init")
        write_schema(tmp_path, "postgresql", url, USER_WITH_NAME)
        draft = dev(project=tmp_path, name="add_name", create_only=True).created[0]
        expected = '-- AlterTable\nALTER TABLE "User" DROP COLUMN "name";\n'
        assert draft.down_sql is not None and draft.down_sql.endswith(expected)
        assert "EXTENSION" not in draft.down_sql
        for file in draft.path.iterdir():
            file.unlink()
        draft.path.rmdir()
        applied = dev(project=tmp_path, name="add_name").created[0]
        assert applied.applied and applied.down_sql == draft.down_sql
    finally:
        with psycopg.connect(postgres_url, autocommit=True) as admin:
            admin.execute(f'DROP DATABASE IF EXISTS "{url.rsplit("/", 1)[1]}" WITH (FORCE)')


def test_safe_needs_postgresql(tmp_path: Path, sqlite_url: str) -> None:
    write_schema(tmp_path, "sqlite", sqlite_url, USER)
    with pytest.raises(UsageError, match="PostgreSQL migrations only"):
        dev(project=tmp_path, safe=True)


ROLE = "enum Role {\n  A\n  B\n}\nmodel Account {\n  id   Int  @id\n  role Role @default(A)\n}\n"


@pytest.mark.postgres
def test_new_enum_values_come_first_in_a_migration_of_their_own(tmp_path: Path, postgres_url: str) -> None:
    write_schema(tmp_path, "postgresql", postgres_url, ROLE)
    dev(project=tmp_path, name="init")
    write_schema(tmp_path, "postgresql", postgres_url, ROLE.replace("  B\n", "  B\n  C\n").replace("default(A)", "default(C)"))
    events: list[object] = []
    result = dev(project=tmp_path, name="role_c", listener=events.append)
    names = [m.name for m in result.created]
    assert [n.split("_", 1)[1] for n in names] == ["role_c_add_enum_values", "role_c"]
    assert all(m.applied for m in result.created)
    assert "ADD VALUE 'C'" in result.created[0].sql and "SET DEFAULT 'C'" in result.created[1].sql
    assert [(e.enums, e.migration) for e in events if isinstance(e, EnumValuesFirst)] == [(("Role",), names[0])]


@pytest.mark.postgres
def test_safe_writes_a_lock_safe_plan(tmp_path: Path, postgres_url: str) -> None:
    write_schema(tmp_path, "postgresql", postgres_url, USER)
    dev(project=tmp_path, name="init")
    write_schema(tmp_path, "postgresql", postgres_url, USER.replace("}", "  @@index([email])\n}"))
    result = dev(project=tmp_path, name="email_index", safe=True, lock_timeout="2s")
    assert result.created and all(m.applied and m.down_sql is None for m in result.created)
    script = "".join(m.sql for m in result.created)
    assert "CREATE INDEX CONCURRENTLY" in script
