"""A description that reuses an earlier one (`describe_postgres(known=, changed=)`, as `migrate dev` reads the
database after applying its migration, for down.sql): for every PostgreSQL change case, the tables the
migration's steps change (diffing/touched.py) are read again and the rest taken from the description before;
the result must equal a full description, table order and comments included."""

from __future__ import annotations

from pathlib import Path

import psycopg
import pytest

from lamina.dialects import DIALECTS
from lamina.dialects.postgres.describe import describe_postgres
from lamina.diffing.differ import diff_schemas
from lamina.diffing.script import render_script
from lamina.diffing.steps import AddForeignKey, AlterTable, CreateExtension, CreateIndex, CreateSchema
from lamina.diffing.touched import tables_changed_by
from lamina.schema.model import (
    Column,
    ColumnType,
    Enum,
    ForeignKey,
    Index,
    IndexColumn,
    SqlSchema,
    Table,
)
from tests.diff.test_migration_cases import prisma_quote_bug, url_schema
from tests.diff.test_roundtrip import CASES, HAND_MADE_EXTENSIONS, UNRUNNABLE, case_schema

PG_CASES = sorted(case.name for case in CASES.iterdir()
                  if (case / "postgresql.sql").exists() and (case / "before.prisma").exists()
                  and url_schema(case) is None)
# Steps beyond the tables and enums of the default schema: the description is read in full instead.
BEYOND_TABLES = (CreateSchema, CreateExtension)


def full_picture(schema: SqlSchema) -> tuple:
    """Equality of the schemas plus what equality leaves out: table order and comments."""
    return (schema, [(t.namespace, t.name, t.comment, [c.comment for c in t.columns]) for t in schema.tables],
            [(e.name, e.comment) for e in schema.enums])


@pytest.mark.parametrize("case", PG_CASES)
def test_reused_description_equals_a_full_one(case: str, postgres_url: str) -> None:
    if (case, "postgresql") in UNRUNNABLE or prisma_quote_bug(CASES / case):
        pytest.skip("the case's migration does not run on PostgreSQL")
    dialect = DIALECTS["postgresql"]
    before, after = case_schema(case, "postgresql", "before"), case_schema(case, "postgresql")
    if before.namespaces or after.namespaces:
        pytest.skip("several schemas: migrate dev describes in full")
    with psycopg.connect(postgres_url, autocommit=True) as conn:
        for extension in HAND_MADE_EXTENSIONS:
            conn.execute(f'CREATE EXTENSION IF NOT EXISTS "{extension}"')
        conn.execute(render_script(diff_schemas(describe_postgres(conn), before, dialect), dialect) or "SELECT 1")
        for table in before.tables[:1]:  # a comment on an untouched table must survive reuse as well
            conn.execute(f'COMMENT ON TABLE "{table.name}" IS \'kept\'')
        known = describe_postgres(conn)
        steps = diff_schemas(known, after, dialect)
        script = render_script(steps, dialect)
        if script.strip():
            conn.execute(script)
        changed = tables_changed_by(steps, known)
        full = describe_postgres(conn)
        if changed is None:
            assert any(isinstance(step, BEYOND_TABLES) for step in steps), steps
            return
        reused = describe_postgres(conn, known=known, changed=changed)
    assert full_picture(reused) == full_picture(full)


def test_an_untouched_table_is_not_read_again(postgres_url: str) -> None:
    """The reuse is real: a table left out of `changed` keeps its earlier description even when the
    database changed it behind the steps' back (what `migrate dev` never does between the two reads)."""
    with psycopg.connect(postgres_url, autocommit=True) as conn:
        conn.execute('CREATE TABLE "A" ("id" INTEGER PRIMARY KEY); CREATE TABLE "B" ("id" INTEGER PRIMARY KEY)')
        known = describe_postgres(conn)
        conn.execute('ALTER TABLE "A" ADD COLUMN "x" TEXT; ALTER TABLE "B" ADD COLUMN "y" TEXT')
        conn.execute('CREATE TABLE "C" ("id" INTEGER PRIMARY KEY)')
        reused = describe_postgres(conn, known=known, changed={"B"})
    tables = {t.name: [c.name for c in t.columns] for t in reused.tables}
    assert tables == {"A": ["id"], "B": ["id", "y"], "C": ["id"]}  # C: unknown before, so read


def _table(name: str, *columns: Column, fks: tuple[ForeignKey, ...] = ()) -> Table:
    return Table(name, columns or (Column("id", ColumnType("Int", "INTEGER")),), foreign_keys=fks)


def test_changed_tables_take_in_foreign_key_referrers_and_enum_users() -> None:
    status = Column("status", ColumnType("Enum", "Status"))
    before = SqlSchema(tables=(
        _table("User"),
        _table("Post", fks=(ForeignKey("Post_userId_fkey", ("userId",), "User", ("id",)),)),
        _table("Task", status),
        _table("Alone"),
    ), enums=(Enum("Status", ("open",)),))
    user = before.tables[0]
    altered = AlterTable(user, user, ())
    assert tables_changed_by([altered], before) == {"User", "Post"}
    grown = Enum("Status", ("open", "closed"))
    from lamina.diffing.steps import AlterEnum

    assert tables_changed_by([AlterEnum(before.enums[0], grown, ("closed",), ())], before) == {"Task"}
    index = CreateIndex(before.tables[3], Index("Alone_id_idx", "normal", (IndexColumn("id"),)))
    assert tables_changed_by([index], before) == {"Alone"}
    fk = AddForeignKey(before.tables[3], ForeignKey("Alone_id_fkey", ("id",), "User", ("id",)))
    assert tables_changed_by([fk], before) == {"Alone"}


def test_steps_beyond_tables_mean_a_full_description() -> None:
    before = SqlSchema(tables=(_table("User"),))
    assert tables_changed_by([CreateExtension("citext")], before) is None
    assert tables_changed_by([CreateSchema("audit")], before) is None
    elsewhere = Table("Log", (Column("id", ColumnType("Int", "INTEGER")),), namespace="audit")
    assert tables_changed_by([AlterTable(elsewhere, elsewhere, ())], before) is None
    assert tables_changed_by([object()], before) is None
