"""`migrate dev` beyond the happy path: --create-only, data-loss warnings, unexecutable steps, prompts."""

from __future__ import annotations

import os
import shutil
import sqlite3
import subprocess
from contextlib import closing
from pathlib import Path

import psycopg
import pytest

from lamina.cli.prompt import ScriptedPrompter
from scripts.cli_name import as_lamina
from tests.cli.helpers import lamina, write_schema
from tests.cli.status_cases import normalise

BASE = "model User {\n  id    Int    @id @default(autoincrement())\n  email String\n  name  String?\n}\n"
WITHOUT_NAME = "model User {\n  id    Int    @id @default(autoincrement())\n  email String\n}\n"
WITH_REQUIRED = BASE.replace("  name  String?\n", "  name  String?\n  age   Int\n")


def _project(tmp_path: Path, models: str) -> Path:
    write_schema(tmp_path, "sqlite", "file:./dev.db", models)
    result = lamina(tmp_path, "migrate", "dev", "--name", "init")
    assert result.code == 0, result.text
    return tmp_path


def _insert_user(tmp_path: Path) -> None:
    with sqlite3.connect(tmp_path / "prisma" / "dev.db") as conn:
        conn.execute("INSERT INTO \"User\" (email, name) VALUES ('a@b.c', 'Ann')")


def _folders(tmp_path: Path) -> list[str]:
    return sorted(p.name for p in (tmp_path / "prisma" / "migrations").iterdir() if p.is_dir())


def test_create_only_writes_without_applying(tmp_path: Path) -> None:
    _project(tmp_path, BASE)
    write_schema(tmp_path, "sqlite", "file:./dev.db", BASE.replace("  name  String?\n", "  name  String?\n  bio   String?\n"))
    result = lamina(tmp_path, "migrate", "dev", "--name", "add bio!", "--create-only")
    assert result.code == 0, result.text
    created = _folders(tmp_path)[-1]
    assert created.endswith("_add_bio")
    assert f"Prisma Migrate created the following migration without applying it {created}" in result.out
    assert (tmp_path / "prisma" / "migrations" / created / "migration.sql").read_text() == (
        '-- AlterTable\nALTER TABLE "User" ADD COLUMN "bio" TEXT;\n')
    status = lamina(tmp_path, "migrate", "status")
    assert status.code == 1
    assert f"Following migration have not yet been applied:\n{created}\n" in status.out
    applied = lamina(tmp_path, "migrate", "dev")
    assert applied.code == 0, applied.text
    assert "The following migration(s) have been applied:" in applied.out
    assert applied.out.rstrip().splitlines()[-1] != "Already in sync, no schema change or pending migration was found."


def test_data_loss_warning_stops_a_non_interactive_run(tmp_path: Path) -> None:
    _project(tmp_path, BASE)
    _insert_user(tmp_path)
    write_schema(tmp_path, "sqlite", "file:./dev.db", WITHOUT_NAME)
    result = lamina(tmp_path, "migrate", "dev", "--name", "drop_name")
    assert result.code == 1
    assert "⚠️  Warnings for the current datasource:" in result.out
    assert ("  • You are about to drop the column `name` on the `User` table, which still contains 1 non-null values."
            in result.out)
    assert "Prisma Migrate has detected that the environment is non-interactive, which is not supported." in result.err
    assert len(_folders(tmp_path)) == 1  # nothing written


def test_data_loss_warning_confirmed_interactively(tmp_path: Path) -> None:
    _project(tmp_path, BASE)
    _insert_user(tmp_path)
    write_schema(tmp_path, "sqlite", "file:./dev.db", WITHOUT_NAME)
    prompter = ScriptedPrompter([True])
    result = lamina(tmp_path, "migrate", "dev", "--name", "drop_name", prompter=prompter)
    assert result.code == 0, result.text
    assert prompter.asked == ["Are you sure you want to create and apply this migration?"]
    script = (tmp_path / "prisma" / "migrations" / _folders(tmp_path)[-1] / "migration.sql").read_text()
    assert script.startswith("/*\n  Warnings:\n\n  - You are about to drop the column `name` on the `User` table. "
                             "All the data in the column will be lost.\n\n*/\n-- RedefineTables\n")


def test_data_loss_warning_declined(tmp_path: Path) -> None:
    _project(tmp_path, BASE)
    _insert_user(tmp_path)
    write_schema(tmp_path, "sqlite", "file:./dev.db", WITHOUT_NAME)
    result = lamina(tmp_path, "migrate", "dev", "--name", "drop_name", prompter=ScriptedPrompter([False]))
    assert result.code == 130
    assert result.out.rstrip().endswith("Migration cancelled.")
    assert len(_folders(tmp_path)) == 1


def test_unexecutable_step_is_refused_unless_create_only(tmp_path: Path) -> None:
    _project(tmp_path, BASE)
    _insert_user(tmp_path)
    write_schema(tmp_path, "sqlite", "file:./dev.db", WITH_REQUIRED)
    refused = lamina(tmp_path, "migrate", "dev", "--name", "add_age")
    assert refused.code == 1
    assert "⚠️ We found changes that cannot be executed:" in refused.err
    assert ("  • Step 0 Added the required column `age` to the `User` table without a default value. "
            "There are 1 rows in this table, it is not possible to execute this step.") in refused.err
    assert len(_folders(tmp_path)) == 1
    drafted = lamina(tmp_path, "migrate", "dev", "--name", "add_age", "--create-only")
    assert drafted.code == 0, drafted.text
    assert len(_folders(tmp_path)) == 2


def test_empty_create_only_writes_an_empty_migration(tmp_path: Path) -> None:
    _project(tmp_path, BASE)
    result = lamina(tmp_path, "migrate", "dev", "--name", "custom_sql", "--create-only")
    assert result.code == 0, result.text
    script = (tmp_path / "prisma" / "migrations" / _folders(tmp_path)[-1] / "migration.sql").read_text()
    assert script == "-- This is an empty migration."


def test_non_interactive_refusal_names_accept_data_loss(tmp_path: Path) -> None:
    """The hint tells a script what to add, not to run what it just ran."""
    _project(tmp_path, BASE)
    _insert_user(tmp_path)
    write_schema(tmp_path, "sqlite", "file:./dev.db", WITHOUT_NAME)
    for flags, command in ((["--create-only"], "lamina migrate dev --create-only --accept-data-loss"),
                           ([], "lamina migrate dev --accept-data-loss")):
        result = lamina(tmp_path, "migrate", "dev", "--name", "drop_name", *flags)
        assert result.code == 1, result.text
        assert result.err.endswith("See https://pris.ly/d/migrate-deploy\nHint: Run it in a terminal to confirm, "
                                   f"or accept the data loss warnings with `{command}`.\n"), result.err
    assert len(_folders(tmp_path)) == 1


@pytest.mark.parametrize("provider", ["sqlite", "postgresql"])
def test_accept_data_loss_gets_a_non_interactive_run_through(provider: str, tmp_path: Path,
                                                             request: pytest.FixtureRequest) -> None:
    url = "file:./dev.db" if provider == "sqlite" else request.getfixturevalue("postgres_url")
    write_schema(tmp_path, provider, url, BASE)
    assert lamina(tmp_path, "migrate", "dev", "--name", "init").code == 0
    run_sql(provider, url, tmp_path, "INSERT INTO \"User\" (email, name) VALUES ('a@b.c', 'Ann')")
    write_schema(tmp_path, provider, url, WITHOUT_NAME)
    drafted = lamina(tmp_path, "migrate", "dev", "--name", "drop_name", "--create-only", "--accept-data-loss")
    assert drafted.code == 0, drafted.text
    assert "⚠️  Warnings for the current datasource:" in drafted.out
    assert "You can now edit it and apply it by running lamina migrate dev." in drafted.out
    assert len(_folders(tmp_path)) == 2
    applied = lamina(tmp_path, "migrate", "dev", "--name", "drop_name", "--accept-data-loss")
    assert applied.code == 0, applied.text
    assert "Your database is now in sync with your schema." in applied.out
    assert run_sql(provider, url, tmp_path, 'SELECT email FROM "User"') == [("a@b.c",)]


def run_sql(provider: str, url: str, project: Path, sql: str) -> list[tuple]:
    if provider == "sqlite":
        with closing(sqlite3.connect(project / "prisma" / "dev.db")) as conn, conn:
            return conn.execute(sql).fetchall()
    with psycopg.connect(url, autocommit=True) as conn:
        cursor = conn.execute(sql)
        return cursor.fetchall() if cursor.description else []


@pytest.mark.oracle
def test_create_only_with_unexecutable_steps_and_warnings_prints_what_prisma_prints(
        tmp_path: Path, oracle_dir: Path) -> None:
    """Non-interactive `--create-only`: Prisma's "changes that cannot be executed" header on stderr,
    its empty lines on stdout, then the refusal (lamina adds its hint)."""
    ours = _project(tmp_path / "lamina", BASE)
    _insert_user(ours)
    theirs = tmp_path / "prisma"
    shutil.copytree(ours / "prisma" / "migrations", theirs / "migrations")
    shutil.copyfile(ours / "prisma" / "dev.db", theirs / "dev.db")
    after = WITH_REQUIRED.replace("  name  String?\n", "")  # one unexecutable step, one warning
    (theirs / "schema.prisma").write_text('datasource db {\n  provider = "sqlite"\n}\n\n' + after)
    prisma = subprocess.run(
        [str(oracle_dir / "prisma.sh"), "--url", f"file:{theirs / 'dev.db'}", "--schema", "schema.prisma",
         "--migrations", "migrations", "--", "migrate", "dev", "--create-only", "--name", "next"],
        cwd=theirs, capture_output=True, text=True, env={**os.environ, "NO_COLOR": "1"}, stdin=subprocess.DEVNULL)
    (ours / "prisma" / "schema.prisma").write_text('datasource db {\n  provider = "sqlite"\n}\n\n' + after)
    (ours / "lamina.toml").write_text('[datasource]\nurl = "file:./prisma/dev.db"\n')
    result = lamina(ours, "migrate", "dev", "--create-only", "--name", "next")
    hint = "Hint: Run it in a terminal to confirm, or accept the data loss warnings with " \
           "`lamina migrate dev --create-only --accept-data-loss`.\n"
    assert result.err.endswith(hint), result.err
    assert "We found changes that cannot be executed" in prisma.stderr
    assert normalise(result.out, result.err.removesuffix(hint), result.code) == \
        as_lamina(normalise(prisma.stdout, prisma.stderr, prisma.returncode))
    assert len(_folders(ours)) == 1
