"""Current-time defaults on PostgreSQL and SQLite, compared by what they store
(dialects/postgres/defaults.py, dialects/sqlite/defaults.py).

Prisma reads `now()` / `CURRENT_TIMESTAMP` back as `now()` and never finds it equal to a schema's
`dbgenerated("now()")`, so every migration repeats the default (prisma/prisma#12574, #25477); lamina
deliberately differs. Each case creates the database from one field with lamina's SQL and diffs it
against another: equal meanings give no step, different ones a change that, applied, leaves
nothing to diff. tests/mysql/test_current_time_defaults.py holds the MySQL side.
"""

from __future__ import annotations

import pytest

from lamina.dialects import DIALECTS
from lamina.diffing.differ import diff_schemas
from lamina.diffing.script import render_script
from lamina.engine.connection import connect
from lamina.engine.describe import describe_database
from lamina.engine.urls import parse_database_url
from lamina.psl import SourceFile, check_schema
from lamina.schema.calculate import calculate_sql_schema
from lamina.schema.model import EMPTY_SCHEMA


def calculated(provider: str, field: str):
    source = f'datasource db {{\n  provider = "{provider}"\n}}\n\nmodel T {{\n  id Int @id\n  at {field}\n}}\n'
    validated, diagnostics = check_schema([SourceFile("schema.prisma", source)])
    assert validated is not None, diagnostics
    return calculate_sql_schema(validated)


def check(url: str, provider: str, database: str, schema: str, same: bool) -> None:
    dialect = DIALECTS[provider]
    with connect(parse_database_url(url)) as conn:
        conn.execute_script(render_script(diff_schemas(EMPTY_SCHEMA, calculated(provider, database), dialect), dialect))
        after = calculated(provider, schema)
        steps = diff_schemas(describe_database(conn), after, dialect)
        assert (not steps) is same, render_script(steps, dialect)
        if not same:
            conn.execute_script(render_script(steps, dialect))
            steps = diff_schemas(describe_database(conn), after, dialect)
            assert not steps, render_script(steps, dialect)


NOW = "DateTime @default(now())"


@pytest.mark.parametrize(("database", "schema", "same"), [
    ('DateTime @default(dbgenerated("now()"))', 'DateTime @default(dbgenerated("now()"))', True),
    ('DateTime @default(dbgenerated("CURRENT_TIMESTAMP"))', 'DateTime @default(dbgenerated("CURRENT_TIMESTAMP"))',
     True),
    (NOW, 'DateTime @default(dbgenerated("now()"))', True),
    (NOW, 'DateTime @default(dbgenerated("transaction_timestamp()"))', True),
    ('DateTime @default(dbgenerated("now()")) @db.Timestamptz(6)', "DateTime @default(now()) @db.Timestamptz(6)",
     True),
    ('DateTime @default(dbgenerated("CURRENT_TIMESTAMP(3)"))', 'DateTime @default(dbgenerated("now()"))', True),
    ('DateTime @default(dbgenerated("CURRENT_TIMESTAMP(6)")) @db.Timestamp(3)', NOW, True),
    # Other values: rounded to fewer digits first, the local time, the statement's time.
    ('DateTime @default(dbgenerated("CURRENT_TIMESTAMP(0)"))', 'DateTime @default(dbgenerated("now()"))', False),
    ('DateTime @default(dbgenerated("LOCALTIMESTAMP"))', 'DateTime @default(dbgenerated("now()"))', False),
    (NOW, 'DateTime @default(dbgenerated("statement_timestamp()"))', False),
])
def test_postgres_current_time_defaults_by_meaning(postgres_url: str, database: str, schema: str, same: bool) -> None:
    check(postgres_url, "postgresql", database, schema, same)


@pytest.mark.parametrize(("database", "schema", "same"), [
    ('DateTime @default(dbgenerated("CURRENT_TIMESTAMP"))', 'DateTime @default(dbgenerated("CURRENT_TIMESTAMP"))',
     True),
    (NOW, 'DateTime @default(dbgenerated("CURRENT_TIMESTAMP"))', True),
    ('DateTime @default(dbgenerated("(datetime(\'now\'))"))', 'DateTime @default(dbgenerated("CURRENT_TIMESTAMP"))',
     True),
    ('DateTime @default(dbgenerated("(datetime(\'now\', \'localtime\'))"))',
     'DateTime @default(dbgenerated("CURRENT_TIMESTAMP"))', False),
])
def test_sqlite_current_time_defaults_by_meaning(sqlite_url: str, database: str, schema: str, same: bool) -> None:
    check(sqlite_url, "sqlite", database, schema, same)
