"""Current-time defaults on MariaDB, compared by what they store (dialects/mysql/defaults.py).

Prisma reads `current_timestamp()` back as `now()` and never finds it equal to a schema's
`dbgenerated("CURRENT_TIMESTAMP")`, so every migration repeats a MODIFY for such columns
(prisma/prisma#12574, #11318, #17489); lamina deliberately differs. Each case creates the database
from one field with lamina's SQL and diffs it against another: equal meanings give no step,
different ones a default change that, applied, leaves nothing to diff.
"""

from __future__ import annotations

import pytest

from lamina.dialects import DIALECTS, connected_dialect
from lamina.dialects.mysql import MARIADB
from lamina.diffing.differ import diff_schemas
from lamina.diffing.script import render_script
from lamina.diffing.steps import AlterColumn, AlterTable
from lamina.engine.connection import connect
from lamina.engine.describe import describe_database
from lamina.engine.urls import parse_database_url
from lamina.psl import SourceFile, check_schema
from lamina.schema.calculate import calculate_sql_schema
from lamina.schema.model import EMPTY_SCHEMA

TIMESTAMP = 'DateTime? @default(dbgenerated("CURRENT_TIMESTAMP")) @db.Timestamp'
LITERAL = "DateTime? @default(dbgenerated(\"'2020-01-01 00:00:00'\")) @db.Timestamp"
ON_UPDATE_3 = 'DateTime @default(dbgenerated("CURRENT_TIMESTAMP(3) ON UPDATE CURRENT_TIMESTAMP(3)")) @db.DateTime(3)'

CASES = [
    # (field the database is created from, field of the schema, same meaning)
    (TIMESTAMP, TIMESTAMP, True),  # evolution-api-mysql, prisma#12574
    ('DateTime? @default(dbgenerated("CURRENT_TIMESTAMP")) @db.Timestamp(0)',
     'DateTime? @default(dbgenerated("CURRENT_TIMESTAMP")) @db.Timestamp(0)', True),
    ('DateTime @default(dbgenerated("CURRENT_TIMESTAMP()")) @db.DateTime(0)',
     'DateTime @default(dbgenerated("now()")) @db.DateTime(0)', True),
    ("DateTime @default(now()) @db.Timestamp(0)", TIMESTAMP.replace("?", ""), True),
    ("DateTime @default(now())", 'DateTime @default(dbgenerated("CURRENT_TIMESTAMP(3)"))', True),
    ("DateTime @default(now())", 'DateTime @default(dbgenerated("NOW(3)"))', True),
    ("DateTime @default(now())", 'DateTime @default(dbgenerated("localtimestamp(3)"))', True),
    (ON_UPDATE_3, ON_UPDATE_3, True),  # prisma#11318
    ('DateTime @default(dbgenerated("CURRENT_TIMESTAMP(6) ON UPDATE CURRENT_TIMESTAMP(6)")) @db.DateTime(6)',
     'DateTime @default(dbgenerated("CURRENT_TIMESTAMP(6) ON UPDATE CURRENT_TIMESTAMP(6)")) @db.DateTime(6)',
     True),  # prisma#17489
    ('DateTime @default(dbgenerated("LOCALTIMESTAMP")) @db.DateTime', 'DateTime @default(now()) @db.DateTime(0)',
     True),
    # Different values: fewer digits, no ON UPDATE, a literal.
    ('DateTime @default(dbgenerated("CURRENT_TIMESTAMP(3)")) @db.DateTime(6)',
     'DateTime @default(dbgenerated("CURRENT_TIMESTAMP(6)")) @db.DateTime(6)', False),
    (ON_UPDATE_3, 'DateTime @default(dbgenerated("CURRENT_TIMESTAMP(3)")) @db.DateTime(3)', False),
    ('DateTime @default(dbgenerated("CURRENT_TIMESTAMP(3)")) @db.DateTime(3)', ON_UPDATE_3, False),
    (TIMESTAMP, LITERAL, False),
    # A literal DATETIME default is described as a value; `db pull` writes it as this expression.
    (LITERAL, LITERAL, True),
    (LITERAL, LITERAL.replace("2020", "2021"), False),
]


def calculated(field: str):
    source = f'datasource db {{\n  provider = "mysql"\n}}\n\nmodel T {{\n  id Int @id\n  at {field}\n}}\n'
    validated, diagnostics = check_schema([SourceFile("schema.prisma", source)])
    assert validated is not None, diagnostics
    return calculate_sql_schema(validated)


@pytest.mark.parametrize(("database", "schema", "same"), CASES)
def test_current_time_defaults_by_meaning(mysql_url: str, database: str, schema: str, same: bool) -> None:
    with connect(parse_database_url(mysql_url)) as conn:
        dialect = connected_dialect(conn)
        conn.execute_script(render_script(diff_schemas(EMPTY_SCHEMA, calculated(database), dialect), dialect))
        after = calculated(schema)
        steps = diff_schemas(describe_database(conn), after, dialect)
        if same:
            assert not steps, render_script(steps, dialect)
            return
        assert [(type(s), [(type(c), c.changes) for c in s.changes]) for s in steps] == [
            (AlterTable, [(AlterColumn, frozenset({"default"}))])], render_script(steps, dialect)
        conn.execute_script(render_script(steps, dialect))
        steps = diff_schemas(describe_database(conn), after, dialect)
        assert not steps, render_script(steps, dialect)


@pytest.mark.parametrize(("before", "after", "mysql", "mariadb"), [
    ("DateTime @default(now())", 'DateTime @default(dbgenerated("CURRENT_TIMESTAMP(3)"))', True, True),
    # MariaDB keeps the column's digits for CURRENT_TIMESTAMP without any; MySQL keeps none (and
    # refuses the pair on a DATETIME(3) column).
    ("DateTime @default(now())", 'DateTime @default(dbgenerated("CURRENT_TIMESTAMP"))', False, True),
    ('DateTime @default(dbgenerated("now(3)"))', 'DateTime @default(dbgenerated("CURRENT_TIMESTAMP(3)"))',
     True, True),
    ("DateTime @default(now())", 'DateTime @default(dbgenerated("(CURRENT_TIMESTAMP(3))"))', True, True),
    ("DateTime @default(now())", 'DateTime @default(dbgenerated("UTC_TIMESTAMP(3)"))', False, False),
    ("DateTime @default(now())", "DateTime @default(now())", True, True),
])
def test_schema_to_schema_current_time_defaults(before: str, after: str, mysql: bool, mariadb: bool) -> None:
    for dialect, same in ((DIALECTS["mysql"], mysql), (MARIADB, mariadb)):
        assert (not diff_schemas(calculated(before), calculated(after), dialect)) is same
