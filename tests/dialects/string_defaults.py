"""The canary round trip of string defaults, shared by tests/dialects/test_string_literals.py and
tests/mysql/test_string_literals.py: a table `Canary` holding a row, then a table `T` whose string
defaults and enum value are the given texts, created with lamina's SQL. The canary and its row must
survive, a row inserted with the defaults must hold exactly the texts, and the database must
describe back to the schema (apply, then re-diff empty)."""

from __future__ import annotations

import json

from lamina.dialects import connected_dialect
from lamina.diffing.differ import diff_schemas
from lamina.diffing.script import render_script
from lamina.engine.connection import connect
from lamina.engine.describe import describe_database
from lamina.engine.urls import parse_database_url
from lamina.psl import SourceFile, check_schema
from lamina.schema.calculate import calculate_sql_schema


def schema_source(provider: str, defaults: list[str], enum_value: str) -> str:
    fields = "".join(f"  v{i} String @default({json.dumps(v)})\n" for i, v in enumerate(defaults))
    return (f'datasource db {{\n  provider = "{provider}"\n}}\n\n'  # PSL strings take JSON's escapes
            "model Canary {\n  id Int @id\n}\n\n"
            f"model T {{\n  id Int @id\n{fields}  e E @default(A)\n  last String @default(\"last\")\n}}\n\n"
            f"enum E {{\n  A @map({json.dumps(enum_value)})\n  B @map(\"b\")\n}}\n")


def calculated(source: str):
    validated, diagnostics = check_schema([SourceFile("schema.prisma", source)])
    assert validated is not None, diagnostics
    return calculate_sql_schema(validated)


def check_round_trip(url: str, provider: str, defaults: list[str], enum_value: str) -> None:
    after = calculated(schema_source(provider, defaults, enum_value))
    q = "`" if provider == "mysql" else '"'
    with connect(parse_database_url(url)) as conn:
        dialect = connected_dialect(conn)
        for table in ("T", "Canary"):
            conn.execute(f"DROP TABLE IF EXISTS {q}{table}{q}")
        if provider == "postgresql":
            conn.execute('DROP TYPE IF EXISTS "E"')
        conn.execute(f"CREATE TABLE {q}Canary{q} ({q}id{q} INTEGER NOT NULL PRIMARY KEY)")
        conn.execute(f"INSERT INTO {q}Canary{q} VALUES (7)")

        conn.execute_script(render_script(diff_schemas(describe_database(conn), after, dialect), dialect))

        assert conn.query(f"SELECT {q}id{q} FROM {q}Canary{q}") == [(7,)]
        conn.execute(f"INSERT INTO {q}T{q} ({q}id{q}) VALUES (1)")
        columns = ", ".join(f"{q}{name}{q}" for name in [*(f"v{i}" for i in range(len(defaults))), "e", "last"])
        assert list(conn.query(f"SELECT {columns} FROM {q}T{q}")[0]) == [*defaults, enum_value, "last"]
        steps = diff_schemas(describe_database(conn), after, dialect)
        assert not steps, render_script(steps, dialect)
