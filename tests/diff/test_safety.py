"""Data-loss checks against a real SQLite database holding rows (Prisma's DB-backed wording).

Expected messages were taken from the real Prisma CLI (`prisma db push` through
../shared/oracle on the same schemas and rows)."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from lamina.dialects import DIALECTS
from lamina.diffing.differ import diff_schemas
from lamina.diffing.safety import check_steps
from lamina.diffing.script import render_script
from lamina.psl import SourceFile, check_schema
from lamina.schema.calculate import calculate_sql_schema
from lamina.schema.model import EMPTY_SCHEMA, SqlSchema

SQLITE = DIALECTS["sqlite"]
BEFORE = """
model User {
  id    Int     @id @default(autoincrement())
  email String?
  age   Int
}

model Post {
  id Int @id
}
"""


def schema(body: str) -> SqlSchema:
    validated, diagnostics = check_schema([SourceFile("s.prisma", 'datasource db {\n  provider = "sqlite"\n}\n' + body)])
    assert validated is not None, diagnostics
    return calculate_sql_schema(validated)


class SqliteRowCounts:
    """Row counts straight from a sqlite3 connection."""

    def __init__(self, conn: sqlite3.Connection) -> None:
        self.conn = conn

    def count_rows(self, table: str, namespace: str | None) -> int:
        return self.conn.execute(f'SELECT COUNT(*) FROM "{table}"').fetchone()[0]

    def count_non_null(self, table: str, namespace: str | None, column: str) -> int:
        return self.conn.execute(f'SELECT COUNT(*) FROM "{table}" WHERE "{column}" IS NOT NULL').fetchone()[0]

    def count_nulls(self, table: str, namespace: str | None, column: str) -> int:
        return self.conn.execute(f'SELECT COUNT(*) FROM "{table}" WHERE "{column}" IS NULL').fetchone()[0]


@pytest.fixture
def database(tmp_path: Path):
    before = schema(BEFORE)
    conn = sqlite3.connect(tmp_path / "dev.db")
    conn.executescript(render_script(diff_schemas(EMPTY_SCHEMA, before, SQLITE), SQLITE))
    conn.executescript("INSERT INTO User (email, age) VALUES (NULL, 1), ('a', 2);"
                       "INSERT INTO Post VALUES (1), (2), (3);")
    yield before, conn
    conn.close()


def test_unexecutable_with_row_counts(database) -> None:
    before, conn = database
    after = schema("""
model User {
  id    Int    @id @default(autoincrement())
  email String
  name  String
  age   String
}
""")
    report = check_steps(diff_schemas(before, after, SQLITE), before, after, SQLITE, SqliteRowCounts(conn))
    assert report.unexecutable == [
        "Added the required column `name` to the `User` table without a default value. There are 2 rows "
        "in this table, it is not possible to execute this step.",
        "Made the column `email` on table `User` required, but there are 1 existing NULL values.",
    ]


def test_warnings_with_row_counts(database) -> None:
    before, conn = database
    after = schema("""
model User {
  id  Int    @id @default(autoincrement())
  age String
}
""")
    report = check_steps(diff_schemas(before, after, SQLITE), before, after, SQLITE, SqliteRowCounts(conn))
    assert report.warnings == [
        "You are about to drop the `Post` table, which is not empty (3 rows).",
        "You are about to drop the column `email` on the `User` table, which still contains 1 non-null values.",
    ]
    assert report.unexecutable == []


def test_empty_tables_give_no_warnings(database) -> None:
    before, conn = database
    conn.executescript("DELETE FROM User; DELETE FROM Post;")
    after = schema("""
model User {
  id   Int    @id @default(autoincrement())
  name String
}
""")
    report = check_steps(diff_schemas(before, after, SQLITE), before, after, SQLITE, SqliteRowCounts(conn))
    assert (report.warnings, report.unexecutable) == ([], [])
