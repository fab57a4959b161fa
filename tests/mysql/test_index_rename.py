"""A renamed index (same columns, new `map:`) on MySQL and MariaDB.

Prisma's MySQL differ renames an index in place (`ALTER TABLE … RENAME INDEX`) unless the connector
connected to MariaDB (or MySQL 5.6): `MysqlSchemaDifferFlavour::can_rename_index` is false for
`Circumstances::IsMariadb`, and the index is redefined instead: the new one created first, then the
old one dropped (`render_drop_and_recreate_index`: a foreign key may rely on the old one). A dialect
that never connected (`migrate diff` between two schemas, or from a migrations folder) renames.
`migrate diff` uses the `from` side's dialect (`diff_cli.rs`), or the `to` side's when `from` is empty.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from lamina.dialects import DIALECTS, connected_dialect, mysql
from lamina.engine.connection import connect
from lamina.engine.urls import parse_database_url
from tests.cli.helpers import lamina, write_schema
from tests.mysql.cases import describe

MODELS = """model User {
  id    Int    @id
  posts Post[]
}

model Post {
  id       Int    @id
  authorId Int
  title    String
  author   User   @relation(fields: [authorId], references: [id])

  @@index([authorId], map: "{author}")
  @@index([title], map: "{title}")
}
"""
BEFORE = MODELS.replace("{author}", "Post_author_old").replace("{title}", "Post_title_old")
AFTER = MODELS.replace("{author}", "Post_author_new").replace("{title}", "Post_title_new")

RENAMED = """-- RenameIndex
ALTER TABLE `Post` RENAME INDEX `Post_author_old` TO `Post_author_new`;

-- RenameIndex
ALTER TABLE `Post` RENAME INDEX `Post_title_old` TO `Post_title_new`;
"""
REDEFINED = """-- RedefineIndex
CREATE INDEX `Post_author_new` ON `Post`(`authorId`);
DROP INDEX `Post_author_old` ON `Post`;

-- RedefineIndex
CREATE INDEX `Post_title_new` ON `Post`(`title`);
DROP INDEX `Post_title_old` ON `Post`;
"""


def server_is_mariadb(url: str) -> bool:
    with connect(parse_database_url(url)) as conn:
        return "mariadb" in str(conn.query("SELECT VERSION()")[0][0]).lower()


@pytest.fixture
def expected_on_server(mysql_url: str) -> str:
    return REDEFINED if server_is_mariadb(mysql_url) else RENAMED


def test_the_server_decides_the_dialect(mysql_url: str) -> None:
    assert mysql.for_server("10.11.6-MariaDB-0+deb12u1") is mysql.MARIADB
    assert not mysql.MARIADB.capabilities.rename_index
    old = mysql.for_server("5.6.51")
    assert old.capabilities.rename_index is False
    assert old.capabilities.rename_column is False  # RENAME COLUMN arrived in MySQL 8.0
    assert old.render is mysql.REDEFINING_INDEXES.render
    assert mysql.for_server("8.0.36") is DIALECTS["mysql"]
    with connect(parse_database_url(mysql_url)) as conn:
        dialect = connected_dialect(conn)
    assert dialect.capabilities.rename_index is not server_is_mariadb(mysql_url)


def test_schema_to_schema_diff_renames(tmp_path: Path, mysql_url: str) -> None:
    (tmp_path / "a.prisma").write_text('datasource db {\n  provider = "mysql"\n}\n\n' + BEFORE)
    (tmp_path / "b.prisma").write_text('datasource db {\n  provider = "mysql"\n}\n\n' + AFTER)
    result = lamina(tmp_path, "migrate", "diff", "--from-schema-datamodel", "a.prisma",
                    "--to-schema-datamodel", "b.prisma", "--script")
    assert result.code == 0, result.text
    assert result.out == RENAMED + "\n\n"


def test_migrate_dev_on_the_server(tmp_path: Path, mysql_url: str, expected_on_server: str) -> None:
    write_schema(tmp_path, "mysql", mysql_url, BEFORE)
    first = lamina(tmp_path, "migrate", "dev", "--name", "init")
    assert first.code == 0, first.text
    write_schema(tmp_path, "mysql", mysql_url, AFTER)
    second = lamina(tmp_path, "migrate", "dev", "--name", "rename")
    assert second.code == 0, second.text
    [folder] = (tmp_path / "prisma" / "migrations").glob("*_rename")
    assert (folder / "migration.sql").read_text() == expected_on_server
    names = {index.name for index in next(t for t in describe(mysql_url).tables if t.name == "Post").indexes}
    assert {"Post_author_new", "Post_title_new"} <= names and not names & {"Post_author_old", "Post_title_old"}
    again = lamina(tmp_path, "migrate", "dev", "--name", "nothing")
    assert again.code == 0 and "Already in sync" in again.out, again.text

    # Towards the database from a schema: the `from` side's dialect, which never connected, renames.
    (tmp_path / "a.prisma").write_text('datasource db {\n  provider = "mysql"\n}\n\n' + BEFORE)
    back = lamina(tmp_path, "migrate", "diff", "--from-schema-datamodel", "a.prisma", "--to-url", mysql_url,
                  "--script")
    assert back.code == 0 and back.out == RENAMED + "\n\n", back.text


def test_diff_from_the_database_uses_its_dialect(tmp_path: Path, mysql_url: str, expected_on_server: str) -> None:
    write_schema(tmp_path, "mysql", mysql_url, BEFORE)
    assert lamina(tmp_path, "db", "push").code == 0
    (tmp_path / "b.prisma").write_text('datasource db {\n  provider = "mysql"\n}\n\n' + AFTER)
    result = lamina(tmp_path, "migrate", "diff", "--from-url", mysql_url, "--to-schema-datamodel", "b.prisma",
                    "--script")
    assert result.code == 0, result.text
    assert result.out == expected_on_server + "\n\n"


def test_db_push_renames_on_the_server(tmp_path: Path, mysql_url: str) -> None:
    write_schema(tmp_path, "mysql", mysql_url, BEFORE)
    assert lamina(tmp_path, "db", "push").code == 0
    write_schema(tmp_path, "mysql", mysql_url, AFTER)
    result = lamina(tmp_path, "db", "push")
    assert result.code == 0, result.text
    assert "Your database is now in sync with your Prisma schema." in result.out
    post = next(t for t in describe(mysql_url).tables if t.name == "Post")
    assert sorted(i.name for i in post.indexes) == ["Post_author_new", "Post_title_new"]
    again = lamina(tmp_path, "db", "push")
    assert "The database is already in sync with the Prisma schema." in again.out, again.text
