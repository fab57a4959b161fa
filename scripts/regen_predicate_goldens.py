#!/usr/bin/env python3
"""Regenerate tests/diff/partial_index_predicates.tsv: whether Prisma sees a partial index's
predicate, as PostgreSQL stores it, as the one a schema writes.

Each line is `<predicate the index is created with> TAB <predicate in the schema> TAB <verdict>`;
the first two columns are the cases (edit them by hand), the verdict is written here from the real
engine: a fresh database gets the table and `CREATE INDEX ... WHERE <first>`, then
`prisma migrate diff --from-url DB --to-schema S` (S with `where: raw("<second>")` and the
partialIndexes preview feature) prints an empty migration (`same`) or recreates the index (`changed`).
Usage: scripts/regen_predicate_goldens.py    (about five seconds a case, four at once)
"""

from __future__ import annotations

import os
import subprocess
import tempfile
import uuid
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import psycopg

ROOT = Path(__file__).resolve().parent.parent
ORACLE = Path(os.environ.get("LAMINA_ORACLE", ROOT.parent / "shared" / "oracle"))
SERVER = os.environ.get("TEST_POSTGRES_URL", "postgresql://postgres@127.0.0.1:5432/postgres")
GOLDEN = ROOT / "tests" / "diff" / "partial_index_predicates.tsv"

TABLE = """
CREATE TYPE "Role" AS ENUM ('A', 'B');
CREATE TABLE "User" (
    "id" INTEGER NOT NULL, "email" TEXT NOT NULL, "status" TEXT NOT NULL, "n" INTEGER NOT NULL DEFAULT 0,
    "active" BOOLEAN NOT NULL DEFAULT true, "vc" VARCHAR(10), "role" "Role" NOT NULL DEFAULT 'A',
    "price" DECIMAL(65,30) NOT NULL DEFAULT 0, "camelCase" INTEGER,
    CONSTRAINT "User_pkey" PRIMARY KEY ("id")
);
"""

MODEL = """generator client {
  provider        = "prisma-client-js"
  previewFeatures = ["partialIndexes"]
}

datasource db {
  provider = "postgresql"
}

model User {
  id        Int     @id
  email     String
  status    String
  n         Int     @default(0)
  active    Boolean @default(true)
  vc        String? @db.VarChar(10)
  role      Role    @default(A)
  price     Decimal @default(0)
  camelCase Int?

  @@index([email], where: raw(%s))
}

enum Role {
  A
  B
}
"""


def psl_string(text: str) -> str:
    return '"' + text.replace("\\", "\\\\").replace('"', '\\"') + '"'


def url_for(database: str) -> str:
    return SERVER.rsplit("/", 1)[0] + "/" + database


def verdict(created: str, written: str) -> str:
    database = f"lamina_predicate_{uuid.uuid4().hex[:10]}"
    with psycopg.connect(SERVER, autocommit=True) as admin:
        admin.execute(f'CREATE DATABASE "{database}"')
    try:
        with psycopg.connect(url_for(database), autocommit=True) as conn:
            conn.execute(TABLE)
            conn.execute(f'CREATE INDEX "User_email_idx" ON "User"("email") WHERE {created}')
        with tempfile.TemporaryDirectory() as scratch:
            schema = Path(scratch) / "schema.prisma"
            schema.write_text(MODEL % psl_string(written))
            result = subprocess.run([ORACLE / "prisma-diff.sh", "--from-url", url_for(database), "--to-schema", schema],
                                    capture_output=True, text=True)
    finally:
        with psycopg.connect(SERVER, autocommit=True) as admin:
            admin.execute(f'DROP DATABASE IF EXISTS "{database}" WITH (FORCE)')
    if "-- This is an empty migration." in result.stdout:
        return "same"
    if "-- CreateIndex" in result.stdout:
        return "changed"
    raise RuntimeError(f"unexpected oracle output for {created!r} / {written!r}:\n{result.stdout}{result.stderr}")


def main() -> None:
    rows = [line.split("\t") for line in GOLDEN.read_text().splitlines() if line.strip()]
    with ThreadPoolExecutor(4) as pool:
        verdicts = list(pool.map(lambda row: verdict(row[0], row[1]), rows))
    GOLDEN.write_text("".join(f"{row[0]}\t{row[1]}\t{v}\n" for row, v in zip(rows, verdicts)))
    print(f"{len(rows)} cases, {verdicts.count('changed')} changed")


if __name__ == "__main__":
    main()
