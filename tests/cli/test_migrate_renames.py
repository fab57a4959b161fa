"""`migrate dev` with renames (docs/renames.md): confirmed by flags, by a question on a terminal, or
not at all (then the migration is Prisma's drop and add)."""

from __future__ import annotations

import os
import shutil
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path
from urllib.parse import urlsplit

import psycopg
import pytest

from lamina.cli.prompt import ScriptedPrompter
from tests.cli.helpers import lamina, write_schema

BEFORE = """enum Role {
  USER
  ADMIN
}

model User {
  id    Int    @id @default(autoincrement())
  name  String @unique
  role  Role   @default(USER)
  posts Post[]
  tags  Tag[]
}

model Post {
  id       Int  @id @default(autoincrement())
  authorId Int
  author   User @relation(fields: [authorId], references: [id])

  @@index([authorId])
}

model Tag {
  id    Int    @id
  users User[]
}
"""
AFTER = (BEFORE.replace("model User {", "model Person {").replace("User[]", "Person[]")
         .replace("author   User", "author   Person").replace("  name  String @unique", "  fullName String @unique")
         .replace("authorId", "writerId").replace("ADMIN", "OWNER"))
FLAGS = ["--rename-model", "User=Person", "--rename", "User.name=fullName", "--rename", "Post.authorId=writerId"]
IN_SYNC = "Already in sync, no schema change or pending migration was found."


def _without_enum(models: str) -> str:
    """SQLite has no enums: the same models without the `role` field."""
    return models.split("\n\n", 1)[1].replace("  role  Role   @default(USER)\n", "")


@pytest.fixture(params=["sqlite", "postgresql", "mysql"])
def database(request, tmp_path: Path):
    """(provider, url, run SQL and return rows)."""
    if request.param == "sqlite":
        path = tmp_path / "prisma" / "dev.db"

        def sql_sqlite(sql: str) -> list[tuple]:
            conn = sqlite3.connect(path)
            conn.execute("PRAGMA foreign_keys = ON")
            try:
                rows = conn.execute(sql).fetchall()
                conn.commit()
                return rows
            finally:
                conn.close()

        return "sqlite", "file:./dev.db", sql_sqlite
    if request.param == "postgresql":
        url = request.getfixturevalue("postgres_url")

        def sql_postgres(sql: str) -> list[tuple]:
            with psycopg.connect(url, autocommit=True) as conn:
                cursor = conn.execute(sql)
                return cursor.fetchall() if cursor.description else []

        return "postgresql", url, sql_postgres
    url = request.getfixturevalue("mysql_url")

    def sql_mysql(sql: str) -> list[tuple]:
        import pymysql

        parts = urlsplit(url)
        conn = pymysql.connect(host=parts.hostname, port=parts.port or 3306, user=parts.username or "root",
                               password=parts.password or "", database=parts.path.lstrip("/"), autocommit=True)
        try:
            with conn.cursor() as cursor:
                cursor.execute(sql.replace('"', "`"))
                return list(cursor.fetchall())
        finally:
            conn.close()

    return "mysql", url, sql_mysql


def _models(provider: str, models: str) -> str:
    return _without_enum(models) if provider == "sqlite" else models


def _with_rows(tmp_path: Path, database) -> None:
    provider, url, sql = database
    write_schema(tmp_path, provider, url, _models(provider, BEFORE))
    result = lamina(tmp_path, "migrate", "dev", "--name", "init")
    assert result.code == 0, result.text
    sql("INSERT INTO \"User\" (name) VALUES ('ann'), ('bob')")
    if provider != "sqlite":
        sql("UPDATE \"User\" SET role = 'ADMIN' WHERE name = 'ann'")
    sql('INSERT INTO "Post" ("authorId") VALUES (1), (2), (2)')
    sql('INSERT INTO "Tag" (id) VALUES (7), (8)')
    sql('INSERT INTO "_TagToUser" ("A", "B") VALUES (7, 1), (8, 1), (8, 2)')


def _migration(tmp_path: Path, name: str) -> str:
    [path] = (tmp_path / "prisma" / "migrations").glob(f"*_{name}/migration.sql")
    return path.read_text(encoding="utf-8")


def test_confirmed_renames_keep_every_row_and_the_history_stays_consistent(tmp_path: Path, database) -> None:
    provider, url, sql = database
    _with_rows(tmp_path, database)
    write_schema(tmp_path, provider, url, _models(provider, AFTER))
    flags = FLAGS + (["--rename", "Role.ADMIN=OWNER"] if provider != "sqlite" else [])
    result = lamina(tmp_path, "migrate", "dev", "--name", "renames", *flags)
    assert result.code == 0, result.text
    assert "Warnings" not in result.text  # nothing is dropped
    assert _migration(tmp_path, "renames").startswith(
        "-- Rename: User -> Person\n-- Rename: Person.name -> fullName\n-- Rename: Post.authorId -> writerId\n")
    assert sql('SELECT id, "fullName" FROM "Person" ORDER BY id') == [(1, "ann"), (2, "bob")]
    assert sql('SELECT "writerId" FROM "Post" ORDER BY id') == [(1,), (2,), (2,)]
    # A references Person now (alphabetically first), B references Tag: the pairs trade columns.
    assert sorted(sql('SELECT "A", "B" FROM "_PersonToTag"')) == [(1, 7), (1, 8), (2, 8)]
    if provider != "sqlite":  # PostgreSQL renames the value; MySQL moves the rows to it
        cast = "::text" if provider == "postgresql" else ""
        assert sql(f'SELECT role{cast} FROM "Person" ORDER BY id') == [("OWNER",), ("USER",)]
    # Foreign keys still hold: a post of an unknown person is refused, and so is a dangling pair.
    with pytest.raises(Exception):
        sql('INSERT INTO "Post" ("writerId") VALUES (99)')
    with pytest.raises(Exception):
        sql('INSERT INTO "_PersonToTag" ("A", "B") VALUES (1, 99)')
    again = lamina(tmp_path, "migrate", "dev", "--name", "nothing")
    assert again.code == 0, again.text
    assert IN_SYNC in again.out  # no drift, and the history replays to the schema


def test_the_down_script_of_a_rename_migration_renames_back_and_keeps_every_row(tmp_path: Path, database) -> None:
    provider, url, sql = database
    _with_rows(tmp_path, database)
    write_schema(tmp_path, provider, url, _models(provider, AFTER))
    flags = FLAGS + (["--rename", "Role.ADMIN=OWNER"] if provider != "sqlite" else [])
    assert lamina(tmp_path, "migrate", "dev", "--name", "renames", *flags).code == 0
    [down] = (tmp_path / "prisma" / "migrations").glob("*_renames/down.sql")
    script = down.read_text(encoding="utf-8")
    assert script.startswith(
        "-- Rename: Person -> User\n-- Rename: User.fullName -> name\n-- Rename: Post.writerId -> authorId\n"), script
    assert "Warnings" not in script and "DROP TABLE" not in script
    reverted = lamina(tmp_path, "migrate", "down")
    assert reverted.code == 0, reverted.text
    assert sql('SELECT id, name FROM "User" ORDER BY id') == [(1, "ann"), (2, "bob")]
    assert sql('SELECT "authorId" FROM "Post" ORDER BY id') == [(1,), (2,), (2,)]
    assert sorted(sql('SELECT "A", "B" FROM "_TagToUser"')) == [(7, 1), (8, 1), (8, 2)]
    if provider != "sqlite":
        cast = "::text" if provider == "postgresql" else ""
        assert sql(f'SELECT role{cast} FROM "User" ORDER BY id') == [("ADMIN",), ("USER",)]
    if provider == "mysql":  # every row is back; one index is left over (docs/renames.md)
        pytest.xfail("MySQL keeps the index it made for the join table's swapped foreign key")
    write_schema(tmp_path, provider, url, _models(provider, BEFORE))
    shutil.rmtree(down.parent)
    again = lamina(tmp_path, "migrate", "dev", "--name", "nothing")
    assert again.code == 0, again.text
    assert IN_SYNC in again.out  # the database is the state before the renames, exactly


def test_the_same_change_without_confirmation_is_prismas_drop_and_add(tmp_path: Path) -> None:
    write_schema(tmp_path, "sqlite", "file:./dev.db", _without_enum(BEFORE))
    assert lamina(tmp_path, "migrate", "dev", "--name", "init").code == 0
    write_schema(tmp_path, "sqlite", "file:./dev.db", _without_enum(AFTER))
    plain = lamina(tmp_path, "migrate", "dev", "--name", "plain", "--create-only", "--accept-data-loss")
    assert plain.code == 0, plain.text
    sql = _migration(tmp_path, "plain")
    assert "-- Rename" not in sql and 'DROP TABLE "User"' in sql and 'CREATE TABLE "Person"' in sql
    asked = ScriptedPrompter([False, "plain2"])
    shutil.rmtree(next((tmp_path / "prisma" / "migrations").glob("*_plain")))
    declined = lamina(tmp_path, "migrate", "dev", "--create-only", "--accept-data-loss", prompter=asked)
    assert declined.code == 0, declined.text
    # `User` → `Person` also renames a column: no candidate (same columns needed), only the flag says it.
    assert asked.asked == ["Did you rename `Post.authorId` to `Post.writerId`?", "Enter a name for the new migration:"]
    assert _migration(tmp_path, "plain2") == sql


def test_a_yes_at_the_question_renames_and_a_no_drops(tmp_path: Path) -> None:
    models = "model User {\n  id   Int    @id\n  name String?\n}\n"
    write_schema(tmp_path, "sqlite", "file:./dev.db", models)
    assert lamina(tmp_path, "migrate", "dev", "--name", "init").code == 0
    sqlite3.connect(tmp_path / "prisma" / "dev.db").execute("INSERT INTO User VALUES (1, 'ann')").connection.commit()
    write_schema(tmp_path, "sqlite", "file:./dev.db", models.replace("name", "fullName"))
    no = ScriptedPrompter([False, False])  # no rename, then no to the data loss
    result = lamina(tmp_path, "migrate", "dev", "--name", "no", prompter=no)
    assert result.code == 130
    assert no.asked == ["Did you rename `User.name` to `User.fullName`?",
                        "Are you sure you want to create and apply this migration?"]
    assert not list((tmp_path / "prisma" / "migrations").glob("*_no"))
    yes = ScriptedPrompter([True])
    result = lamina(tmp_path, "migrate", "dev", "--name", "yes", prompter=yes)
    assert result.code == 0, result.text
    assert yes.asked == ["Did you rename `User.name` to `User.fullName`?"]
    assert _migration(tmp_path, "yes") == (
        "-- Rename: User.name -> fullName\n-- RenameColumn\nALTER TABLE \"User\" RENAME COLUMN \"name\" TO \"fullName\";\n")
    rows = sqlite3.connect(tmp_path / "prisma" / "dev.db").execute('SELECT id, "fullName" FROM User').fetchall()
    assert rows == [(1, "ann")]


def test_two_candidates_are_both_asked_until_one_is_confirmed(tmp_path: Path) -> None:
    models = "model User {\n  id   Int    @id\n  name String\n}\n"
    write_schema(tmp_path, "sqlite", "file:./dev.db", models)
    assert lamina(tmp_path, "migrate", "dev", "--name", "init").code == 0
    write_schema(tmp_path, "sqlite", "file:./dev.db", models.replace("  name String\n", "  first String?\n  last String?\n")
                 .replace("String?", "String"))
    prompter = ScriptedPrompter([False, True, True])
    result = lamina(tmp_path, "migrate", "dev", "--name", "split", "--create-only", prompter=prompter)
    assert prompter.asked[:2] == ["Did you rename `User.name` to `User.first`?",
                                  "Did you rename `User.name` to `User.last`?"]
    assert 'RENAME COLUMN "name" TO "last"' in _migration(tmp_path, "split"), result.text


@pytest.mark.parametrize(("flag", "message"), [
    (["--rename", "User.name"], "Error: `--rename User.name` is not of the form `--rename Model.field=newField`."),
    (["--rename", "User=fullName"], "Error: `--rename User=fullName` is not of the form `--rename Model.field=newField`."),
    (["--rename-model", "User.x=P"], "Error: `--rename-model User.x=P` is not of the form `--rename-model OldModel=NewModel`."),
    (["--rename", "Nope.name=fullName"], "Error: `--rename Nope.name=fullName`: the migrations have no table `Nope`."),
    (["--rename", "User.nope=fullName"], "Error: `--rename User.nope=fullName`: the table `User` has no column `nope`."),
    (["--rename", "User.name=other"], "Error: `--rename User.name=other`: the schema has no field `User.other`."),
    (["--rename-model", "User=Nobody"], "Error: `--rename-model User=Nobody`: the schema has no model `Nobody`."),
], ids=["no-equals", "no-field", "dotted-model", "unknown-table", "unknown-column", "unknown-target", "unknown-model"])
def test_bad_rename_flags(tmp_path: Path, flag: list[str], message: str) -> None:
    models = "model User {\n  id   Int    @id\n  name String\n}\n"
    write_schema(tmp_path, "sqlite", "file:./dev.db", models)
    assert lamina(tmp_path, "migrate", "dev", "--name", "init").code == 0
    write_schema(tmp_path, "sqlite", "file:./dev.db", models.replace("name", "fullName"))
    result = lamina(tmp_path, "migrate", "dev", "--name", "bad", *flag)
    assert result.code == 1, result.text
    assert message in result.err.splitlines(), result.err
    assert "Traceback" not in result.text
    assert not list((tmp_path / "prisma" / "migrations").glob("*_bad"))


@pytest.mark.skipif(sys.platform == "win32", reason="needs a pseudo-terminal")
@pytest.mark.parametrize("key", ["yes", "no", "ctrl-c", "ctrl-d"])
def test_rename_question_in_a_real_terminal(tmp_path: Path, key: str) -> None:
    """The installed command in a pseudo-terminal: `y` renames, `n` falls back to Prisma's drop and
    add (and its data-loss question, answered no here), Ctrl-C or Ctrl-D writes nothing."""
    import pty
    import select

    models = "model User {\n  id   Int    @id\n  name String?\n}\n"
    write_schema(tmp_path, "sqlite", "file:./dev.db", models)
    assert lamina(tmp_path, "migrate", "dev", "--name", "init").code == 0
    conn = sqlite3.connect(tmp_path / "prisma" / "dev.db")
    conn.execute("INSERT INTO User VALUES (1, 'kept')")
    conn.commit()
    conn.close()
    write_schema(tmp_path, "sqlite", "file:./dev.db", models.replace("name", "fullName"))
    command = Path(sys.executable).with_name("lamina")
    pid, fd = pty.fork()
    if pid == 0:  # the child: becomes `lamina migrate dev` on the terminal
        os.chdir(tmp_path)
        os.environ.pop("CI", None)
        os.environ["NO_COLOR"] = "1"
        # A shell starts background jobs with SIGINT ignored, and an ignored signal stays ignored
        # across exec: give the command the terminal's default, as an interactive shell does.
        signal.signal(signal.SIGINT, signal.SIG_DFL)
        os.execv(str(command), [str(command), "migrate", "dev", "--name", "renamed", "--skip-generate"])
    transcript = b""
    deadline = time.monotonic() + 60

    def read_some() -> bytes | None:
        ready, _, _ = select.select([fd], [], [], max(0.0, deadline - time.monotonic()))
        if not ready:
            os.kill(pid, signal.SIGKILL)
            pytest.fail(f"the command hung; it printed: {transcript!r}")
        try:
            return os.read(fd, 4096) or None
        except OSError:
            return None

    def wait_for(text: bytes) -> None:
        nonlocal transcript
        while text not in transcript:
            chunk = read_some()
            if chunk is None:
                return
            transcript += chunk

    wait_for(b"(y/N)")
    # As a person would, after the question shows: a SIGINT in the instant between readline
    # printing the prompt and waiting for input is only seen at the next key (CPython's readline).
    time.sleep(0.5)
    if key == "ctrl-c":  # the key itself: the terminal sends SIGINT to the command
        os.write(fd, b"\x03")
    elif key == "ctrl-d":
        os.write(fd, b"\x04")
    else:
        os.write(fd, b"y\r" if key == "yes" else b"n\r")
        if key == "no":
            wait_for(b"Are you sure")
            os.write(fd, b"n\r")
    while (chunk := read_some()) is not None:
        transcript += chunk
    _, status = os.waitpid(pid, 0)
    text = transcript.decode("utf-8", errors="replace")
    assert "Did you rename `User.name` to `User.fullName`?" in text
    assert "Traceback" not in text, text
    written = list((tmp_path / "prisma" / "migrations").glob("*_renamed/migration.sql"))
    db = sqlite3.connect(tmp_path / "prisma" / "dev.db")
    if key == "yes":
        assert os.waitstatus_to_exitcode(status) == 0, text
        assert 'RENAME COLUMN "name" TO "fullName"' in written[0].read_text()
        assert db.execute('SELECT "fullName" FROM User').fetchall() == [("kept",)]
    else:
        assert os.waitstatus_to_exitcode(status) == 130, text
        assert written == []
        assert db.execute("SELECT name FROM User").fetchall() == [("kept",)]


class Interrupted:
    """A terminal where the user presses Ctrl-C (KeyboardInterrupt) or Ctrl-D (EOFError) at a question."""

    interactive = True

    def __init__(self, error: type[BaseException]):
        self.error = error
        self.asked: list[str] = []

    def confirm(self, question: str) -> bool:
        self.asked.append(question)
        raise self.error

    def text(self, question: str) -> str:
        self.asked.append(question)
        raise self.error


@pytest.mark.parametrize("error", [KeyboardInterrupt, EOFError], ids=["ctrl-c", "ctrl-d"])
def test_interrupted_at_the_rename_question_writes_nothing(tmp_path: Path, error: type[BaseException]) -> None:
    models = "model User {\n  id   Int    @id\n  name String?\n}\n"
    write_schema(tmp_path, "sqlite", "file:./dev.db", models)
    assert lamina(tmp_path, "migrate", "dev", "--name", "init").code == 0
    write_schema(tmp_path, "sqlite", "file:./dev.db", models.replace("name", "fullName"))
    prompter = Interrupted(error)
    result = lamina(tmp_path, "migrate", "dev", "--name", "renamed", prompter=prompter)  # type: ignore[arg-type]
    assert result.code == 130, result.text
    assert prompter.asked == ["Did you rename `User.name` to `User.fullName`?"]
    assert [p.name[15:] for p in (tmp_path / "prisma" / "migrations").iterdir() if p.is_dir()] == ["init"]
    columns = [row[1] for row in sqlite3.connect(tmp_path / "prisma" / "dev.db").execute("PRAGMA table_info(User)")]
    assert columns == ["id", "name"]


@pytest.mark.oracle
def test_prisma_finds_the_renamed_history_consistent(tmp_path: Path, oracle_dir: Path, postgres_url: str) -> None:
    """Prisma's own `migrate diff --from-migrations --to-schema` is empty after lamina's renames."""
    _with_rows(tmp_path, ("postgresql", postgres_url, lambda sql: _pg(postgres_url, sql)))
    write_schema(tmp_path, "postgresql", postgres_url, AFTER)
    result = lamina(tmp_path, "migrate", "dev", "--name", "renames", *FLAGS, "--rename", "Role.ADMIN=OWNER")
    assert result.code == 0, result.text
    schema = tmp_path / "prisma7.prisma"
    schema.write_text(f'datasource db {{\n  provider = "postgresql"\n}}\n\n{AFTER}', encoding="utf-8")
    prisma = subprocess.run(["bash", str(oracle_dir / "prisma-diff.sh"), "--from-migrations",
                             str(tmp_path / "prisma" / "migrations"), "--to-schema", str(schema), "--exit-code"],
                            capture_output=True, text=True, cwd=tmp_path)
    assert prisma.returncode == 0, prisma.stdout + prisma.stderr


def _pg(url: str, sql: str) -> list[tuple]:
    with psycopg.connect(url, autocommit=True) as conn:
        cursor = conn.execute(sql)
        return cursor.fetchall() if cursor.description else []
