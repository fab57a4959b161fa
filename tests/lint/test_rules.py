"""Each lint rule on small histories: what it flags on an existing table, and what it leaves alone.
No database: the history is replayed into lamina.lint's schema model."""

from __future__ import annotations

import pytest

from lamina.lint.findings import RULE_IDS
from lamina.lint.lint import LintOptions, MigrationFile, lint_history
from lamina.lint.rules import TableSize

BASE = """CREATE TYPE "Role" AS ENUM ('USER', 'ADMIN', 'GUEST');
CREATE TABLE "User" (
    "id" SERIAL NOT NULL,
    "email" TEXT,
    "name" VARCHAR(10),
    "age" INTEGER,
    "role" "Role" NOT NULL DEFAULT 'USER',
    CONSTRAINT "User_pkey" PRIMARY KEY ("id")
);
CREATE TABLE "Post" ("id" SERIAL NOT NULL, "authorId" INTEGER, CONSTRAINT "Post_pkey" PRIMARY KEY ("id"));
CREATE INDEX "Post_authorId_idx" ON "Post"("authorId");
"""
LOCK = "SET lock_timeout = '5s';\n"


def lint(*scripts: str, sizes=None, levels=None) -> list[str]:
    """`rule:line` of each finding in the last script, after BASE and the scripts before it."""
    history = [MigrationFile(f"{i:02}_m", f"{i:02}_m/migration.sql", s) for i, s in enumerate((BASE, *scripts))]
    result = lint_history(history, {history[-1].name}, LintOptions(levels=levels or {}, sizes=sizes))
    return [f"{f.rule}:{f.line}" for f in result.findings]


@pytest.mark.parametrize(("script", "expected"), [
    ('CREATE INDEX "User_email_idx" ON "User"("email");', ["index-without-concurrently:1"]),
    ('CREATE UNIQUE INDEX "User_email_key" ON "User"("email");', ["index-without-concurrently:1"]),
    ('CREATE INDEX CONCURRENTLY "User_email_idx" ON "User"("email");', ["concurrently-in-transaction:1"]),
    ('DROP INDEX "Post_authorId_idx";', ["drop-index-without-concurrently:1"]),
    ('DROP INDEX CONCURRENTLY "Post_authorId_idx";', ["concurrently-in-transaction:1"]),
    ('ALTER TABLE "Post" ADD CONSTRAINT "Post_authorId_fkey" FOREIGN KEY ("authorId") REFERENCES "User"("id");',
     ["constraint-without-not-valid:1"]),
    ('ALTER TABLE "Post" ADD CONSTRAINT "Post_authorId_fkey" FOREIGN KEY ("authorId") REFERENCES "User"("id") NOT VALID;',
     []),
    ('ALTER TABLE "User" ADD CONSTRAINT "User_age_check" CHECK ("age" > 0);', ["constraint-without-not-valid:1"]),
    ('ALTER TABLE "User" ADD COLUMN "teamId" INTEGER REFERENCES "Post"("id");', ["constraint-without-not-valid:1"]),
    ('ALTER TABLE "User" ALTER COLUMN "email" SET NOT NULL;', ["set-not-null-without-check:1"]),
    ('ALTER TABLE "User" ADD CONSTRAINT "c" CHECK ("email" IS NOT NULL) NOT VALID;\n'
     'ALTER TABLE "User" VALIDATE CONSTRAINT "c";\nALTER TABLE "User" ALTER COLUMN "email" SET NOT NULL;', []),
    ('ALTER TABLE "User" ALTER COLUMN "age" SET DATA TYPE BIGINT;', ["column-type-change:1"]),
    ('ALTER TABLE "User" ALTER COLUMN "name" SET DATA TYPE VARCHAR(20);', ["column-type-change:1"]),
    ('ALTER TABLE "User" ADD COLUMN "token" UUID NOT NULL DEFAULT gen_random_uuid();', ["volatile-default:1"]),
    ('ALTER TABLE "User" ADD COLUMN "n" SERIAL;', ["volatile-default:1"]),
    ('ALTER TABLE "User" ADD COLUMN "total" INTEGER GENERATED ALWAYS AS ("age" * 2) STORED;', ["volatile-default:1"]),
    ('ALTER TABLE "User" ADD COLUMN "score" INTEGER NOT NULL DEFAULT -1,\n'
     'ADD COLUMN "at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,\n'
     'ADD COLUMN "tags" TEXT[] DEFAULT ARRAY[\'a\']::TEXT[],\n'
     "ADD COLUMN \"later\" TIMESTAMP(3) DEFAULT (now() + interval '1 day');", []),
    ('ALTER TABLE "User" DROP COLUMN "age";', ["drop-column:1"]),
    ('DROP TABLE "Post";', ["drop-table:1"]),
    ('ALTER TABLE "User" RENAME COLUMN "age" TO "years";', ["rename-column:1"]),
    ('ALTER TABLE "Post" RENAME TO "Article";', ["rename-table:1"]),
    ('ALTER TABLE "User" ADD CONSTRAINT "User_email_key" UNIQUE ("email");', ["unique-constraint-without-index:1"]),
    ('ALTER TABLE "User" ADD CONSTRAINT "User_email_key" UNIQUE USING INDEX "User_email_idx";', []),
    ('CREATE INDEX CONCURRENTLY "i" ON "User"("email");\nCREATE INDEX CONCURRENTLY "j" ON "User"("name");',
     ["concurrently-in-transaction:1", "concurrently-in-transaction:2"]),
    ('ALTER TYPE "Role" ADD VALUE \'OWNER\';', []),
], ids=[
    "index", "unique-index", "index-concurrently-after-set", "drop-index", "drop-index-concurrently-after-set",
    "foreign-key",
    "foreign-key-not-valid", "check", "inline-references", "set-not-null", "set-not-null-after-validated-check",
    "int-to-bigint", "varchar-widened", "volatile-default", "serial", "generated", "constant-defaults", "drop-column",
    "drop-table", "rename-column", "rename-table", "unique-constraint", "unique-using-index", "concurrently-twice",
    "enum-value-added",
])
def test_rule_on_an_existing_table(script: str, expected: list[str]) -> None:
    below_lock = [f"{rule}:{int(line) + 1}" for rule, line in (e.split(":") for e in expected)]
    assert lint(LOCK + script) == below_lock


def test_concurrently_alone_in_its_migration_is_fine() -> None:
    assert lint('-- CreateIndex\nCREATE INDEX CONCURRENTLY "User_email_idx" ON "User"("email");\n') == []
    assert lint('DROP INDEX CONCURRENTLY "Post_authorId_idx";') == []


def test_type_change_level_says_whether_the_table_is_rewritten() -> None:
    history = [MigrationFile("a", "a", BASE), MigrationFile("b", "b", LOCK + (
        'ALTER TABLE "User" ALTER COLUMN "name" SET DATA TYPE VARCHAR(20),\n'
        'ALTER COLUMN "age" SET DATA TYPE BIGINT;'))]
    findings = lint_history(history, {"b"}).findings
    assert [(f.level, f.message.split(":")[0]) for f in findings] == [
        ("warning", 'changes "name" of "User" from VARCHAR(10) to VARCHAR(20)'),
        ("error", 'changes "age" of "User" from INTEGER to BIGINT'),
    ]
    assert "no rewrite" in findings[0].message and "rewrites the table" in findings[1].message


def test_enum_value_removal_in_prismas_recreation() -> None:
    script = """BEGIN;
CREATE TYPE "Role_new" AS ENUM ('USER', 'ADMIN');
ALTER TABLE "User" ALTER COLUMN "role" DROP DEFAULT;
ALTER TABLE "User" ALTER COLUMN "role" TYPE "Role_new" USING ("role"::text::"Role_new");
ALTER TYPE "Role" RENAME TO "Role_old";
ALTER TYPE "Role_new" RENAME TO "Role";
DROP TYPE "public"."Role_old";
ALTER TABLE "User" ALTER COLUMN "role" SET DEFAULT 'USER';
COMMIT;"""
    history = [MigrationFile("a", "a", BASE), MigrationFile("b", "b", LOCK + script)]
    findings = lint_history(history, {"b"}).findings
    assert [f"{f.rule}:{f.line}" for f in findings] == ["enum-value-removal:5"]
    assert "without 'GUEST'" in findings[0].message


def test_missing_lock_timeout_is_reported_once_per_file() -> None:
    script = 'ALTER TABLE "User" ADD COLUMN "a" TEXT;\nALTER TABLE "Post" ADD COLUMN "b" TEXT;\n'
    assert lint(script) == ["missing-lock-timeout:1"]
    assert lint("SET LOCAL lock_timeout = '2s';\n" + script) == []
    assert lint("SET lock_timeout = 0;\n" + script) == ["missing-lock-timeout:2"]


def test_statements_on_tables_created_in_the_same_migration_are_not_flagged() -> None:
    """Precision: every rule's statement, on a table the same migration created first."""
    script = """CREATE TABLE "Team" ("id" SERIAL NOT NULL, "name" TEXT, "size" INTEGER, "old" TEXT, "ownerId" INTEGER,
    CONSTRAINT "Team_pkey" PRIMARY KEY ("id"));
CREATE INDEX "Team_name_idx" ON "Team"("name");
CREATE UNIQUE INDEX "Team_old_key" ON "Team"("old");
DROP INDEX "Team_old_key";
ALTER TABLE "Team" ADD CONSTRAINT "Team_ownerId_fkey" FOREIGN KEY ("ownerId") REFERENCES "User"("id");
ALTER TABLE "Team" ADD CONSTRAINT "Team_size_check" CHECK ("size" > 0);
ALTER TABLE "Team" ALTER COLUMN "name" SET NOT NULL;
ALTER TABLE "Team" ALTER COLUMN "size" SET DATA TYPE BIGINT;
ALTER TABLE "Team" ADD COLUMN "token" UUID DEFAULT gen_random_uuid();
ALTER TABLE "Team" ADD CONSTRAINT "Team_name_key" UNIQUE ("name");
ALTER TABLE "Team" RENAME COLUMN "old" TO "legacy";
ALTER TABLE "Team" DROP COLUMN "legacy";
ALTER TABLE "Team" RENAME TO "Squad";
CREATE TABLE "Tmp" ("id" INTEGER);
DROP TABLE "Tmp";
ALTER TABLE "User" ADD COLUMN "scratch" TEXT;
ALTER TABLE "User" RENAME COLUMN "scratch" TO "draft";
ALTER TABLE "User" DROP COLUMN "draft";
"""
    assert lint(LOCK + script) == []


def test_next_migration_is_flagged() -> None:
    create = 'CREATE TABLE "Team" ("id" SERIAL NOT NULL, "name" TEXT);\n'
    index = 'CREATE INDEX "Team_name_idx" ON "Team"("name");\n'
    assert lint(LOCK + create + index) == []
    assert lint(create, LOCK + index) == ["index-without-concurrently:2"]


def test_renaming_a_new_column_onto_a_dropped_ones_name_is_flagged() -> None:
    script = ('ALTER TABLE "User" ADD COLUMN "age_new" BIGINT;\nALTER TABLE "User" DROP COLUMN "age";\n'
              'ALTER TABLE "User" RENAME COLUMN "age_new" TO "age";\n')
    assert lint(LOCK + script) == ["drop-column:3", "rename-column:4"]


def test_empty_tables_per_database_sizes_are_not_flagged() -> None:
    script = LOCK + 'CREATE INDEX "User_email_idx" ON "User"("email");\n'
    assert lint(script, sizes={("", "User"): TableSize(0, 8192, True)}) == []
    history = [MigrationFile("a", "a", BASE), MigrationFile("b", "b", script)]
    sizes = {("", "User"): TableSize(1_200_000, 300 * 1024 * 1024, False)}
    [finding] = lint_history(history, {"b"}, LintOptions(sizes=sizes)).findings
    assert finding.message.startswith('CREATE INDEX "User_email_idx" on "User" (≈1,200,000 rows, 300.0 MB) blocks')


def test_ignore_comment_silences_one_statement() -> None:
    script = (LOCK + "-- lamina:lint-ignore drop-column -- the column was unused since v2\n"
              'ALTER TABLE "User" DROP COLUMN "age";\nALTER TABLE "User" DROP COLUMN "name";\n')
    history = [MigrationFile("a", "a", BASE), MigrationFile("b", "b", script)]
    result = lint_history(history, {"b"})
    assert [f"{f.rule}:{f.line}" for f in result.findings] == ["drop-column:4"]
    assert result.ignored == 1
    assert lint(LOCK + '-- lamina:lint-ignore drop-colum\nALTER TABLE "User" DROP COLUMN "age";') == [
        "unknown-lint-ignore:2", "drop-column:3"]


def test_levels_from_configuration() -> None:
    script = LOCK + 'ALTER TABLE "User" DROP COLUMN "age";\nDROP TABLE "Post";\n'
    history = [MigrationFile("a", "a", BASE), MigrationFile("b", "b", script)]
    result = lint_history(history, {"b"}, LintOptions(levels={"drop-column": "off", "drop-table": "error"}))
    assert [(f.rule, f.level) for f in result.findings] == [("drop-table", "error")]
    assert result.fails("error") and result.fails("warning") and not result.fails("none")


def test_a_script_postgresql_refuses_is_one_finding_with_its_line() -> None:
    assert lint("ALTER TABLE \"User\"\n  ADD COLUMN x INTEGER,,;") == ["syntax-error:2"]


def test_every_rule_is_documented() -> None:
    from pathlib import Path

    doc = (Path(__file__).resolve().parents[2] / "docs" / "lint.md").read_text(encoding="utf-8")
    assert [rule for rule in sorted(RULE_IDS) if f"### `{rule}`" not in doc] == []
