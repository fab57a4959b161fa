"""What a computed down.sql says it does not undo (pure, no database)."""

from __future__ import annotations

import pytest

from lamina.migrations.down import uncompared_note, uncompared_statements

POSTGRES = """-- CreateTable
CREATE TABLE "A" ("id" INTEGER NOT NULL);
INSERT INTO "A" ("id") VALUES (1);
CREATE OR REPLACE FUNCTION bump() RETURNS trigger AS $$
BEGIN
  UPDATE "A" SET id = id + 1;
  RETURN NEW;
END;
$$ LANGUAGE plpgsql;
CREATE TRIGGER bump_a AFTER INSERT ON "A" FOR EACH ROW EXECUTE FUNCTION bump();
CREATE INDEX "A_id_idx" ON "A"("id");
"""

SQLITE = """-- CreateTable
CREATE TABLE "Config" ("name" TEXT NOT NULL PRIMARY KEY);
INSERT INTO "Config" ("name") VALUES ('a');
CREATE TRIGGER "touch" AFTER UPDATE ON "Config" BEGIN SELECT 1; END;
"""


@pytest.mark.parametrize(("provider", "script", "expected"), [
    ("postgresql", POSTGRES, ['INSERT INTO "A" ("id") VALUES (1)', "CREATE OR REPLACE FUNCTION bump() RETURNS trigger AS $$",
                              'CREATE TRIGGER bump_a AFTER INSERT ON "A" FOR EACH ROW EXECUTE FUNCTION bump()']),
    ("sqlite", SQLITE, ["INSERT INTO \"Config\" (\"name\") VALUES ('a');",
                        'CREATE TRIGGER "touch" AFTER UPDATE ON "Config" BEGIN SELECT 1; END;']),
    ("postgresql", 'CREATE TABLE "A" ("id" INTEGER);\n', []),
], ids=["postgresql-parsed", "sqlite-by-line", "nothing-to-say"])
def test_uncompared_statements(provider: str, script: str, expected: list[str]) -> None:
    assert uncompared_statements(provider, script) == expected


def test_note_lists_them_as_comments() -> None:
    assert uncompared_note([]) == ""
    assert uncompared_note(["INSERT INTO x"]) == (
        "-- migration.sql also runs statements a schema comparison does not see; this file does not\n"
        "-- undo them. Add their reverse here if the migration must be reverted exactly:\n"
        "--   INSERT INTO x\n\n")


def test_functions_and_triggers_are_not_listed_when_the_reverse_restores_them() -> None:
    assert uncompared_statements("postgresql", POSTGRES, with_objects=True) == ['INSERT INTO "A" ("id") VALUES (1)']
