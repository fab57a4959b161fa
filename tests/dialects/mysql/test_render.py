"""MySQL rendering, read against PRISMA-COMPAT §7 and prisma-engines' MySQL expectations
(single_migration_tests/mysql/*.prisma, sql_renderer/mysql_renderer.rs, sql-ddl mysql.rs)."""

from __future__ import annotations

from lamina.dialects import DIALECTS
from lamina.diffing.differ import diff_schemas
from lamina.diffing.script import render_script
from lamina.psl import SourceFile, check_schema
from lamina.schema.calculate import calculate_sql_schema
from lamina.schema.model import EMPTY_SCHEMA

MYSQL = DIALECTS["mysql"]


def schema(models: str, datasource: str = ""):
    source = f'datasource db {{\n  provider = "mysql"\n{datasource}}}\n\n{models}'
    validated, diagnostics = check_schema([SourceFile("schema.prisma", source)])
    assert validated is not None, diagnostics
    return calculate_sql_schema(validated)


def migration(before: str | None, after: str, datasource: str = "") -> str:
    previous = schema(before, datasource) if before is not None else EMPTY_SCHEMA
    return render_script(diff_schemas(previous, schema(after, datasource), MYSQL), MYSQL)


def test_enum_fields_as_prisma_engines_expects() -> None:
    # single_migration_tests/mysql/enums/enum_fields.prisma
    models = ("model MyTable {\n  id Int @id\n  k Kind? @default(error)\n  r Result @default(succeeded)\n}\n"
              "enum Result {\n  succeeded\n  failed\n}\nenum Kind {\n  info\n  warning\n  error\n}\n")
    assert migration(None, models) == (
        "-- CreateTable\n"
        "CREATE TABLE `MyTable` (\n"
        "    `id` INTEGER NOT NULL,\n"
        "    `k` ENUM('info', 'warning', 'error') NULL DEFAULT 'error',\n"
        "    `r` ENUM('succeeded', 'failed') NOT NULL DEFAULT 'succeeded',\n"
        "\n"
        "    PRIMARY KEY (`id`)\n"
        ") DEFAULT CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci;\n")


def test_relation_mode_prisma_has_no_foreign_keys_and_no_extra_indexes() -> None:
    # single_migration_tests/mysql/create_constraint_name_tests_w_implicit_names.prisma
    models = """model A {
    id   Int    @id
    name String @unique
    a    String
    b    String
    B    B[]    @relation("AtoB")
    @@unique([a, b], name: "compound")
    @@index([a])
}

model B {
    a   String
    b   String
    aId Int
    A   A      @relation("AtoB", fields: [aId], references: [id])
    @@index([a,b])
    @@id([a, b])
}
"""
    assert migration(None, models, '  relationMode = "prisma"\n') == """-- CreateTable
CREATE TABLE `A` (
    `id` INTEGER NOT NULL,
    `name` VARCHAR(191) NOT NULL,
    `a` VARCHAR(191) NOT NULL,
    `b` VARCHAR(191) NOT NULL,

    UNIQUE INDEX `A_name_key`(`name`),
    INDEX `A_a_idx`(`a`),
    UNIQUE INDEX `A_a_b_key`(`a`, `b`),
    PRIMARY KEY (`id`)
) DEFAULT CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci;

-- CreateTable
CREATE TABLE `B` (
    `a` VARCHAR(191) NOT NULL,
    `b` VARCHAR(191) NOT NULL,
    `aId` INTEGER NOT NULL,

    INDEX `B_a_b_idx`(`a`, `b`),
    PRIMARY KEY (`a`, `b`)
) DEFAULT CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci;
"""


def test_types_defaults_prefixes_and_fulltext() -> None:
    models = """model T {
  id      BigInt   @id @default(autoincrement()) @db.UnsignedBigInt
  at      DateTime @default(now()) @db.DateTime(6)
  price   Decimal  @default(1.5)
  ratio   Float?
  flag    Boolean  @default(false)
  data    Json?
  blob    Bytes?
  title   String   @db.VarChar(300)
  body    String   @db.Text
  @@index([title(length: 10, sort: Desc)])
  @@fulltext([body])
  @@unique([title(length: 5, sort: Asc), id])
}
"""
    assert migration(None, models) == """-- CreateTable
CREATE TABLE `T` (
    `id` BIGINT UNSIGNED NOT NULL AUTO_INCREMENT,
    `at` DATETIME(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
    `price` DECIMAL(65, 30) NOT NULL DEFAULT 1.5,
    `ratio` DOUBLE NULL,
    `flag` BOOLEAN NOT NULL DEFAULT false,
    `data` JSON NULL,
    `blob` LONGBLOB NULL,
    `title` VARCHAR(300) NOT NULL,
    `body` TEXT NOT NULL,

    INDEX `T_title_idx`(`title`(10) DESC),
    UNIQUE INDEX `T_title_id_key`(`title`(5) ASC, `id`),
    FULLTEXT INDEX `T_body_idx`(`body`),
    PRIMARY KEY (`id`)
) DEFAULT CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci;
"""


def test_alter_uses_modify_and_drop_default() -> None:
    before = "model T {\n  id Int @id\n  a String @default(\"x\")\n  b Int?\n  c Int @default(1)\n}\n"
    after = "model T {\n  id Int @id\n  a String\n  b Int\n  c BigInt @default(2)\n  d String?\n}\n"
    assert migration(before, after) == (
        "-- AlterTable\n"
        "ALTER TABLE `T` ADD COLUMN `d` VARCHAR(191) NULL,\n"
        "    ALTER COLUMN `a` DROP DEFAULT,\n"
        "    MODIFY `b` INTEGER NOT NULL,\n"
        "    MODIFY `c` BIGINT NOT NULL DEFAULT 2;\n")


def test_renamed_foreign_key_is_added_then_dropped() -> None:
    base = ("model User {\n  id Int @id\n  posts Post[]\n}\n"
            "model Post {\n  id Int @id\n  userId Int\n  user User @relation(fields: [userId], references: [id]{})\n}\n")
    assert migration(base.replace("{}", ""), base.replace("{}", ', map: "post_user"')) == (
        "-- DropForeignKey\n"
        "ALTER TABLE `Post` DROP FOREIGN KEY `Post_userId_fkey`;\n\n"
        "-- AddForeignKey\n"
        "ALTER TABLE `Post` ADD CONSTRAINT `post_user` FOREIGN KEY (`userId`) REFERENCES `User`(`id`) "
        "ON DELETE RESTRICT ON UPDATE CASCADE;\n")


def test_index_backing_a_foreign_key_is_not_dropped() -> None:
    base = ("model User {\n  id Int @id\n  posts Post[]\n}\n"
            "model Post {\n  id Int @id\n  userId Int\n  user User @relation(fields: [userId], references: [id])\n{}}\n")
    assert migration(base.replace("{}", "  @@index([userId])\n"), base.replace("{}", "")) == "-- This is an empty migration."


def test_names_are_cut_at_64_bytes() -> None:
    name = "M" + "x" * 70
    models = f"model {name} {{\n  id Int @id\n  value String @unique\n}}\n"
    script = migration(None, models)
    key = f"{name}_value"[:60] + "_key"
    assert f"UNIQUE INDEX `{key}`(`value`)" in script and len(key) == 64
