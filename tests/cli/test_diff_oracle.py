"""`migrate diff` between a replayed history and a live database, compared with the real engine."""

from __future__ import annotations

import subprocess
from pathlib import Path

import psycopg
import pytest

from tests.cli.helpers import lamina, write_schema

pytestmark = pytest.mark.oracle

MODELS = ("model User {\n  id    Int    @id @default(autoincrement())\n  email String @unique\n  posts Post[]\n}\n\n"
          "model Post {\n  id     Int  @id\n  userId Int\n  user   User @relation(fields: [userId], references: [id])\n}\n")
DRIFT = ('ALTER TABLE "User" ADD COLUMN "nick" TEXT; CREATE TABLE "Extra" (id int primary key);'
         ' DROP INDEX "User_email_key"; CREATE INDEX "Post_userId_idx" ON "Post"("userId" DESC);')


def _oracle_diff(oracle: Path, cwd: Path, *args: str) -> str:
    result = subprocess.run([str(oracle / "prisma-diff.sh"), *args], cwd=cwd, capture_output=True, text=True)
    assert result.returncode in (0, 2), result.stderr
    return result.stdout + "\n"  # prisma-diff.sh prints what `-o` writes; the CLI prints one more newline


@pytest.mark.parametrize("direction", ["to-url", "from-url"])
def test_history_versus_live_database_matches_prisma(tmp_path: Path, postgres_url: str, oracle_dir: Path,
                                                     direction: str) -> None:
    write_schema(tmp_path, "postgresql", postgres_url, MODELS)
    assert lamina(tmp_path, "migrate", "dev", "--name", "init").code == 0
    with psycopg.connect(postgres_url, autocommit=True) as conn:
        conn.execute(DRIFT)
    sides = (["--from-migrations", "prisma/migrations", "--to-url", postgres_url] if direction == "to-url"
             else ["--from-url", postgres_url, "--to-migrations", "prisma/migrations"])
    ours = lamina(tmp_path, "migrate", "diff", *sides, "--script")
    assert ours.code == 0, ours.text
    assert ours.out == _oracle_diff(oracle_dir, tmp_path, *sides)


def test_partial_and_expression_indexes_are_kept_as_prisma_keeps_them(tmp_path: Path, postgres_url: str,
                                                                        oracle_dir: Path) -> None:
    """A partial index satisfies a schema index on its columns; partial and expression indexes the
    schema does not name are not dropped (what trigger.dev's history relies on)."""
    with psycopg.connect(postgres_url, autocommit=True) as conn:
        conn.execute('CREATE TABLE "T" (id int primary key, a int, b text);'
                     ' CREATE INDEX "T_a_b_idx" ON "T"(a, b) WHERE b IS NOT NULL;'
                     ' CREATE INDEX "T_lower" ON "T"(lower(b)); CREATE INDEX "T_b_idx" ON "T"(b) WHERE a > 1;')
    models = "model T {\n  id Int     @id\n  a  Int?\n  b  String?\n\n  @@index([a, b])\n}\n"
    schema = tmp_path / "schema.prisma"  # Prisma 7 style: the URL is given on the command line
    schema.write_text('datasource db {\n  provider = "postgresql"\n}\n\n' + models)
    sides = ["--from-url", postgres_url, "--to-schema", str(schema)]
    ours = lamina(tmp_path, "migrate", "diff", *sides, "--script")
    assert ours.code == 0, ours.text
    assert ours.out == "-- This is an empty migration.\n\n\n"
    assert ours.out == _oracle_diff(oracle_dir, tmp_path, *sides)
