"""The SQLite describer reads keys and declared types as Prisma's does, judged by what the real
Prisma engine's `migrate diff` prints for the same database file: a lone INTEGER primary key is
the rowid (autoincrementing and required, whatever AUTOINCREMENT and letter case say), INT is not
INTEGER, declared types compare and render by family (`VARCHAR(20)` is `TEXT`), and unsupported
types keep their declared text, lower-cased."""

from __future__ import annotations

import os
import sqlite3
import subprocess
from pathlib import Path

import pytest

from tests.cli.helpers import lamina

pytestmark = pytest.mark.oracle

DATABASE = """
CREATE TABLE "rowid_plain" ("id" INTEGER PRIMARY KEY, "name" VARCHAR(20), "code" CHARACTER(3));
CREATE TABLE "rowid_lower" ("id" integer PRIMARY KEY, "amount" NUMERIC(10, 2), "ratio" DOUBLE);
CREATE TABLE "rowid_auto" ("id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT, "at" TIMESTAMP, "day" DATE);
CREATE TABLE "int_key" ("id" INT NOT NULL PRIMARY KEY, "flag" BOOLEAN);
CREATE TABLE "big_key" ("id" BIGINT NOT NULL PRIMARY KEY, "note" NVARCHAR(40), "raw" FOO(3));
"""

# What `db pull` makes of DATABASE (as Prisma prints it): diffing the database against it is empty.
PULLED = """
model big_key {
  id   BigInt                 @id
  note String?
  raw  Unsupported("foo(3)")?
}

model int_key {
  id   Int      @id
  flag Boolean?
}

model rowid_auto {
  id  Int       @id @default(autoincrement())
  at  DateTime?
  day DateTime?
}

model rowid_lower {
  id     Int      @id @default(autoincrement())
  amount Decimal?
  ratio  Float?
}

model rowid_plain {
  id   Int     @id @default(autoincrement())
  name String?
  code String?
}
"""

# Changes that make Prisma redefine some tables: a required column, INT key becoming the rowid.
CHANGED = (PULLED.replace("  name String?\n", "  name String\n")
           .replace("  id   Int      @id\n  flag", "  id   Int      @id @default(autoincrement())\n  flag"))


def schema(tmp_path: Path, name: str, models: str) -> Path:
    path = tmp_path / f"{name}.prisma"
    path.write_text('datasource db {\n  provider = "sqlite"\n}\n' + models, encoding="utf-8")
    return path


def oracle(oracle_dir: Path, work: Path, *args: str) -> str:
    result = subprocess.run([str(oracle_dir / "prisma-diff.sh"), *args], capture_output=True, text=True,
                            cwd=work, env={**os.environ, "NO_COLOR": "1"}, timeout=300)
    assert result.returncode == 0, result.stderr[-2000:]
    return result.stdout + "\n"  # prisma-diff.sh prints what `-o` writes; the CLI prints one more newline


@pytest.fixture
def database(tmp_path: Path) -> Path:
    path = tmp_path / "dev.db"
    conn = sqlite3.connect(path)
    conn.executescript(DATABASE)
    conn.close()
    return path


@pytest.mark.parametrize("models", [PULLED, CHANGED], ids=["pulled", "changed"])
def test_diff_from_the_database_matches_prisma(models: str, database: Path, tmp_path: Path,
                                                oracle_dir: Path) -> None:
    target = schema(tmp_path, "target", models)
    url = f"file:{database}"
    expected = oracle(oracle_dir, tmp_path, "--from-url", url, "--to-schema", str(target))
    ours = lamina(tmp_path, "migrate", "diff", "--from-url", url, "--to-schema", str(target), "--script")
    assert ours.code == 0, ours.text
    assert ours.out == expected
    if models is PULLED:
        assert ours.out == "-- This is an empty migration.\n\n\n"
    else:
        assert "RedefineTables" in ours.out


def test_diff_towards_the_database_renders_described_types_like_prisma(database: Path, tmp_path: Path,
                                                                       oracle_dir: Path) -> None:
    empty = schema(tmp_path, "empty", "")
    url = f"file:{database}"
    expected = oracle(oracle_dir, tmp_path, "--from-schema", str(empty), "--to-url", url)
    ours = lamina(tmp_path, "migrate", "diff", "--from-schema", str(empty), "--to-url", url, "--script")
    assert ours.code == 0, ours.text
    assert ours.out == expected
