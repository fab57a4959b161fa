"""Names lamina resolves (keys, indexes, foreign keys, join tables, referential actions) against
the SQL the real Prisma generates for the same schema (`migrate diff --from-empty`)."""

from __future__ import annotations

import re
import subprocess

import pytest

from lamina.psl import SourceFile, check_schema

SCHEMA = '''datasource db {
  provider = "postgresql"
}

model AVeryLongModelNameThatKeepsGoingAndGoingUntilItIsTooLongForPostgres {
  id                                   Int    @id @default(autoincrement())
  anotherExtremelyLongColumnNameForTests String @unique
  second                               String @map("second_col")
  tags                                 Tag[]

  @@index([anotherExtremelyLongColumnNameForTests, second])
  @@unique([second, id])
  @@map("a_long_table_name_for_truncation_tests_x")
}

model Tag {
  id     Int    @id
  name   String
  owners AVeryLongModelNameThatKeepsGoingAndGoingUntilItIsTooLongForPostgres[]
  posts  Post[]
}

model Post {
  id       Int    @id
  ownerA   Int
  ownerB   Int
  editorId Int?
  owner    Owner  @relation(fields: [ownerA, ownerB], references: [a, b], onDelete: Cascade)
  editor   Owner? @relation("edits", fields: [editorId], references: [c])
  tags     Tag[]

  @@index([ownerA, ownerB(sort: Desc)], map: "custom_idx")
}

model Owner {
  a      Int
  b      Int
  c      Int    @unique
  posts  Post[]
  edited Post[] @relation("edits")

  @@id([a, b])
}
'''

_ACTIONS = {"Cascade": "CASCADE", "Restrict": "RESTRICT", "NoAction": "NO ACTION", "SetNull": "SET NULL",
            "SetDefault": "SET DEFAULT"}


def _lamina_names() -> tuple[set[str], dict[str, tuple[str, str]]]:
    validated, diagnostics = check_schema([SourceFile("schema.prisma", SCHEMA)])
    assert diagnostics.items == []
    names: set[str] = set()
    for model in validated.models:
        names |= {index.db_name for index in model.indexes}
        names.add(model.primary_key.db_name)
    actions = {}
    for relation in validated.inline_relations:
        names.add(relation.fk_name)
        actions[relation.fk_name] = (_ACTIONS[relation.on_delete], _ACTIONS[relation.on_update])
    return names, actions


def _join_tables() -> set[tuple[str, str]]:
    validated, _ = check_schema([SourceFile("schema.prisma", SCHEMA)])
    tables = set()
    for relation in validated.many_to_many:
        model_a = validated.model(relation.model_a)
        tables.add((f"_{relation.name}"[:63], model_a.db_name))
    return tables


@pytest.mark.oracle
def test_constraint_names_match_prisma(oracle_dir, tmp_path):
    schema = tmp_path / "schema.prisma"
    schema.write_text(SCHEMA)
    result = subprocess.run(
        [str(oracle_dir / "prisma-diff.sh"), "--from-empty", "--to-schema", str(schema)],
        capture_output=True, text=True,
    )
    assert result.returncode == 0, result.stderr
    sql = result.stdout
    theirs = set(re.findall(r'CREATE (?:UNIQUE )?INDEX "([^"]+)"', sql))
    theirs |= set(re.findall(r'CONSTRAINT "([^"]+)"', sql))
    their_actions = {
        name: (on_delete, on_update)
        for name, on_delete, on_update in re.findall(
            r'ADD CONSTRAINT "([^"]+)" FOREIGN KEY .*? ON DELETE ([A-Z ]+) ON UPDATE ([A-Z ]+);', sql
        )
    }
    names, actions = _lamina_names()
    assert names == {n for n in theirs if not n.startswith("_")}
    # join tables: `_<relation name>` (cut to 63 characters), column A referencing model A
    their_tables = set(
        re.findall(r'ALTER TABLE "(_[^"]+)" ADD CONSTRAINT "[^"]+" FOREIGN KEY \("A"\) REFERENCES "([^"]+)"', sql)
    )
    assert _join_tables() == their_tables
    assert {k: v for k, v in their_actions.items() if not k.startswith("_")} == actions
