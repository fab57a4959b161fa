"""Regenerate tests/migrations/<case>/mysql.sql and mysql.source.txt on a MariaDB/MySQL server.

There is no oracle for MySQL: each golden is lamina's `migrate dev` script (the `before` schema
applied to a fresh database and described, diffed against `after`), reviewed against the sections of
PRISMA-COMPAT.md and the prisma-engines expectations named in mysql.source.txt. Cases whose
schemas are not valid for MySQL (PostgreSQL-only features) get no golden.

    .venv/bin/python scripts/regen_mysql_goldens.py [case ...]
    TEST_MYSQL_URL=mysql://root@127.0.0.1:3306/ (default)
"""

from __future__ import annotations

import os
import sys
import uuid
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

import pymysql  # noqa: E402

from tests.mysql.cases import CASES, calculate, migration_script  # noqa: E402

# Valid PSL for lamina's validator but not for Prisma's on MySQL (index types are PostgreSQL's).
NOT_MYSQL = {"index_types": "@@index(type: Gin/Hash) and ops: are PostgreSQL-only"}
SERVER = os.environ.get("TEST_MYSQL_URL", "mysql://root@127.0.0.1:3306/")
ALWAYS = ("PRISMA-COMPAT §7.1 (MySQL column types), §7.2 (defaults), §7.3 (names, limit 64), "
          "§7.4 (inline indexes), §7.8 (MySQL differences, ALTER renderings), §6.6 (script); "
          "prisma-engines single_migration_tests/mysql/*.prisma, sql_renderer/mysql_renderer.rs")
TOPICS = {
    "enum": "§7.6 (inline ENUM per column, changes = MODIFY); differ flavour/mysql: enum→enum cast",
    "fk": "§7.5 (AddForeignKey with backticks), §6.2 (FK renames = add + drop on MySQL), "
          "§6.3 (MySQL implicit FK indexes are not dropped)",
    "many_to_many": "§7.5 (implicit m-n: _AB_unique and _B_index, no primary key on MySQL)",
    "index": "§7.4 (CREATE INDEX / DROP INDEX `i` ON `T`), §6.2 (index pairing and RenameIndex)",
    "unique": "§7.4, §6.8 (unique constraint warning)",
    "column": "§7.8 (ALTER TABLE ... ADD COLUMN / DROP COLUMN / MODIFY), §6.8 (warnings)",
    "type": "§6.3 (MySQL native-type cast matrix), §7.8 (MODIFY)",
    "pk": "§7.8 (DROP PRIMARY KEY, ADD PRIMARY KEY), §6.8",
    "autoincrement": "§7.1 (AUTO_INCREMENT), §7.8 (MODIFY)",
    "default": "§7.2, §7.8 (MODIFY; only a removed default uses ALTER COLUMN DROP DEFAULT)",
    "escape": "deliberately not Prisma's: string literals escape `\\` as well as `'` (docs/mysql.md)",
}


def topics(case: str) -> list[str]:
    keys = {
        "enum": "enum", "fk": "fk", "relation": "fk", "foreign": "fk", "many_to_many": "many_to_many",
        "index": "index", "unique": "unique", "column": "column", "nullable": "column", "required": "column",
        "type": "type", "varchar": "type", "precision": "type", "pk": "pk", "primary": "pk", "keys": "pk",
        "autoincrement": "autoincrement", "default": "default", "table": "column", "constraint": "fk",
        "escape": "escape",
    }
    return sorted({TOPICS[v] for k, v in keys.items() if k in case})


def admin():
    from urllib.parse import urlsplit

    parts = urlsplit(SERVER)
    return pymysql.connect(host=parts.hostname, port=parts.port or 3306, user=parts.username or "root",
                           password=parts.password or "", autocommit=True)


def main(names: list[str]) -> None:
    cases = [CASES / n for n in names] if names else sorted(p for p in CASES.iterdir() if p.is_dir())
    server = admin()
    for case in cases:
        if not (case / "before.prisma").exists() or case.name in NOT_MYSQL:
            continue
        before, why = calculate(case, "before")
        after, why_after = calculate(case, "after")
        if before is None or after is None:
            print(f"skip {case.name}: not valid for MySQL: {(why or why_after).splitlines()[0][:120]}")
            for name in ("mysql.sql", "mysql.source.txt"):
                (case / name).unlink(missing_ok=True)
            continue
        database = f"lamina_regen_{uuid.uuid4().hex[:8]}"
        with server.cursor() as cursor:
            cursor.execute(f"CREATE DATABASE `{database}`")
        try:
            sql = migration_script(case, SERVER.rstrip("/") + "/" + database)
        finally:
            with server.cursor() as cursor:
                cursor.execute(f"DROP DATABASE IF EXISTS `{database}`")
        (case / "mysql.sql").write_text(sql)
        (case / "mysql.source.txt").write_text("\n".join([ALWAYS, *topics(case.name)]) + "\n")
        print(f"wrote {case.name}")


if __name__ == "__main__":
    main(sys.argv[1:])
