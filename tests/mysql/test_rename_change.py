"""Column renames on servers without RENAME COLUMN (MySQL before 8.0, MariaDB before 10.5.2):
lamina restates the column under its new name with CHANGE. Newer servers run CHANGE too, so the
statement is checked here on the test server: the rows stay and the column keeps its definition."""

from __future__ import annotations

from pathlib import Path
from urllib.parse import urlsplit

import pymysql
import pytest

from lamina.dialects.mysql import for_server
from lamina.dialects.renames import with_renames
from lamina.diffing.differ import diff_schemas
from lamina.diffing.renames import RenameColumn, plan_renames
from lamina.diffing.script import render_script
from lamina.psl import SourceFile, check_schema
from lamina.schema.calculate import calculate_sql_schema
from tests.cli.helpers import lamina, write_schema

BEFORE = 'model User {\n  id    Int    @id @default(autoincrement())\n  email String @default("none") @db.VarChar(80)\n}\n'
AFTER = BEFORE.replace("email String", "mail  String")


@pytest.mark.parametrize(("version", "knows_rename_column"), [
    ("5.7.44", False), ("8.0.36", True), ("5.6.51", False),
    ("10.4.32-MariaDB", False), ("10.5.2-MariaDB", True), ("10.11.6-MariaDB-0+deb12u1", True),
])
def test_which_servers_know_rename_column(version: str, knows_rename_column: bool) -> None:
    assert for_server(version).capabilities.rename_column is knows_rename_column


def calculated(models: str):
    validated, diagnostics = check_schema([SourceFile("schema.prisma", 'datasource db {\n  provider = "mysql"\n}\n\n' + models)])
    assert validated is not None, diagnostics
    return calculate_sql_schema(validated)


def test_old_server_rename_is_a_change_that_keeps_rows_and_definition(tmp_path: Path, mysql_url: str) -> None:
    write_schema(tmp_path, "mysql", mysql_url, BEFORE)
    assert lamina(tmp_path, "migrate", "dev", "--name", "init").code == 0
    dialect = for_server("5.7.44")
    before, after = calculated(BEFORE), calculated(AFTER)
    renames = [RenameColumn(None, "User", "email", "mail")]
    plan = plan_renames(before, after, renames, dialect.capabilities)
    script = render_script([*plan.steps, *diff_schemas(plan.before, after, dialect)], with_renames(dialect))
    assert script == ("-- RenameColumn\n"
                      "ALTER TABLE `User` CHANGE `email` `mail` VARCHAR(80) NOT NULL DEFAULT 'none';\n")
    parts = urlsplit(mysql_url)
    conn = pymysql.connect(host=parts.hostname, port=parts.port or 3306, user=parts.username or "root",
                           password=parts.password or "", database=parts.path.lstrip("/"), autocommit=True)
    try:
        with conn.cursor() as cursor:
            cursor.execute("INSERT INTO `User` (email) VALUES ('a@x'), ('b@x')")
            cursor.execute(script)
            while cursor.nextset():
                pass
            cursor.execute("SELECT mail FROM `User` ORDER BY id")
            assert cursor.fetchall() == (("a@x",), ("b@x",))
            cursor.execute("SHOW COLUMNS FROM `User` LIKE 'mail'")
            (_, column_type, nullable, _, default, _) = cursor.fetchone()
            assert (column_type, nullable, default) == ("varchar(80)", "NO", "none")
    finally:
        conn.close()
    # The history and the renamed database agree with the schema that names the field `mail`.
    write_schema(tmp_path, "mysql", mysql_url, AFTER)
    status = lamina(tmp_path, "migrate", "diff", "--from-url", mysql_url, "--to-schema", "prisma/schema.prisma",
                    "--exit-code")
    assert status.code == 0, status.text
