"""A lone INTEGER primary key with a DEFAULT on SQLite: Prisma's describer keeps the DEFAULT next to
the rowid's autoincrement, so its differ compares it like any other default. A schema with the same
`@default` is in sync; one without it (or with `autoincrement()`), or a default the database lacks,
makes Prisma redefine the table. Judged against the real engine's `migrate diff`."""

from __future__ import annotations

import sqlite3
from contextlib import closing
from pathlib import Path

import pytest

from lamina.dialects.sqlite.describe import describe_sqlite
from tests.cli.helpers import lamina
from tests.dialects.sqlite.test_describe_matches_prisma import oracle, schema

DATABASE = """
CREATE TABLE "same" ("id" INTEGER NOT NULL PRIMARY KEY DEFAULT 5, "n" TEXT);
CREATE TABLE "dropped" ("id" INTEGER NOT NULL PRIMARY KEY DEFAULT 5);
CREATE TABLE "added" ("id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT);
CREATE TABLE "nullable" ("id" INTEGER PRIMARY KEY DEFAULT 7);
CREATE TABLE "changed" ("id" INTEGER PRIMARY KEY DEFAULT 1);
"""

MODELS = """
model same {
  id Int     @id @default(5)
  n  String?
}

model dropped {
  id Int @id
}

model added {
  id Int @id @default(5)
}

model nullable {
  id Int @id @default(autoincrement())
}

model changed {
  id Int @id @default(2)
}
"""


@pytest.fixture
def database(tmp_path: Path) -> Path:
    with closing(sqlite3.connect(tmp_path / "dev.db")) as conn:
        conn.executescript(DATABASE)
    return tmp_path / "dev.db"


def _diff(tmp_path: Path, database: Path, models: str) -> str:
    target = schema(tmp_path, "target", models)
    result = lamina(tmp_path, "migrate", "diff", "--from-url", f"file:{database}", "--to-schema", str(target),
                    "--script")
    assert result.code == 0, result.text
    return result.out


def test_the_rowid_keeps_its_declared_default(database: Path) -> None:
    with closing(sqlite3.connect(database)) as conn:
        described = describe_sqlite(conn)
    column = next(t for t in described.tables if t.name == "same").columns[0]
    assert column.auto_increment
    assert column.default is not None and column.default.kind == "value" and column.default.value == 5


def test_only_tables_whose_rowid_default_differs_are_redefined(database: Path, tmp_path: Path) -> None:
    script = _diff(tmp_path, database, MODELS)
    redefined = {line.split('"')[1][len("new_"):] for line in script.splitlines()
                 if line.startswith('CREATE TABLE "new_')}
    assert redefined == {"dropped", "added", "nullable", "changed"}
    assert '"id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT DEFAULT 2' in script


@pytest.mark.oracle
def test_the_diff_matches_prisma(database: Path, tmp_path: Path, oracle_dir: Path) -> None:
    target = schema(tmp_path, "target", MODELS)
    expected = oracle(oracle_dir, tmp_path, "--from-url", f"file:{database}", "--to-schema", str(target))
    assert _diff(tmp_path, database, MODELS) == expected
