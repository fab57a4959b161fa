"""`db push`, `db pull` (with and without `--print`, `--force`) and `db execute` on MySQL/MariaDB.

What `db pull` writes follows prisma-engines' MySQL introspection tests (no oracle runs MySQL):
`native_types/mysql.rs` (`@db.X` unless the type is the scalar's MySQL default; `TINYINT(1)` is a
Boolean, `BIT(1)` a Boolean with `@db.Bit(1)`; MariaDB's JSON is `String @db.LongText`),
`enums/mysql.rs` (one enum per `ENUM` column named `<table>_<column>`, an empty value becomes
`EMPTY_ENUM_VALUE @map("")`), `re_introspection/mysql.rs::mapped_enum_value_name` (a previous
schema's enum name and value names are kept), `named_constraints/mysql.rs` (`map:` only where a
name is not Prisma's default). `@updatedAt` cannot be seen in a database and is only kept from a
previous schema. A pulled schema validates and re-diffs to nothing against its database.
"""

from __future__ import annotations

import textwrap
from pathlib import Path

import pytest

from lamina.psl import SourceFile, check_schema
from tests.cli.helpers import lamina, write_schema
from tests.mysql.cases import describe, run
from tests.mysql.test_index_rename import server_is_mariadb

MODELS = """enum Role {
  USER
  ADMIN
}

model User {
  id        Int       @id @default(autoincrement())
  email     String    @unique @db.VarChar(200)
  name      String?   @db.VarChar(100)
  role      Role      @default(USER)
  createdAt DateTime  @default(now())
  updatedAt DateTime  @updatedAt
  balance   Decimal   @default(0.5) @db.Decimal(10, 2)
  active    Boolean   @default(true)
  small     Int       @db.SmallInt
  big       BigInt?   @db.UnsignedBigInt
  data      Json?
  bio       String?   @db.Text
  avatar    Bytes?
  score     Float     @default(1.5)
  born      DateTime? @db.Date
  stamp     DateTime? @db.Timestamp(0)
  code      String    @default("x") @db.Char(10)
  posts     Post[]
  profile   Profile?

  @@index([name(length: 10)])
  @@fulltext([bio])
}

model Profile {
  id     Int  @id @default(autoincrement())
  userId Int  @unique
  user   User @relation(fields: [userId], references: [id], onDelete: Cascade)
}

model Post {
  id       Int     @id @default(autoincrement())
  authorId Int
  title    String
  status   Status?
  author   User    @relation(fields: [authorId], references: [id])
  tags     Tag[]

  @@unique([authorId, title])
  @@index([title(sort: Desc)], map: "post_title_desc")
}

model Tag {
  name  String @id @db.VarChar(50)
  posts Post[]
}

enum Status {
  draft
  published
}
"""

HAND_WRITTEN = """
CREATE TABLE `Book` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `isbn` CHAR(13) NOT NULL,
  `title` VARCHAR(191) NOT NULL,
  `color` ENUM('black', '') NOT NULL DEFAULT '',
  `price` DECIMAL(8, 2) NULL,
  `pages` SMALLINT UNSIGNED NOT NULL DEFAULT 0,
  `inStock` TINYINT(1) NOT NULL DEFAULT 1,
  `flag` BIT(1) NULL,
  `mask` BIT(16) NULL,
  `released` DATETIME(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
  `seenAt` DATETIME NULL,
  `year` YEAR NULL,
  `cover` MEDIUMBLOB NULL,
  `summary` MEDIUMTEXT NULL,
  `ratio` FLOAT NOT NULL DEFAULT 0.5,
  `authorId` INT NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE INDEX `isbn_unique`(`isbn`),
  INDEX `Book_title_idx`(`title`(20)),
  FULLTEXT INDEX `Book_summary_idx`(`summary`)
) DEFAULT CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci;
CREATE TABLE `Author` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `name` VARCHAR(191) NOT NULL,
  PRIMARY KEY (`id`)
) DEFAULT CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci;
ALTER TABLE `Book` ADD CONSTRAINT `Book_authorId_fkey` FOREIGN KEY (`authorId`) REFERENCES `Author`(`id`)
  ON DELETE RESTRICT ON UPDATE CASCADE;
"""

# What Prisma's introspection writes for HAND_WRITTEN (models and enums in name order; MySQL keeps
# the foreign key's own index, named like the constraint).
HAND_WRITTEN_PULLED = """
model Author {
  id   Int    @id @default(autoincrement())
  name String
  Book Book[]
}

model Book {
  id       Int        @id @default(autoincrement())
  isbn     String     @unique(map: "isbn_unique") @db.Char(13)
  title    String
  color    Book_color @default(EMPTY_ENUM_VALUE)
  price    Decimal?   @db.Decimal(8, 2)
  pages    Int        @default(0) @db.UnsignedSmallInt
  inStock  Boolean    @default(true)
  flag     Boolean?   @db.Bit(1)
  mask     Bytes?     @db.Bit(16)
  released DateTime   @default(now())
  seenAt   DateTime?  @db.DateTime(0)
  year     Int?       @db.Year
  cover    Bytes?     @db.MediumBlob
  summary  String?    @db.MediumText
  ratio    Float      @default(0.5) @db.Float
  authorId Int
  Author   Author     @relation(fields: [authorId], references: [id])

  @@index([authorId], map: "Book_authorId_fkey")
  @@index([title(length: 20)])
  @@fulltext([summary])
}

enum Book_color {
  black
  EMPTY_ENUM_VALUE @map("")
}
"""


def pulled_models(text: str) -> str:
    """The schema without its datasource block."""
    return text[text.index("}\n") + 2:].strip() + "\n"


def pull(project: Path, *args: str) -> str:
    result = lamina(project, "db", "pull", "--print", *args)
    assert result.code == 0, result.text
    return result.out


def assert_validates_and_rediffs_to_nothing(project: Path, url: str, text: str) -> None:
    validated, diagnostics = check_schema([SourceFile("pulled.prisma", text)])
    assert validated is not None, str(diagnostics)
    (project / "pulled.prisma").write_text(text)
    result = lamina(project, "migrate", "diff", "--from-url", url, "--to-schema-datamodel", "pulled.prisma",
                    "--exit-code")
    assert result.code == 0, result.text


def test_push_then_pull_round_trips(tmp_path: Path, mysql_url: str) -> None:
    write_schema(tmp_path, "mysql", mysql_url, MODELS)
    pushed = lamina(tmp_path, "db", "push")
    assert pushed.code == 0, pushed.text
    assert "🚀  Your database is now in sync with your Prisma schema." in pushed.out
    again = lamina(tmp_path, "db", "push")
    assert "The database is already in sync with the Prisma schema." in again.out, again.text

    fresh = pull(tmp_path, "--force")
    lines = {" ".join(line.split()) for line in fresh.splitlines()}
    json_line = "data String? @db.LongText" if server_is_mariadb(mysql_url) else "data Json?"
    for expected in ("role User_role @default(USER)", "status Post_status?", "enum User_role {",
                     "enum Post_status {", "name String? @db.VarChar(100)", "email String @unique @db.VarChar(200)",
                     "balance Decimal @default(0.50) @db.Decimal(10, 2)", "small Int @db.SmallInt",
                     "big BigInt? @db.UnsignedBigInt", "stamp DateTime? @db.Timestamp(0)", "updatedAt DateTime",
                     "createdAt DateTime @default(now())", "@@fulltext([bio])", "@@index([name(length: 10)])",
                     '@@index([title(sort: Desc)], map: "post_title_desc")', "@@unique([authorId, title])",
                     "active Boolean @default(true)", json_line,
                     "User User @relation(fields: [userId], references: [id], onDelete: Cascade)"):
        assert expected in lines, (expected, fresh)
    assert_validates_and_rediffs_to_nothing(tmp_path, mysql_url, fresh)

    kept = pull(tmp_path)  # re-introspection keeps enum names and @updatedAt from the schema
    kept_lines = {" ".join(line.split()) for line in kept.splitlines()}
    assert {"role Role @default(USER)", "status Status?", "updatedAt DateTime @updatedAt", "enum Role {",
            "enum Status {"} <= kept_lines, kept
    assert not any(line.startswith("enum User_role") for line in kept_lines)
    assert_validates_and_rediffs_to_nothing(tmp_path, mysql_url, kept)


def test_pull_writes_the_schema_file(tmp_path: Path, mysql_url: str) -> None:
    write_schema(tmp_path, "mysql", mysql_url, MODELS)
    assert lamina(tmp_path, "db", "push").code == 0
    write_schema(tmp_path, "mysql", mysql_url, "")
    result = lamina(tmp_path, "db", "pull")
    assert result.code == 0, result.text
    assert "✔ Introspected 4 models and wrote them into prisma/schema.prisma" in result.out
    written = (tmp_path / "prisma" / "schema.prisma").read_text()
    assert "enum User_role {" in written and "model Post {" in written
    assert_validates_and_rediffs_to_nothing(tmp_path, mysql_url, written)


def test_pull_of_hand_written_sql_is_what_prisma_writes(tmp_path: Path, mysql_url: str) -> None:
    run(mysql_url, HAND_WRITTEN)
    write_schema(tmp_path, "mysql", mysql_url, "")
    text = pull(tmp_path)
    assert pulled_models(text) == textwrap.dedent(HAND_WRITTEN_PULLED).lstrip()
    assert_validates_and_rediffs_to_nothing(tmp_path, mysql_url, text)


def test_re_introspection_keeps_enum_and_value_names(tmp_path: Path, mysql_url: str) -> None:
    run(mysql_url, "CREATE TABLE `User` (id INT NOT NULL AUTO_INCREMENT, "
                   "color ENUM('black', 'white') NOT NULL DEFAULT 'black', PRIMARY KEY (id))")
    write_schema(tmp_path, "mysql", mysql_url, "model User {\n  id    Int   @id @default(autoincrement())\n"
                 "  color color @default(BLACK)\n}\n\nenum color {\n  BLACK @map(\"black\")\n  white\n}\n")
    text = pull(tmp_path)
    assert pulled_models(text) == ("model User {\n  id    Int   @id @default(autoincrement())\n"
                                   "  color color @default(BLACK)\n}\n\nenum color {\n  BLACK @map(\"black\")\n"
                                   "  white\n}\n")
    assert_validates_and_rediffs_to_nothing(tmp_path, mysql_url, text)


def test_db_execute_on_mysql(tmp_path: Path, mysql_url: str) -> None:
    (tmp_path / "script.sql").write_text("CREATE TABLE t (id INTEGER PRIMARY KEY);\nINSERT INTO t VALUES (1);\n"
                                         "INSERT INTO t VALUES (2);\n")
    result = lamina(tmp_path, "db", "execute", "--file", "script.sql", "--url", mysql_url)
    assert (result.code, result.out, result.err) == (0, "Script executed successfully.\n", "")
    [table] = describe(mysql_url).tables
    assert table.name == "t"
    (tmp_path / "bad.sql").write_text("INSERT INTO t VALUES (3);\nSELEC 1;\n")
    failed = lamina(tmp_path, "db", "execute", "--file", "bad.sql", "--url", mysql_url)
    assert failed.code == 1 and failed.out == ""
    assert "You have an error in your SQL syntax" in failed.err, failed.err


@pytest.mark.parametrize("force", [False, True])
def test_push_force_reset_and_data_loss(tmp_path: Path, mysql_url: str, force: bool) -> None:
    write_schema(tmp_path, "mysql", mysql_url, "model A {\n  id Int @id\n  x  Int\n}\n")
    assert lamina(tmp_path, "db", "push").code == 0
    run(mysql_url, "INSERT INTO `A` VALUES (1, 1)")
    write_schema(tmp_path, "mysql", mysql_url, "model A {\n  id Int @id\n}\n")
    args = ("--force-reset",) if force else ()
    result = lamina(tmp_path, "db", "push", *args)
    if force:
        assert result.code == 0, result.text
        assert "was successfully reset." in result.out
    else:
        assert result.code == 1, result.text
        assert "You are about to drop the column `x` on the `A` table, which still contains 1 non-null values." \
            in result.text
        assert "Use the --accept-data-loss flag" in result.text
        accepted = lamina(tmp_path, "db", "push", "--accept-data-loss")
        assert accepted.code == 0, accepted.text
    assert [c.name for c in describe(mysql_url).tables[0].columns] == ["id"]


def test_literal_datetime_default_is_pulled_as_prisma_writes_it(tmp_path: Path, mysql_url: str) -> None:
    """Prisma's describer keeps a literal DATETIME default as the expression `'…'`; PSL would refuse
    it as a DateTime literal (not RFC 3339). lamina's differ compares the pulled `dbgenerated(...)`
    with the described value by that value (dialects/mysql/defaults.py): the pulled schema diffs to
    nothing, as with Prisma's differ."""
    run(mysql_url, "CREATE TABLE `Event` (`id` INT NOT NULL, "
                   "`at` DATETIME(3) NOT NULL DEFAULT '2020-01-02 03:04:05.000', PRIMARY KEY (`id`))")
    write_schema(tmp_path, "mysql", mysql_url, "")
    text = pull(tmp_path)
    assert pulled_models(text) == ("model Event {\n  id Int      @id\n"
                                   "  at DateTime @default(dbgenerated(\"'2020-01-02 03:04:05.000'\"))\n}\n")
    validated, diagnostics = check_schema([SourceFile("pulled.prisma", text)])
    assert validated is not None, str(diagnostics)
    (tmp_path / "pulled.prisma").write_text(text)
    result = lamina(tmp_path, "migrate", "diff", "--from-url", mysql_url, "--to-schema-datamodel", "pulled.prisma",
                    "--exit-code")
    assert (result.code, result.out) == (0, "No difference detected.\n\n\n"), result.text


def test_partitioned_table_is_documented_and_warned(tmp_path: Path, mysql_url: str) -> None:
    run(mysql_url, "CREATE TABLE `blocks` (id INT NOT NULL AUTO_INCREMENT, PRIMARY KEY (id)) "
                   "PARTITION BY HASH (id) PARTITIONS 2")
    write_schema(tmp_path, "mysql", mysql_url, "")
    result = lamina(tmp_path, "db", "pull", "--print")
    assert result.code == 0, result.text
    assert pulled_models(result.out) == (
        "/// This table is a partition table and requires additional setup for migrations. "
        "Visit https://pris.ly/d/partition-tables for more info.\n"
        "model blocks {\n  id Int @id @default(autoincrement())\n}\n")
    assert "// These tables are partition tables, which are not yet fully supported:\n//   - \"blocks\"\n" \
        in result.err
