"""`lamina db push` on real SQLite and PostgreSQL databases: the whole output compared with the
wording the real Prisma 7.10.1 CLI printed for the same steps (PRISMA-COMPAT.md §1.9)."""

from __future__ import annotations

import re
import sqlite3
from pathlib import Path

import psycopg
import pytest

from lamina.cli.prompt import ScriptedPrompter
from tests.cli.helpers import lamina, write_schema

USER = "model User {\n  id    Int     @id @default(autoincrement())\n  email String  @unique\n  name  String?\n}\n"
USER_WITHOUT_NAME = "model User {\n  id    Int     @id @default(autoincrement())\n  email String  @unique\n}\n"
USER_WITH_AGE = ("model User {\n  id    Int     @id @default(autoincrement())\n  email String  @unique\n"
                 "  name  String?\n  age   Int\n}\n")


@pytest.fixture(params=["sqlite", "postgresql"])
def target(request, tmp_path: Path):
    """(provider, url, run SQL on the database, datasource line, created line, reset target)."""
    if request.param == "sqlite":
        path = tmp_path / "prisma" / "dev.db"

        def run_sql(sql: str) -> None:
            conn = sqlite3.connect(path)
            conn.executescript(sql)
            conn.close()

        return ("sqlite", "file:./dev.db", run_sql, 'Datasource "db": SQLite database "dev.db" at "file:./dev.db"',
                "SQLite database dev.db created at file:./dev.db",
                'The SQLite database "dev.db" at "file:./dev.db"')
    url = request.getfixturevalue("postgres_url")
    name = url.rsplit("/", 1)[1]

    def run_sql(sql: str) -> None:
        with psycopg.connect(url, autocommit=True) as conn:
            conn.execute(sql)

    return ("postgresql", url, run_sql,
            f'Datasource "db": PostgreSQL database "{name}", schema "public" at "127.0.0.1:5432"', None,
            f'The PostgreSQL database "{name}" schema "public" at "127.0.0.1:5432"')


def _timed(text: str) -> str:
    return re.sub(r"Done in \d+(ms|\.\d\ds)", "Done in <ms>", text)


# The schemas here keep their URL in the datasource block (Prisma 6 style), which lamina accepts;
# `validate` and `migrate dev` say that Prisma 7 refuses it, `db push` does not repeat it.
BANNER = "Prisma schema loaded from prisma/schema.prisma.\n"


def _head(datasource: str) -> str:
    return f"{datasource}\n\n"


def test_push_creates_then_is_in_sync(tmp_path: Path, target) -> None:
    provider, url, _, datasource, created, _ = target
    write_schema(tmp_path, provider, url, USER)
    first = lamina(tmp_path, "db", "push")
    assert first.code == 0, first.err
    made = f"{created}\n\n" if created else ""
    assert _timed(first.out) == _head(datasource) + made + \
        "🚀  Your database is now in sync with your Prisma schema. Done in <ms>\n\n"
    again = lamina(tmp_path, "db", "push")
    assert (again.code, again.out, again.err) == (
        0, _head(datasource) + "The database is already in sync with the Prisma schema.\n\n", BANNER)


def test_data_loss_needs_the_flag(tmp_path: Path, target) -> None:
    provider, url, run_sql, datasource, _, _ = target
    write_schema(tmp_path, provider, url, USER)
    assert lamina(tmp_path, "db", "push").code == 0
    run_sql("INSERT INTO \"User\" (email, name) VALUES ('a@b.c', 'Ada')")
    write_schema(tmp_path, provider, url, USER_WITHOUT_NAME)
    warning = ("⚠️  There might be data loss when applying the changes:\n\n"
               "  • You are about to drop the column `name` on the `User` table, which still contains 1 non-null values.\n\n\n")
    refused = lamina(tmp_path, "db", "push")
    assert refused.code == 1
    assert refused.out == _head(datasource) + warning
    assert refused.err == BANNER + ("Error: Use the --accept-data-loss flag to ignore the data loss warnings like "
                           "lamina db push --accept-data-loss\n")

    cancelled = lamina(tmp_path, "db", "push", prompter=ScriptedPrompter([False]))
    assert cancelled.code == 130
    assert cancelled.out == _head(datasource) + warning + "Push cancelled.\n"

    accepted = lamina(tmp_path, "db", "push", "--accept-data-loss")
    assert accepted.code == 0, accepted.err
    assert _timed(accepted.out) == _head(datasource) + warning + \
        "\n🚀  Your database is now in sync with your Prisma schema. Done in <ms>\n\n"


def test_unexecutable_change_then_force_reset(tmp_path: Path, target) -> None:
    provider, url, run_sql, datasource, _, reset_target = target
    write_schema(tmp_path, provider, url, USER)
    assert lamina(tmp_path, "db", "push").code == 0
    run_sql("INSERT INTO \"User\" (email) VALUES ('a@b.c')")
    write_schema(tmp_path, provider, url, USER_WITH_AGE)
    refused = lamina(tmp_path, "db", "push", "--accept-data-loss")
    assert refused.code == 1
    assert refused.out == _head(datasource)
    assert refused.err == BANNER + (
        "Error: \n⚠️ We found changes that cannot be executed:\n\n"
        "  • Added the required column `age` to the `User` table without a default value. There are 1 rows in "
        "this table, it is not possible to execute this step.\n\n"
        "You may use the --force-reset flag to drop the database before push like lamina db push --force-reset\n"
        "All data will be lost.\n      \n")
    reset = lamina(tmp_path, "db", "push", "--force-reset")
    assert reset.code == 0, reset.err
    assert _timed(reset.out) == _head(datasource) + f"{reset_target} was successfully reset.\n\n" + \
        "🚀  Your database is now in sync with your Prisma schema. Done in <ms>\n\n"


def test_push_ignores_the_migrations_table(tmp_path: Path, target) -> None:
    provider, url, run_sql, datasource, _, _ = target
    write_schema(tmp_path, provider, url, USER)
    assert lamina(tmp_path, "migrate", "dev", "--name", "init").code == 0
    result = lamina(tmp_path, "db", "push")
    assert (result.code, result.out) == (0, _head(datasource) + "The database is already in sync with the Prisma schema.\n\n")
    assert (tmp_path / "prisma" / "migrations").is_dir()
