"""Safe plans (`migrate dev --safe`): the statements they hold, and that they deploy as Prisma sends
files (one message each) and end at the same schema as the plain plan, for lamina and for Prisma."""

from __future__ import annotations

import re
import subprocess
import uuid
from pathlib import Path

import psycopg
import pytest

from lamina.cli.prompt import ScriptedPrompter
from lamina.dialects import DIALECTS
from lamina.diffing.differ import diff_schemas
from lamina.lint.safe_plan import safe_plan
from lamina.psl import SourceFile, check_schema
from lamina.schema.calculate import calculate_sql_schema
from tests.cli.helpers import lamina, write_schema
from tests.conftest import url_with_database

BEFORE = """model User {
  id    Int     @id @default(autoincrement())
  email String?
  name  String
  posts Post[]

  @@index([name])
}

model Post {
  id       Int     @id @default(autoincrement())
  authorId Int
  title    String?
  author   User    @relation(fields: [authorId], references: [id])
}
"""
AFTER = """model User {
  id      Int      @id @default(autoincrement())
  email   String   @unique
  name    String
  handle  String?
  posts   Post[]
  team    Team?    @relation(fields: [teamId], references: [id])
  teamId  Int?
  invites Invite[]

  @@index([email, name])
}

model Team {
  id    Int    @id @default(autoincrement())
  users User[]

  @@index([id])
}

model Post {
  id       Int    @id @default(autoincrement())
  authorId Int
  title    String
  author   User   @relation(fields: [authorId], references: [id])
}

model Invite {
  id    Int    @id
  email String
  user  User   @relation(fields: [email], references: [email])
}
"""

EXPECTED = [
    ('drop_index_User_name_idx', (
        '-- DropIndex\n'
        'DROP INDEX CONCURRENTLY "User_name_idx";\n'
    )),
    ('', (
        "SET LOCAL lock_timeout = '5s';\n"
        '\n'
        '-- AlterTable\n'
        'ALTER TABLE "User" ADD COLUMN     "handle" TEXT,\n'
        'ADD COLUMN     "teamId" INTEGER;\n'
        'ALTER TABLE "User" ADD CONSTRAINT "User_email_not_null" CHECK ("email" IS NOT NULL) NOT VALID;\n'
        '\n'
        '-- AlterTable\n'
        'ALTER TABLE "Post" ADD CONSTRAINT "Post_title_not_null" CHECK ("title" IS NOT NULL) NOT VALID;\n'
        '\n'
        '-- CreateTable\n'
        'CREATE TABLE "Team" (\n'
        '    "id" SERIAL NOT NULL,\n'
        '\n'
        '    CONSTRAINT "Team_pkey" PRIMARY KEY ("id")\n'
        ');\n'
        '\n'
        '-- CreateTable\n'
        'CREATE TABLE "Invite" (\n'
        '    "id" INTEGER NOT NULL,\n'
        '    "email" TEXT NOT NULL,\n'
        '\n'
        '    CONSTRAINT "Invite_pkey" PRIMARY KEY ("id")\n'
        ');\n'
        '\n'
        '-- CreateIndex\n'
        'CREATE INDEX "Team_id_idx" ON "Team"("id");\n'
        '\n'
        '-- AddForeignKey\n'
        'ALTER TABLE "User" ADD CONSTRAINT "User_teamId_fkey" FOREIGN KEY ("teamId") REFERENCES "Team"("id") ON DELETE SET NULL ON UPDATE CASCADE NOT VALID;\n'
    )),
    ('index_User_email_key', (
        '-- CreateIndex\n'
        'CREATE UNIQUE INDEX CONCURRENTLY "User_email_key" ON "User"("email");\n'
    )),
    ('index_User_email_name_idx', (
        '-- CreateIndex\n'
        'CREATE INDEX CONCURRENTLY "User_email_name_idx" ON "User"("email", "name");\n'
    )),
    ('foreign_keys', (
        "SET LOCAL lock_timeout = '5s';\n"
        '\n'
        '-- AddForeignKey\n'
        'ALTER TABLE "Invite" ADD CONSTRAINT "Invite_email_fkey" FOREIGN KEY ("email") REFERENCES "User"("email") ON DELETE RESTRICT ON UPDATE CASCADE NOT VALID;\n'
    )),
    ('validate', (
        "SET LOCAL lock_timeout = '5s';\n"
        '\n'
        '-- SetNotNull\n'
        'ALTER TABLE "User" VALIDATE CONSTRAINT "User_email_not_null";\n'
        'ALTER TABLE "User" ALTER COLUMN "email" SET NOT NULL;\n'
        'ALTER TABLE "User" DROP CONSTRAINT "User_email_not_null";\n'
        '\n'
        '-- SetNotNull\n'
        'ALTER TABLE "Post" VALIDATE CONSTRAINT "Post_title_not_null";\n'
        'ALTER TABLE "Post" ALTER COLUMN "title" SET NOT NULL;\n'
        'ALTER TABLE "Post" DROP CONSTRAINT "Post_title_not_null";\n'
        '\n'
        '-- ValidateForeignKey\n'
        'ALTER TABLE "User" VALIDATE CONSTRAINT "User_teamId_fkey";\n'
        '\n'
        '-- ValidateForeignKey\n'
        'ALTER TABLE "Invite" VALIDATE CONSTRAINT "Invite_email_fkey";\n'
    )),
]


def _calculate(models: str):
    validated, diagnostics = check_schema([SourceFile("schema.prisma", 'datasource db {\n  provider = "postgresql"\n}\n\n'
                                                      + models)])
    assert validated is not None, diagnostics
    return calculate_sql_schema(validated)


def test_safe_plan_statements() -> None:
    """A new unique index and index on User, a new FK from User and one from a new table needing that
    unique index, two fields made required, an index dropped: each in the form and migration it needs."""
    before, after = _calculate(BEFORE), _calculate(AFTER)
    dialect = DIALECTS["postgresql"]
    plan = safe_plan(diff_schemas(before, after, dialect), before, dialect, lock_timeout="5s")
    assert [(m.suffix, m.script) for m in plan] == [(suffix, "".join(lines)) for suffix, lines in EXPECTED]


def test_without_steps_the_plan_is_prismas_empty_migration() -> None:
    before = _calculate(BEFORE)
    assert [(m.suffix, m.script) for m in safe_plan([], before, DIALECTS["postgresql"], lock_timeout="5s")] == [
        ("", "-- This is an empty migration.")]


@pytest.fixture
def databases(postgres_url: str):
    """Two more empty databases on the same server, dropped afterwards."""
    names = [f"lamina_safe_{uuid.uuid4().hex[:10]}" for _ in range(2)]
    with psycopg.connect(postgres_url, autocommit=True) as admin:
        for name in names:
            admin.execute(f'CREATE DATABASE "{name}"')
        try:
            yield [url_with_database(postgres_url, name) for name in names]
        finally:
            for name in names:
                admin.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


@pytest.mark.postgres
@pytest.mark.oracle
def test_safe_plan_deploys_file_by_file_and_ends_at_the_schema(tmp_path: Path, postgres_url: str, databases,
                                                               oracle_dir: Path) -> None:
    write_schema(tmp_path, "postgresql", postgres_url, BEFORE)
    assert lamina(tmp_path, "migrate", "dev", "--name", "init").code == 0
    write_schema(tmp_path, "postgresql", postgres_url, AFTER)
    result = lamina(tmp_path, "migrate", "dev", "--name", "grow", "--safe", "--create-only",
                    prompter=ScriptedPrompter([True]))
    assert result.code == 0, result.text
    migrations = tmp_path / "prisma" / "migrations"
    names = sorted(p.name for p in migrations.iterdir() if p.is_dir())
    assert [re.sub(r"^\d{14}_", "", n) for n in names] == [
        "init", "grow_drop_index_User_name_idx", "grow", "grow_index_User_email_key", "grow_index_User_email_name_idx",
        "grow_foreign_keys", "grow_validate"]
    assert "Prisma Migrate created the following migration without applying it " + ", ".join(names[1:]) in result.out

    # as Prisma sends them: each file as one simple-query message (one implicit transaction), on a
    # database holding rows the constraints must check
    fresh, shadow = databases
    with psycopg.connect(fresh, autocommit=True) as conn:
        conn.execute((migrations / names[0] / "migration.sql").read_text())
        conn.execute("""INSERT INTO "User" ("email", "name") SELECT 'u' || i || '@x', 'n' FROM generate_series(1, 500) i;
                        INSERT INTO "Post" ("authorId", "title") SELECT i, 't' FROM generate_series(1, 500) i""")
        for name in names[1:]:
            conn.execute((migrations / name / "migration.sql").read_text())
        assert conn.execute("SELECT count(*) FROM pg_constraint WHERE NOT convalidated").fetchone()[0] == 0
        # the temporary NOT NULL checks are gone (Prisma's diff does not look at CHECK constraints)
        assert conn.execute("SELECT count(*) FROM pg_constraint WHERE contype = 'c' AND conrelid <> 0").fetchone()[0] == 0

    schema = tmp_path / "prisma" / "schema.prisma"
    assert lamina(tmp_path, "migrate", "diff", "--from-url", fresh, "--to-schema", str(schema),
                  "--exit-code").code == 0
    diff = lamina(tmp_path, "migrate", "diff", "--from-migrations", str(migrations), "--to-schema", str(schema),
                  "--shadow-database-url", shadow, "--script")
    assert diff.out.strip() == "-- This is an empty migration.", diff.text

    prisma7 = tmp_path / "prisma7.prisma"
    prisma7.write_text('datasource db {\n  provider = "postgresql"\n}\n\n' + AFTER)
    oracle = subprocess.run(["bash", str(oracle_dir / "prisma-diff.sh"), "--from-migrations", str(migrations),
                             "--to-schema", str(prisma7), "--url", postgres_url],
                            capture_output=True, text=True, timeout=300)
    assert oracle.returncode == 0, oracle.stderr
    assert oracle.stdout.strip() == "-- This is an empty migration.", oracle.stdout
