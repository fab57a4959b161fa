"""`lamina migrate dev` on a database that no longer matches its migration history, compared with
the real Prisma's `migrate dev` in the same situation (same database, same folder).

Each case starts from a history made by `lamina migrate dev` (and applied by it), then changes the
database or the folder by hand.  Both tools only read the database when a reset is needed, so they
run one after the other on the same one.  The oracle's stderr starts with a config banner line
(`Loaded Prisma config from …`, plus a blank line) that lamina has no reason to print: it is removed.

Prisma prints these reasons without an error code (PRISMA-COMPAT §1.3, §5 step 2.6 and §9: a needed
reset is exit 130, no P-code); the exit code is compared too."""

from __future__ import annotations

import hashlib
import os
import shutil
import sqlite3
import subprocess
import uuid
from pathlib import Path

import psycopg
import pytest

from scripts.cli_name import as_lamina
from tests.cli.helpers import lamina

pytestmark = pytest.mark.oracle

ENUM = "enum Role {\n  USER\n  ADMIN\n}\n\n"
MODELS = ("model User {{\n  id    Int    @id @default(autoincrement())\n  email String @unique\n"
          "  role  {role}   @default({default})\n  posts Post[]\n}}\n\n"
          "model Post {{\n  id     Int  @id\n  userId Int\n  user   User @relation(fields: [userId], references: [id])\n\n"
          "  @@index([userId])\n}}\n")
EXTRA = "\nmodel Extra {\n  id Int @id\n}\n"

POSTGRES_CASES = ["column_added", "index_dropped", "enum_value_added", "migration_edited",
                  "migration_deleted", "failed_migration", "objects_prisma_ignores"]
SQLITE_CASES = ["column_added", "index_dropped", "migration_edited", "migration_deleted", "failed_migration",
                "objects_prisma_ignores"]
# Objects a describer reads (or skips) that a schema cannot hold: no drift for either tool.  (No
# partial index on SQLite: the oracle's Wasm engine fails to describe one through better-sqlite3.)
IGNORED_OBJECTS = {
    "postgresql": ('CREATE VIEW "UserEmails" AS SELECT "email" FROM "User"; CREATE SEQUENCE "counter"; '
                   'CREATE INDEX "User_lower_email_idx" ON "User" (lower("email")); '
                   'CREATE INDEX "User_admins_idx" ON "User" ("role") WHERE "role" = \'ADMIN\'; '
                   'CREATE FUNCTION "touch"() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RETURN NEW; END $$; '
                   'CREATE TRIGGER "User_touch" BEFORE UPDATE ON "User" FOR EACH ROW EXECUTE FUNCTION "touch"();'
                   ' COMMENT ON TABLE "Post" IS \'posts\';'),
    "sqlite": ('CREATE VIEW "UserEmails" AS SELECT "email" FROM "User"; '
               'CREATE INDEX "User_lower_email_idx" ON "User" (lower("email")); '
               'CREATE TRIGGER "User_touch" AFTER UPDATE ON "User" BEGIN SELECT 1; END;'),
}


def schema_text(provider: str, extra: bool = False) -> str:
    models = (ENUM + MODELS.format(role="Role", default="USER") if provider == "postgresql"
              else MODELS.format(role="String", default='"USER"'))
    return f'datasource db {{\n  provider = "{provider}"\n}}\n\n' + models + (EXTRA if extra else "")


def execute(provider: str, url: str, sql: str) -> None:
    if provider == "postgresql":
        with psycopg.connect(url, autocommit=True) as conn:
            conn.execute(sql)
        return
    conn = sqlite3.connect(url.removeprefix("file:"))
    conn.executescript(sql)
    conn.close()


def dev(project: Path, url: str, name: str) -> None:
    result = lamina(project, "migrate", "dev", "--name", name, "--url", url)
    assert result.code == 0, result.text


def mark_failed(provider: str, url: str, migration: Path) -> None:
    """A `_prisma_migrations` row for `migration` that started and never finished (a failed one)."""
    checksum = hashlib.sha256((migration / "migration.sql").read_bytes()).hexdigest()
    now = "now()" if provider == "postgresql" else "current_timestamp"
    execute(provider, url,
            'INSERT INTO "_prisma_migrations" ("id", "checksum", "migration_name", "logs", "started_at", '
            f"\"applied_steps_count\") VALUES ('{uuid.uuid4()}', '{checksum}', '{migration.name}', "
            f"'Database error: relation already exists', {now}, 0)")


def prepare(case: str, provider: str, project: Path, url: str) -> None:
    schema = project / "prisma" / "schema.prisma"
    schema.parent.mkdir(parents=True)
    schema.write_text(schema_text(provider), encoding="utf-8")
    dev(project, url, "init")
    migrations = project / "prisma" / "migrations"
    init = next(p for p in migrations.iterdir() if p.is_dir())
    match case:
        case "column_added":
            execute(provider, url, 'ALTER TABLE "User" ADD COLUMN "nick" TEXT')
        case "index_dropped":
            execute(provider, url, 'DROP INDEX "Post_userId_idx"')
        case "enum_value_added":
            execute(provider, url, "ALTER TYPE \"Role\" ADD VALUE 'GUEST'")
        case "migration_edited":
            path = init / "migration.sql"
            path.write_text(path.read_text(encoding="utf-8") + "\n-- edited by hand\n", encoding="utf-8")
        case "migration_deleted":
            schema.write_text(schema_text(provider, extra=True), encoding="utf-8")
            dev(project, url, "extra")
            second = max(p for p in migrations.iterdir() if p.is_dir() and p != init)
            shutil.rmtree(second)
            schema.write_text(schema_text(provider), encoding="utf-8")
        case "objects_prisma_ignores":
            execute(provider, url, IGNORED_OBJECTS[provider])
        case "failed_migration":
            failed = migrations / "20990101000000_extra"
            failed.mkdir()
            (failed / "migration.sql").write_text('CREATE TABLE "Extra" ("id" INTEGER NOT NULL PRIMARY KEY);\n',
                                                  encoding="utf-8")
            mark_failed(provider, url, failed)


def oracle_dev(oracle: Path, project: Path, url: str) -> tuple[int, str, str]:
    result = subprocess.run(
        [str(oracle / "prisma.sh"), "--url", url, "--schema", "prisma/schema.prisma",
         "--migrations", "prisma/migrations", "--", "migrate", "dev", "--name", "x"],
        cwd=project, capture_output=True, text=True, env={**os.environ, "NO_COLOR": "1"}, timeout=300)
    err = result.stderr
    if err.startswith("Loaded Prisma config from"):
        err = err.split("\n", 1)[1].removeprefix("\n")
    return result.returncode, as_lamina(result.stdout), as_lamina(err)


def check(case: str, provider: str, url: str, oracle: Path, project: Path) -> None:
    prepare(case, provider, project, url)
    code, out, err = oracle_dev(oracle, project, url)
    ours = lamina(project, "migrate", "dev", "--name", "x", "--url", url)
    assert ours.code == code
    assert (ours.out, ours.err) == (out, err)


@pytest.mark.parametrize("case", POSTGRES_CASES)
def test_postgres_drift_matches_prisma(case: str, postgres_url: str, oracle_dir: Path, tmp_path: Path) -> None:
    check(case, "postgresql", postgres_url, oracle_dir, tmp_path)


@pytest.mark.parametrize("case", SQLITE_CASES)
def test_sqlite_drift_matches_prisma(case: str, oracle_dir: Path, tmp_path: Path) -> None:
    project = tmp_path / "project"
    project.mkdir()
    url = f"file:{tmp_path / 'dev.db'}"
    check(case, "sqlite", url, oracle_dir, project)
