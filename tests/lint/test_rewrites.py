"""lamina.lint.types.rewrites_table against a real server: a rewrite gives the table a new relfilenode."""

from __future__ import annotations

import psycopg
import pglast
import pytest

from lamina.lint.types import rewrites_table, sql_type

PAIRS = [
    ("VARCHAR(10)", "VARCHAR(20)"), ("VARCHAR(20)", "VARCHAR(10)"), ("VARCHAR(10)", "TEXT"), ("TEXT", "VARCHAR"),
    ("TEXT", "VARCHAR(10)"), ("VARCHAR(10)", "VARCHAR"), ("INTEGER", "BIGINT"), ("BIGINT", "INTEGER"),
    ("INTEGER", "TEXT"), ("DECIMAL(10,2)", "DECIMAL(12,2)"), ("DECIMAL(10,2)", "DECIMAL(12,3)"),
    ("DECIMAL(10,2)", "DECIMAL"), ("TIMESTAMP(3)", "TIMESTAMP(6)"), ("TIMESTAMP(3)", "TIMESTAMP"),
    ("TIMESTAMP(6)", "TIMESTAMP(3)"), ("TIMESTAMP(3)", "TIMESTAMPTZ(3)"), ("TIME(3)", "TIME(6)"),
    ("CHAR(5)", "VARCHAR"), ("CHAR(5)", "TEXT"), ("CHAR(5)", "CHAR(10)"), ("XML", "TEXT"), ("JSON", "JSONB"),
    ("TEXT[]", "VARCHAR[]"), ("BIT(3)", "VARBIT"), ("VARBIT(3)", "VARBIT(5)"), ("UUID", "TEXT"),
    ("BOOLEAN", "TEXT"), ("DOUBLE PRECISION", "REAL"),
]


def _type(text: str):
    return sql_type(pglast.parse_sql(f"CREATE TABLE t (c {text})")[0].stmt.tableElts[0].typeName)


@pytest.mark.postgres
def test_rewrite_table_matches_postgresql(postgres_url: str) -> None:
    wrong = []
    with psycopg.connect(postgres_url, autocommit=True) as conn:
        for before, after in PAIRS:
            conn.execute("DROP TABLE IF EXISTS t")
            conn.execute(f"CREATE TABLE t (c {before})")
            file = conn.execute("SELECT relfilenode FROM pg_class WHERE relname = 't'").fetchone()[0]
            conn.execute(f"ALTER TABLE t ALTER COLUMN c TYPE {after}")
            rewritten = conn.execute("SELECT relfilenode FROM pg_class WHERE relname = 't'").fetchone()[0] != file
            if rewrites_table(_type(before), _type(after), has_using=False) != rewritten:
                wrong.append(f"{before} → {after}: PostgreSQL {'rewrites' if rewritten else 'keeps'} the table")
    assert wrong == []


@pytest.mark.postgres
def test_a_constant_default_keeps_the_table(postgres_url: str) -> None:
    """What volatile-default relies on (PostgreSQL 11+): `DEFAULT -1` is stored once, no rewrite."""
    with psycopg.connect(postgres_url, autocommit=True) as conn:
        conn.execute("CREATE TABLE t (a INTEGER); INSERT INTO t SELECT generate_series(1, 100)")
        file = conn.execute("SELECT relfilenode FROM pg_class WHERE relname = 't'").fetchone()[0]
        conn.execute("ALTER TABLE t ADD COLUMN b INTEGER NOT NULL DEFAULT -1")
        assert conn.execute("SELECT relfilenode FROM pg_class WHERE relname = 't'").fetchone()[0] == file
        conn.execute("ALTER TABLE t ADD COLUMN u UUID NOT NULL DEFAULT gen_random_uuid()")
        assert conn.execute("SELECT relfilenode FROM pg_class WHERE relname = 't'").fetchone()[0] != file
