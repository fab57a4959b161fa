"""`lamina db pull` writing the schema file: Prisma's summary (checked with the real CLI on the
blog case), --force, the empty-database error, and a pulled schema that `db push` finds in sync."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from tests.cli.helpers import lamina
from tests.introspect.test_pull_goldens import HERE, load_case

BLOG_PG = HERE / "cases" / "blog.postgresql.sql"
BLOG_SQLITE = HERE / "cases" / "blog.sqlite.sql"


def _schema(project: Path, provider: str, body: str = "") -> Path:
    path = project / "schema.prisma"
    path.write_text(f'datasource db {{\n  provider = "{provider}"\n}}\n' + body, encoding="utf-8")
    return path


def test_pull_writes_the_file_and_prints_prismas_summary(request, tmp_path: Path) -> None:
    provider, url = load_case(BLOG_PG, request, tmp_path)
    project = tmp_path / "project"
    project.mkdir()
    schema = _schema(project, provider)
    result = lamina(project, "db", "pull", "--url", url)
    assert result.code == 0, result.err
    name = url.rsplit("/", 1)[1]
    assert re.sub(r"in \d+(ms|\.\d\ds)\n", "in <ms>\n", result.out) == (
        f'Datasource "db": PostgreSQL database "{name}", schema "public" at "127.0.0.1:5432"\n\n'
        "- Introspecting based on datasource defined in schema.prisma\n"
        "✔ Introspected 6 models and wrote them into schema.prisma in <ms>\n"
        "      \n"
        "*** WARNING ***\n\n"
        "The following models were ignored as they do not have a valid unique identifier or id. "
        "This is currently not supported by Prisma Client:\n"
        '  - "no_pk"\n\n'
        "Run prisma generate to generate Prisma Client.\n\n")
    assert result.err == "Prisma schema loaded from schema.prisma.\n"
    golden = (HERE / "goldens" / "blog.postgresql.prisma").read_text(encoding="utf-8")
    assert schema.read_text(encoding="utf-8") + "\n\n" == golden


def test_force_drops_the_previous_names(request, tmp_path: Path) -> None:
    provider, url = load_case(BLOG_SQLITE, request, tmp_path)
    project = tmp_path / "project"
    project.mkdir()
    _schema(project, provider, '\nmodel Person {\n  id Int @id\n\n  @@map("User")\n}\n')
    kept = lamina(project, "db", "pull", "--print", "--url", url, "--schema", "schema.prisma")
    assert "model Person {" in kept.out and '@@map("User")' in kept.out
    assert kept.err.startswith("// *** WARNING ***\n// \n")
    forced = lamina(project, "db", "pull", "--print", "--force", "--url", url, "--schema", "schema.prisma")
    assert forced.out == (HERE / "goldens" / "blog.sqlite.prisma").read_text(encoding="utf-8")


@pytest.mark.parametrize("case", [
    BLOG_PG, BLOG_SQLITE,
], ids=["postgresql", "sqlite"])
def test_a_pulled_schema_is_in_sync_for_db_push(case: Path, request, tmp_path: Path) -> None:
    provider, url = load_case(case, request, tmp_path)
    project = tmp_path / "project"
    project.mkdir()
    _schema(project, provider)
    assert lamina(project, "db", "pull", "--url", url, "--schema", "schema.prisma").code == 0
    pushed = lamina(project, "db", "push", "--url", url, "--schema", "schema.prisma")
    assert pushed.code == 0, pushed.err
    assert pushed.out.endswith("\n\nThe database is already in sync with the Prisma schema.\n\n")


def test_an_empty_database_is_an_error(tmp_path: Path, postgres_url: str) -> None:
    _schema(tmp_path, "postgresql")
    result = lamina(tmp_path, "db", "pull", "--print", "--url", postgres_url, "--schema", "schema.prisma")
    assert (result.code, result.out) == (1, "")
    assert result.err == "Error: The introspected database was empty.\n\n"


@pytest.mark.parametrize("sql", [
    'CREATE TABLE "t" ("id" INTEGER PRIMARY KEY);',
    'CREATE TABLE "t" ("id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT, "w" VARCHAR(20));',
], ids=["rowid-key", "varchar"])
def test_sqlite_pull_then_diff_is_empty(sql: str, tmp_path: Path) -> None:
    import sqlite3

    conn = sqlite3.connect(tmp_path / "dev.db")
    conn.executescript(sql)
    conn.close()
    _schema(tmp_path, "sqlite")
    assert lamina(tmp_path, "db", "pull", "--url", "file:./dev.db", "--schema", "schema.prisma").code == 0
    diff = lamina(tmp_path, "migrate", "diff", "--from-url", "file:./dev.db", "--to-schema", "schema.prisma", "--script")
    assert diff.out == "-- This is an empty migration.\n\n\n"


def test_sqlite_partial_indexes_are_pulled_and_found_in_sync(tmp_path: Path) -> None:
    """The PostgreSQL pull is an oracle golden (partialindexes); on SQLite the Wasm engine cannot read
    partial indexes back, so the same shape is checked here: `where: raw(...)` with the text after
    WHERE, the preview feature added, and a diff to the database that finds nothing to do."""
    import sqlite3

    database = tmp_path / "dev.db"
    with sqlite3.connect(database) as conn:
        conn.executescript(
            'CREATE TABLE "User" ("id" INTEGER NOT NULL PRIMARY KEY, "email" TEXT NOT NULL, "status" TEXT NOT NULL);'
            """CREATE UNIQUE INDEX "User_email_key" ON "User"("email") WHERE status <> 'banned';"""
            'CREATE INDEX "s" ON "User"("status") WHERE "status" IS NOT NULL;')
    project = tmp_path / "project"
    project.mkdir()
    schema = project / "schema.prisma"
    schema.write_text('generator client {\n  provider = "prisma-client-js"\n}\n\n'
                      'datasource db {\n  provider = "sqlite"\n}\n', encoding="utf-8")
    url = f"file:{database}"
    assert lamina(project, "db", "pull", "--url", url).code == 0
    pulled = schema.read_text(encoding="utf-8")
    assert 'previewFeatures = ["partialIndexes"]' in pulled
    assert """email  String @unique(where: raw("status <> 'banned'"))""" in pulled
    assert """@@index([status], map: "s", where: raw("\\"status\\" IS NOT NULL"))""" in pulled
    result = lamina(project, "migrate", "diff", "--from-url", url, "--to-schema", "schema.prisma", "--script")
    assert result.out.strip() == "-- This is an empty migration.", result.out + result.err
