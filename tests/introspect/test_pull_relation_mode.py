"""`relationMode = "prisma"` on MySQL/MariaDB, where the oracle cannot run: the relation fields
`db pull` copies from the existing schema, and its warning, are the ones the real CLI copied on
PostgreSQL and SQLite for the same schema (goldens/relationmode.*), since Prisma reads no foreign
key in that mode, whatever the provider."""

from __future__ import annotations

import re
from pathlib import Path
from urllib.parse import urlsplit

import pymysql

from lamina.psl.ast import SourceFile
from lamina.psl.load import check_schema
from tests.cli.helpers import lamina

HERE = Path(__file__).parent


def _relation_fields(text: str) -> dict[str, list[tuple]]:
    validated, diagnostics = check_schema([SourceFile("schema.prisma", text)])
    assert validated is not None and not diagnostics.errors, diagnostics
    return {m.name: [(f.name, f.related_model, f.arity, f.explicit_name, f.fields, f.references, f.on_delete,
                      f.on_update, f.map, f.is_ignored) for f in m.relation_fields] for m in validated.models}


def test_mysql_pull_copies_the_relations_of_the_existing_schema(mysql_url: str, tmp_path: Path) -> None:
    existing = (HERE / "cases" / "relationmode.postgresql.prisma").read_text().replace('"postgresql"', '"mysql"')
    without_gone = re.sub(r"\nmodel Gone \{.*?\n\}\n", "\n", existing, flags=re.S).replace("  gone     Gone[]\n", "")
    project = tmp_path / "project"
    project.mkdir()
    (project / "schema.prisma").write_text(without_gone)
    pushed = lamina(project, "db", "push", "--schema", "schema.prisma", "--url", mysql_url)
    assert pushed.code == 0, pushed.text
    parts = urlsplit(mysql_url)
    conn = pymysql.connect(host=parts.hostname, port=parts.port or 3306, user=parts.username or "root",
                           password=parts.password or "", database=parts.path.lstrip("/"), autocommit=True)
    try:  # a table the schema does not know, with a real foreign key: not read in this mode
        with conn.cursor() as cursor:
            cursor.execute("CREATE TABLE `Audit` (`id` INTEGER NOT NULL PRIMARY KEY, `userId` INTEGER NOT NULL,"
                           " FOREIGN KEY (`userId`) REFERENCES `User`(`id`))")
    finally:
        conn.close()
    (project / "schema.prisma").write_text(existing)
    pulled = lamina(project, "db", "pull", "--print", "--schema", "schema.prisma", "--url", mysql_url)
    assert pulled.code == 0, pulled.text

    golden = (HERE / "goldens" / "relationmode.postgresql.prisma").read_text()
    assert _relation_fields(pulled.out) == _relation_fields(golden)
    warnings = (HERE / "goldens" / "relationmode.postgresql.warnings").read_text()
    assert pulled.err.strip("\n") == warnings.strip("\n")
