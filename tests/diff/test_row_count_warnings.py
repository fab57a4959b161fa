"""Data-loss warnings and unexecutable steps driven by row counts on the target database, compared
with the real engine's `migrate dev` (PostgreSQL and SQLite): the same database, once empty and
once holding rows, the same change; lamina and Prisma must list the same `  • ...` lines, and
list nothing while the tables are empty."""

from __future__ import annotations

import shutil
import sqlite3
import subprocess
import uuid
from collections.abc import Iterator
from pathlib import Path

import psycopg
import pytest

from tests.cli.helpers import lamina
from tests.conftest import _admin_connection, postgres_server_url, url_with_database

pytestmark = pytest.mark.oracle

BEFORE = """
model User {
  id    Int     @id @default(autoincrement())
  email String?
  name  String?
  age   Int
}

model Post {
  id Int @id
}
"""
# Dropping a table and a column: warnings with row and value counts.
DROPS = """
model User {
  id    Int     @id @default(autoincrement())
  email String?
  age   Int
}
"""
# A required column without default, a column made required: unexecutable on a table with rows.
REQUIRED = """
model User {
  id    Int     @id @default(autoincrement())
  email String
  name  String?
  age   Int
  nick  String
}

model Post {
  id Int @id
}
"""
ROWS = ("INSERT INTO \"User\" (\"email\", \"name\", \"age\") VALUES (NULL, 'a', 1), ('b', NULL, 2);"
        " INSERT INTO \"Post\" (\"id\") VALUES (1), (2), (3);")


def schema_text(provider: str, models: str, url: str | None) -> str:
    url_line = f'  url      = "{url}"\n' if url else ""
    return f'datasource db {{\n  provider = "{provider}"\n{url_line}}}\n{models}'


def bullets(text: str) -> list[str]:
    return [line for line in text.splitlines() if line.startswith("  • ")]


@pytest.fixture
def databases(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[tuple[str, str]]:
    """Two empty databases of the provider: one for lamina, one for Prisma."""
    provider = request.node.callspec.params["provider"]
    if provider == "sqlite":
        yield f"file:{tmp_path / 'lamina.db'}", f"file:{tmp_path / 'prisma.db'}"
        return
    names = [f"lamina_rows_{uuid.uuid4().hex[:10]}" for _ in range(2)]
    with _admin_connection() as admin:
        for name in names:
            admin.execute(f'CREATE DATABASE "{name}"')
    try:
        yield tuple(url_with_database(postgres_server_url(), name) for name in names)
    finally:
        with _admin_connection() as admin:
            for name in names:
                admin.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


def execute(provider: str, url: str, sql: str) -> None:
    if provider == "postgresql":
        with psycopg.connect(url, autocommit=True) as conn:
            conn.execute(sql)
    else:
        with sqlite3.connect(url.removeprefix("file:")) as conn:
            conn.executescript(sql)


def run_both(provider: str, urls: tuple[str, str], tmp_path: Path, oracle: Path, after: str,
             with_rows: bool) -> tuple[str, str]:
    """`migrate dev` of `after` on two databases holding BEFORE's migration (and rows): the output
    of lamina and of Prisma."""
    ours_dir, theirs_dir = tmp_path / "lamina", tmp_path / "prisma"
    schema = ours_dir / "prisma" / "schema.prisma"
    schema.parent.mkdir(parents=True)
    schema.write_text(schema_text(provider, BEFORE, urls[0]))
    assert lamina(ours_dir, "migrate", "dev", "--name", "init").code == 0
    shutil.copytree(ours_dir / "prisma" / "migrations", theirs_dir / "migrations")
    theirs_schema = theirs_dir / "schema.prisma"
    theirs_schema.write_text(schema_text(provider, BEFORE, urls[1]))
    assert lamina(theirs_dir, "migrate", "deploy", "--schema", str(theirs_schema)).code == 0
    if with_rows:
        for url in urls:
            execute(provider, url, ROWS)
    schema.write_text(schema_text(provider, after, urls[0]))
    ours = lamina(ours_dir, "migrate", "dev", "--name", "change")
    theirs_schema.write_text(schema_text(provider, after, None))
    command = [str(oracle / "prisma.sh"), "--url", urls[1], "--schema", str(theirs_schema),
               "--migrations", str(theirs_dir / "migrations"), "--", "migrate", "dev", "--name", "change"]
    result = subprocess.run(command, cwd=theirs_dir, capture_output=True, text=True)
    assert (ours.code == 0) == (result.returncode == 0), (ours.text, result.stdout, result.stderr)
    return ours.text, result.stdout + result.stderr


@pytest.mark.parametrize("provider", ["postgresql", "sqlite"])
@pytest.mark.parametrize("change", ["drops", "required"])
@pytest.mark.parametrize("with_rows", [True, False], ids=["rows", "empty"])
def test_row_count_messages_match_prisma(provider: str, change: str, with_rows: bool, databases: tuple[str, str],
                                         tmp_path: Path, oracle_dir: Path) -> None:
    after = DROPS if change == "drops" else REQUIRED
    ours, theirs = run_both(provider, databases, tmp_path, oracle_dir, after, with_rows)
    header = "⚠️  Warnings for the current datasource:" if change == "drops" else \
        "⚠️ We found changes that cannot be executed:"
    assert (header in theirs) == with_rows, theirs
    assert (header in ours) == with_rows, ours
    assert bool(bullets(theirs)) == with_rows, theirs
    assert bullets(ours) == bullets(theirs)
