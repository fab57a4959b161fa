"""Rename detection and planning (diff/renames.py): which drops and adds are candidates, and the
SQL of a confirmed rename, on calculated schemas (no database)."""

from __future__ import annotations

import pytest

from lamina.dialects import DIALECTS
from lamina.dialects.renames import with_renames
from lamina.diffing.differ import diff_schemas
from lamina.diffing.renames import (
    RenameColumn, RenameEnumValue, RenameTable, apply_renames, column_candidates, conflicts,
    enum_value_candidates, plan_renames, rename_header, table_candidates,
)
from lamina.diffing.script import render_script
from lamina.psl import SourceFile, check_schema
from lamina.schema.calculate import calculate_sql_schema


def calculated(provider: str, models: str):
    source = f'datasource db {{\n  provider = "{provider}"\n}}\n\n{models}'
    validated, diagnostics = check_schema([SourceFile("schema.prisma", source)])
    assert validated is not None, diagnostics
    return calculate_sql_schema(validated)


def user(*fields: str, name: str = "User") -> str:
    return f"model {name} {{\n  id Int @id @default(autoincrement())\n" + "".join(f"  {f}\n" for f in fields) + "}\n"


@pytest.mark.parametrize(("before", "after", "expected"), [
    ("name String", "fullName String", [("name", "fullName")]),
    ("name String?", "fullName String?", [("name", "fullName")]),
    ("name String", "fullName String?", []),  # nullability differs
    ("name String", "fullName Int", []),  # type differs
    ('name String @default("x")', 'fullName String @default("y")', []),  # default differs
    ('name String @default("x")', 'fullName String @default("x")', [("name", "fullName")]),
    ("name String[]", "fullName String[]", [("name", "fullName")]),
    ("name String", "name String", []),  # nothing dropped
], ids=["same", "nullable", "nullability-differs", "type-differs", "default-differs", "same-default", "list",
        "unchanged"])
def test_column_candidates(before: str, after: str, expected: list[tuple[str, str]]) -> None:
    found = column_candidates(calculated("postgresql", user(before)), calculated("postgresql", user(after)))
    assert [(c.before, c.after) for c in found] == expected


def test_two_candidates_for_one_column_are_both_offered() -> None:
    found = column_candidates(calculated("postgresql", user("name String")),
                              calculated("postgresql", user("first String", "last String")))
    assert found == [RenameColumn(None, "User", "name", "first"), RenameColumn(None, "User", "name", "last")]
    assert conflicts(found[0], found[1])


def test_table_candidates_compare_columns_after_map_and_skip_join_tables() -> None:
    before = calculated("postgresql", user("email String", "tags Tag[]") + "model Tag {\n  id Int @id\n  users User[]\n}\n")
    after = calculated("postgresql", user("email String", "tags Tag[]", name="Person").replace("User[]", "Person[]")
                       + "model Tag {\n  id Int @id\n  users Person[]\n}\n")
    assert table_candidates(before, after) == [RenameTable(None, "User", "Person")]
    mapped = calculated("postgresql", user("email String", name="Account") .replace("}\n", '  @@map("people")\n}\n'))
    assert table_candidates(calculated("postgresql", user("email String")), mapped) == [
        RenameTable(None, "User", "people")]
    different = calculated("postgresql", user("mail String", name="Person"))
    assert table_candidates(calculated("postgresql", user("email String")), different) == []


def test_enum_value_candidates_at_the_same_position() -> None:
    def enum(values: str):
        return calculated("postgresql", "enum Role {\n  " + values + "\n}\n" + user("role Role"))

    before = enum("USER\n  ADMIN")
    assert enum_value_candidates(before, enum("USER\n  OWNER")) == [RenameEnumValue(None, "Role", "ADMIN", "OWNER")]
    assert enum_value_candidates(before, enum("OWNER\n  USER")) == []


def test_apply_renames_follows_keys_indexes_and_foreign_keys() -> None:
    models = user("name String @unique", "posts Post[]") + (
        "model Post {\n  id Int @id\n  authorId Int\n  author User @relation(fields: [authorId], references: [id])\n}\n")
    before = calculated("postgresql", models)
    renamed = apply_renames(before, [RenameTable(None, "User", "Person"), RenameColumn(None, "Person", "id", "key")])
    person = renamed.table("Person")
    assert [c.name for c in person.columns] == ["key", "name"]
    assert [c.name for c in person.primary_key.columns] == ["key"]
    assert person.primary_key.name == "User_pkey"  # renamed later by the differ, by shape
    fk = renamed.table("Post").foreign_keys[0]
    assert (fk.referenced_table, fk.referenced_columns) == ("Person", ("key",))


def _migration(provider: str, before_models: str, after_models: str, renames) -> str:
    dialect = DIALECTS[provider]
    before, after = calculated(provider, before_models), calculated(provider, after_models)
    plan = plan_renames(before, after, renames, dialect.capabilities)
    steps = [*plan.steps, *diff_schemas(plan.before, after, dialect)]
    return rename_header(renames) + render_script(steps, with_renames(dialect))


def test_rename_with_a_type_change_and_a_new_index_keeps_prisma_step_order() -> None:
    before = user("name String @unique", "age Int")
    after = user("fullName String @unique", "age BigInt", "@@index([age])")
    sql = _migration("postgresql", before, after, [RenameColumn(None, "User", "name", "fullName")])
    assert sql == (
        "-- Rename: User.name -> fullName\n"
        "-- RenameColumn\n"
        'ALTER TABLE "User" RENAME COLUMN "name" TO "fullName";\n\n'
        "-- AlterTable\n"
        'ALTER TABLE "User" ALTER COLUMN "age" SET DATA TYPE BIGINT;\n\n'
        "-- CreateIndex\n"
        'CREATE INDEX "User_age_idx" ON "User"("age");\n\n'
        "-- RenameIndex\n"
        'ALTER INDEX "User_name_key" RENAME TO "User_fullName_key";\n')
    # After the renames, the steps are the differ's own: Prisma's, from a schema already renamed.
    renamed_before = user("fullName String", "age Int").replace("fullName String", 'fullName String @unique(map: "User_name_key")')
    assert sql.split("\n\n", 1)[1] == render_script(
        diff_schemas(calculated("postgresql", renamed_before), calculated("postgresql", after), DIALECTS["postgresql"]),
        DIALECTS["postgresql"])


def test_model_rename_renames_key_sequence_and_enum_value() -> None:
    before = "enum Role {\n  USER\n  ADMIN\n}\n" + user('role Role @default(ADMIN)')
    after = "enum Role {\n  USER\n  OWNER\n}\n" + user('role Role @default(OWNER)', name="Person")
    sql = _migration("postgresql", before, after,
                     [RenameTable(None, "User", "Person"), RenameEnumValue(None, "Role", "ADMIN", "OWNER")])
    assert sql == (
        "-- Rename: User -> Person\n"
        "-- Rename: Role.ADMIN -> OWNER\n"
        "-- RenameTable\n"
        'ALTER TABLE "User" RENAME TO "Person";\n\n'
        "-- RenameSequence\n"
        'ALTER SEQUENCE IF EXISTS "User_id_seq" RENAME TO "Person_id_seq";\n\n'
        "-- RenameEnumValue\n"
        "ALTER TYPE \"Role\" RENAME VALUE 'ADMIN' TO 'OWNER';\n\n"
        "-- AlterTable\n"
        'ALTER TABLE "Person" RENAME CONSTRAINT "User_pkey" TO "Person_pkey";\n')


@pytest.mark.parametrize(("provider", "expected"), [
    ("sqlite", '-- RenameColumn\nALTER TABLE "User" RENAME COLUMN "name" TO "fullName";\n'),
    ("mysql", "-- RenameColumn\nALTER TABLE `User` RENAME COLUMN `name` TO `fullName`;\n"),
])
def test_column_rename_on_other_providers(provider: str, expected: str) -> None:
    sql = _migration(provider, user("name String"), user("fullName String"), [RenameColumn(None, "User", "name", "fullName")])
    assert sql == "-- Rename: User.name -> fullName\n" + expected


def test_without_renames_the_differ_drops_and_adds() -> None:
    sql = render_script(diff_schemas(calculated("postgresql", user("name String")),
                                     calculated("postgresql", user("fullName String")), DIALECTS["postgresql"]),
                        DIALECTS["postgresql"])
    assert 'DROP COLUMN "name"' in sql and 'ADD COLUMN     "fullName"' in sql


MYSQL_ENUM_BEFORE = ('enum Role {\n  USER\n  ADMIN\n}\n\n'
                     + user('role Role @default(ADMIN)') + user('roles Role?', name="Team"))
MYSQL_ENUM_AFTER = MYSQL_ENUM_BEFORE.replace("ADMIN", "OWNER")
MYSQL_ENUM_COLUMNS = {"Role": (("User", "role"), ("Team", "roles"))}


def test_mysql_enum_value_candidates_come_from_the_columns_of_the_enum() -> None:
    from lamina.diffing.renames import inline_enum_value_candidates

    before, after = calculated("mysql", MYSQL_ENUM_BEFORE), calculated("mysql", MYSQL_ENUM_AFTER)
    assert inline_enum_value_candidates(before, after, MYSQL_ENUM_COLUMNS) == [
        RenameEnumValue(None, "Role", "ADMIN", "OWNER")]
    assert inline_enum_value_candidates(before, before, MYSQL_ENUM_COLUMNS) == []


def test_mysql_enum_value_rename_widens_moves_then_modifies() -> None:
    dialect = DIALECTS["mysql"]
    before, after = calculated("mysql", MYSQL_ENUM_BEFORE), calculated("mysql", MYSQL_ENUM_AFTER)
    renames = [RenameEnumValue(None, "Role", "ADMIN", "OWNER")]
    plan = plan_renames(before, after, renames, dialect.capabilities, MYSQL_ENUM_COLUMNS)
    steps = [*plan.steps, *diff_schemas(plan.before, after, dialect)]
    assert render_script(steps, with_renames(dialect)) == (
        "-- RenameEnumValueInColumn\n"
        "ALTER TABLE `User` MODIFY `role` ENUM('USER', 'ADMIN', 'OWNER') NOT NULL DEFAULT 'ADMIN';\n"
        "UPDATE `User` SET `role` = 'OWNER' WHERE `role` = 'ADMIN';\n"
        "\n"
        "-- RenameEnumValueInColumn\n"
        "ALTER TABLE `Team` MODIFY `roles` ENUM('USER', 'ADMIN', 'OWNER') NULL;\n"
        "UPDATE `Team` SET `roles` = 'OWNER' WHERE `roles` = 'ADMIN';\n"
        "\n"
        "-- AlterTable\n"
        "ALTER TABLE `User` MODIFY `role` ENUM('USER', 'OWNER') NOT NULL DEFAULT 'OWNER';\n"
        "\n"
        "-- AlterTable\n"
        "ALTER TABLE `Team` MODIFY `roles` ENUM('USER', 'OWNER') NULL;\n")
