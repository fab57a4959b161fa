"""Small hand-written PostgreSQL histories with what a generated down.sql used to get wrong on the
corpus (docs/rollback.md, "Measured on the corpus"): each history is walked down to empty and back
(`migrate down --write`, deploy, `migrate down` one migration at a time, comparing the described
schema and the functions, triggers, constraints and indexes with the state before each migration)."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.rollback.corpus_walk import walk_history

SCHEMA = 'datasource db {\n  provider = "postgresql"\n  url      = env("DATABASE_URL")\n}\n'

TABLE = '''CREATE TABLE "Item" (
    "id" INTEGER NOT NULL,
    "a" INTEGER NOT NULL,
    "b" TEXT NOT NULL,
    CONSTRAINT "Item_pkey" PRIMARY KEY ("id")
);
'''

TOUCH_FUNCTION = '''CREATE FUNCTION touch_item() RETURNS TRIGGER AS $$
BEGIN
  NEW."b" := NEW."b" || '!';
  RETURN NEW;
END;
$$ LANGUAGE plpgsql;
'''

PATTERNS = {
    # hoppscotch: a unique constraint (deferrable) is no plain index, DROP INDEX cannot drop it.
    "unique-constraint": [
        TABLE,
        'ALTER TABLE "Item" ADD CONSTRAINT "Item_a_b_key" UNIQUE ("a", "b") DEFERRABLE INITIALLY DEFERRED;\n',
    ],
    # rallly, evolution-api: a column moves from TEXT to an enum that gains values; the reverse
    # redefines the enum while the column still uses it.
    "enum-redefined-column-leaves-it": [
        'CREATE TYPE "Status" AS ENUM (\'open\', \'closed\');\n' + TABLE.replace(
            '"b" TEXT NOT NULL,', '"b" TEXT NOT NULL,\n    "status" TEXT NOT NULL,\n    "other" "Status",'),
        'ALTER TYPE "Status" ADD VALUE \'paused\';\n'
        'ALTER TABLE "Item" ALTER COLUMN "status" TYPE "Status" USING ("status"::"Status");\n',
    ],
    # hoppscotch: a function and a trigger written by hand (CREATE FUNCTION, not OR REPLACE: a
    # reverse that leaves it makes the next deploy fail).
    "trigger-and-function-created": [
        TABLE,
        TOUCH_FUNCTION + 'CREATE TRIGGER "touch_item" BEFORE INSERT OR UPDATE OF "b" ON "Item" '
                         'FOR EACH ROW EXECUTE FUNCTION touch_item();\n',
    ],
    # inbox-zero: a trigger on a column whose enum loses a value in the reverse (the redefinition
    # changes the column's type, which the trigger blocks).
    "trigger-on-enum-column": [
        'CREATE TYPE "Kind" AS ENUM (\'x\', \'y\');\n' + TABLE.replace('"b" TEXT NOT NULL,', '"b" TEXT NOT NULL,\n    "kind" "Kind" NOT NULL,')
        + TOUCH_FUNCTION + 'CREATE TRIGGER "touch_item" BEFORE UPDATE OF "kind" ON "Item" '
                           'FOR EACH ROW EXECUTE FUNCTION touch_item();\n',
        'ALTER TYPE "Kind" ADD VALUE \'z\';\n',
    ],
    # A trigger on a column whose type a migration changes (dropping the trigger around it).
    "trigger-on-retyped-column": [
        TABLE + TOUCH_FUNCTION + 'CREATE TRIGGER "touch_item" BEFORE UPDATE OF "a" ON "Item" '
                                 'FOR EACH ROW EXECUTE FUNCTION touch_item();\n',
        'DROP TRIGGER "touch_item" ON "Item";\n'
        'ALTER TABLE "Item" ALTER COLUMN "a" SET DATA TYPE BIGINT;\n'
        'CREATE TRIGGER "touch_item" BEFORE UPDATE OF "a" ON "Item" FOR EACH ROW EXECUTE FUNCTION touch_item();\n',
    ],
    # A trigger a migration drops, and a function it replaces.
    "trigger-dropped-function-replaced": [
        TABLE + TOUCH_FUNCTION + 'CREATE TRIGGER "touch_item" BEFORE INSERT ON "Item" '
                                 'FOR EACH ROW EXECUTE FUNCTION touch_item();\n',
        'DROP TRIGGER "touch_item" ON "Item";\n' + TOUCH_FUNCTION.replace("CREATE FUNCTION", "CREATE OR REPLACE FUNCTION")
        .replace("'!'", "'?'"),
    ],
    # trigger-dev: a unique index replaced by a partial one with the same columns; reverting the
    # column the predicate uses then dropped the index the reverse had only renamed.
    "partial-index-predicate": [
        TABLE + 'CREATE UNIQUE INDEX "Item_a_b_key" ON "Item"("a", "b");\n',
        'ALTER TABLE "Item" ADD COLUMN "c" INTEGER;\n',
        'DROP INDEX "Item_a_b_key";\n'
        'CREATE UNIQUE INDEX "Item_a_b_c_key" ON "Item"("a", "b", "c");\n'
        'CREATE UNIQUE INDEX "Item_a_b_null_key" ON "Item"("a", "b") WHERE "c" IS NULL;\n',
    ],
    # CHECK constraints and indexes on expressions written by hand.
    "check-and-expression-index": [
        TABLE + 'ALTER TABLE "Item" ADD CONSTRAINT "Item_a_positive" CHECK ("a" > 0);\n',
        'ALTER TABLE "Item" DROP CONSTRAINT "Item_a_positive";\n'
        'ALTER TABLE "Item" ADD CONSTRAINT "Item_b_short" CHECK (length("b") < 100);\n'
        'CREATE INDEX "Item_lower_b_idx" ON "Item" (lower("b"));\n',
    ],
}


def _entry(root: Path, migrations: list[str]) -> Path:
    entry = root / "entry"
    (entry / "migrations").mkdir(parents=True)
    (entry / "schema.prisma").write_text(SCHEMA, encoding="utf-8")
    (entry / "migrations" / "migration_lock.toml").write_text('provider = "postgresql"\n', encoding="utf-8")
    for number, script in enumerate(migrations, start=1):
        folder = entry / "migrations" / f"2024010100000{number}_step{number}"
        folder.mkdir()
        (folder / "migration.sql").write_text(script, encoding="utf-8")
    return entry


@pytest.mark.parametrize("pattern", sorted(PATTERNS))
def test_down_restores_the_state_before(pattern: str, tmp_path: Path, postgres_url: str) -> None:
    entry = _entry(tmp_path, PATTERNS[pattern])
    result = walk_history(entry, tmp_path / "project", postgres_url)
    assert result.failures == [], "\n".join(result.failures)
    assert result.reverted_ok == len(PATTERNS[pattern])
    assert result.redeploy_ok


def test_unique_constraint_is_dropped_and_restored_as_a_constraint(tmp_path: Path, postgres_url: str) -> None:
    entry = _entry(tmp_path, [*PATTERNS["unique-constraint"],
                              'ALTER TABLE "Item" DROP CONSTRAINT "Item_a_b_key";\n'])
    walk_history(entry, tmp_path / "project", postgres_url)
    folders = sorted(p for p in (tmp_path / "project" / "prisma" / "migrations").iterdir() if p.is_dir())
    assert 'ALTER TABLE "Item" DROP CONSTRAINT "Item_a_b_key";' in (folders[1] / "down.sql").read_text()
    assert ('ALTER TABLE "Item" ADD CONSTRAINT "Item_a_b_key" UNIQUE (a, b) DEFERRABLE INITIALLY DEFERRED;'
            in (folders[2] / "down.sql").read_text())
