"""Apply, describe, re-diff: the SQL lamina renders for a schema, run on a real database and
described back, must diff to nothing against the calculated schema (PostgreSQL and SQLite)."""

from __future__ import annotations

import difflib
import sqlite3
from pathlib import Path

import psycopg
import pytest

from lamina.dialects import DIALECTS
from lamina.dialects.postgres.describe import describe_postgres
from lamina.dialects.sqlite.describe import describe_sqlite
from lamina.diffing.differ import diff_schemas
from lamina.diffing.safety import check_steps
from lamina.diffing.script import render_script
from lamina.psl import SourceFile, check_schema, read_schema_files
from lamina.schema.calculate import calculate_sql_schema
from lamina.schema.model import EMPTY_SCHEMA, SqlSchema
from tests.diff.test_migration_cases import datasource_block, prisma_quote_bug, url_schema

CASES = Path(__file__).resolve().parents[1] / "migrations"
GOLDENS = Path(__file__).resolve().parents[1] / "calculate" / "goldens"
CASE_PARAMS = sorted((case.name, provider) for case in CASES.iterdir() for provider in ("postgresql", "sqlite")
                     if (case / f"{provider}.sql").exists())
# Prisma's SQL for these `after` schemas (which lamina writes too) does not give the schema back
# once run and described.
BROKEN_BY_PRISMA = {
    ("defaults_of_every_kind", "sqlite"): "Prisma writes SQLite JSON defaults unquoted: DEFAULT {...}",
}
# Prisma's SQL runs but does not converge: described back, the database still differs from the
# schema, and the real engine proposes this step again (`prisma migrate diff --from-url DB
# --to-schema after`, tests/diff/test_oracle_rediff.py). lamina must propose exactly the same.
RESIDUE = {
    # PostgreSQL stores the expression `2 + 2` as `(2 + 2)`; dbgenerated texts compare verbatim.
    ("default_dbgenerated_changed", "postgresql"):
        '-- AlterTable\nALTER TABLE "User" ALTER COLUMN "v" SET DEFAULT 2 + 2;',
    # PostgreSQL stores the object form's `"rank" = -1` as `(rank = '-1'::integer)`, which does not
    # parse as the same expression: Prisma recreates the index on every diff (checked with the oracle).
    ("partial_index_object_form", "postgresql"):
        '-- DropIndex\nDROP INDEX "Task_state_idx";\n\n-- CreateIndex\nCREATE INDEX "Task_state_idx" ON "Task"("state") '
        """WHERE ("state" != 'it''s archived' AND "done_at" IS NOT NULL AND "rank" = -1 AND "weight" = 1.50);""",
    # `@db.Char` renders CHAR, which PostgreSQL stores as CHAR(1); CHAR(1) → CHAR is a safe cast.
    ("native_types_from_scratch", "postgresql"):
        '-- AlterTable\nALTER TABLE "Native" ALTER COLUMN "ch" SET DATA TYPE CHAR;',
}
HAND_MADE_EXTENSIONS = ("citext", "pg_trgm")
# Corpus schemas that cannot be created on this machine's PostgreSQL.
UNAVAILABLE = {"formbricks": "needs the pgvector extension"}


def case_schema(case: str, provider: str, which: str = "after") -> SqlSchema:
    text = datasource_block(CASES / case, provider) + (CASES / case / f"{which}.prisma").read_text()
    validated, diagnostics = check_schema([SourceFile(f"{which}.prisma", text)])
    assert validated is not None, diagnostics
    return calculate_sql_schema(validated)


def apply_and_describe(schema: SqlSchema | str, provider: str, postgres_url: str | None, tmp_path: Path,
                       namespaces: tuple[str, ...] = (), default_schema: str = "public") -> SqlSchema:
    """Create `schema` (or run the SQL script given instead) on a fresh database, describe it
    (`default_schema`: the connection's schema, as a URL's `?schema=` sets it)."""
    dialect = DIALECTS[provider]
    script = schema if isinstance(schema, str) else render_script(diff_schemas(EMPTY_SCHEMA, schema, dialect), dialect)
    if provider == "postgresql":
        with psycopg.connect(postgres_url, autocommit=True) as conn:
            for extension in HAND_MADE_EXTENSIONS:  # corpus projects create these by hand
                conn.execute(f'CREATE EXTENSION IF NOT EXISTS "{extension}"')
            if default_schema != "public":
                conn.execute(f'CREATE SCHEMA "{default_schema}"')
                conn.execute(f'SET search_path TO "{default_schema}"')
            conn.execute(script)
            return describe_postgres(conn, (default_schema, *namespaces))
    with sqlite3.connect(tmp_path / "dev.db") as conn:
        conn.executescript(script)
        return describe_sqlite(conn)


def assert_no_difference(described: SqlSchema, calculated: SqlSchema, provider: str,
                         residue: str | None = None) -> None:
    """No step from the described database to the calculated schema (or exactly `residue`)."""
    dialect = DIALECTS[provider]
    steps = diff_schemas(described, calculated, dialect)
    if residue is not None:
        assert render_script(steps, dialect).strip() == residue
        return
    assert steps == [], render_script(steps, dialect)


@pytest.mark.parametrize(("case", "provider"), CASE_PARAMS, ids=[f"{c}-{p}" for c, p in CASE_PARAMS])
def test_migration_case_target_round_trips(case: str, provider: str, request: pytest.FixtureRequest,
                                           tmp_path: Path) -> None:
    if (case, provider) in BROKEN_BY_PRISMA:
        pytest.xfail(BROKEN_BY_PRISMA[(case, provider)])
    url = request.getfixturevalue("postgres_url") if provider == "postgresql" else None
    calculated = case_schema(case, provider)
    described = apply_and_describe(calculated, provider, url, tmp_path, calculated.namespaces)
    assert_no_difference(described, calculated, provider, RESIDUE.get((case, provider)))


@pytest.mark.parametrize("entry", sorted(p.stem for p in GOLDENS.glob("*.sql") if "." not in p.stem))
def test_corpus_schema_round_trips(entry: str, corpus: Path, request: pytest.FixtureRequest, tmp_path: Path) -> None:
    if entry in UNAVAILABLE:
        pytest.skip(UNAVAILABLE[entry])
    root = corpus / entry
    validated, diagnostics = check_schema(read_schema_files(
        root / "schema.prisma" if (root / "schema.prisma").exists() else root / "schema"))
    assert validated is not None, diagnostics
    provider = validated.provider
    url = request.getfixturevalue("postgres_url") if provider == "postgresql" else None
    calculated = calculate_sql_schema(validated)
    assert_no_difference(apply_and_describe(calculated, provider, url, tmp_path), calculated, provider)


@pytest.mark.parametrize(("case", "provider"), CASE_PARAMS, ids=[f"{c}-{p}" for c, p in CASE_PARAMS])
def test_migration_case_from_described_database(case: str, provider: str, request: pytest.FixtureRequest,
                                                tmp_path: Path) -> None:
    """The `migrate dev` walk: the database holds `before` (created from lamina's SQL), it is
    described, and the diff to the calculated `after` renders Prisma's migration.sql."""
    if reason := prisma_quote_bug(CASES / case):
        pytest.xfail(reason)
    url = request.getfixturevalue("postgres_url") if provider == "postgresql" else None
    dialect = DIALECTS[provider]
    after = case_schema(case, provider)
    raw_before = CASES / case / f"before.{provider}.sql"
    before = raw_before.read_text() if raw_before.exists() else case_schema(case, provider, "before")
    described = apply_and_describe(before, provider, url, tmp_path, after.namespaces,
                                   url_schema(CASES / case) or "public")
    steps = diff_schemas(described, after, dialect)
    report = check_steps(steps, described, after, dialect, None)
    actual = render_script(steps, dialect, report.warnings, report.unexecutable)
    expected = (CASES / case / f"{provider}.sql").read_text()
    if actual != expected:
        diff = difflib.unified_diff(expected.splitlines(), actual.splitlines(), "prisma", "lamina", lineterm="")
        pytest.fail("\n".join(diff))


# Migrations Prisma writes that PostgreSQL/SQLite refuse to run, or whose `after` cannot be described
# back (BROKEN_BY_PRISMA); lamina writes the same.
UNRUNNABLE = {
    ("primary_key_type_change", "postgresql"): "ALTER COLUMN ... SET DATA TYPE BIGSERIAL",
    ("defaults_of_every_kind", "sqlite"): "JSON default written unquoted",
    ("enum_value_added_and_used", "postgresql"):
        "a new enum value used in the transaction that adds it (55P04): migrate dev writes it as two "
        "migrations (tests/cli/test_enum_values_first.py)",
}


@pytest.mark.parametrize(("case", "provider"), CASE_PARAMS, ids=[f"{c}-{p}" for c, p in CASE_PARAMS])
def test_migration_case_applies_and_rediffs_to_nothing(case: str, provider: str, request: pytest.FixtureRequest,
                                                      tmp_path: Path) -> None:
    """Apply, then re-diff: the database holding `before`, migrated with lamina's migration.sql,
    describes as exactly `after`."""
    if (case, provider) in UNRUNNABLE:
        pytest.xfail(UNRUNNABLE[(case, provider)])
    url = request.getfixturevalue("postgres_url") if provider == "postgresql" else None
    dialect = DIALECTS[provider]
    after = case_schema(case, provider)
    raw_before = CASES / case / f"before.{provider}.sql"
    before = raw_before.read_text() if raw_before.exists() else case_schema(case, provider, "before")
    described = apply_and_describe(before, provider, url, tmp_path, after.namespaces)
    script = render_script(diff_schemas(described, after, dialect), dialect)
    if provider == "postgresql":
        with psycopg.connect(url, autocommit=True) as conn:
            conn.execute(script)
            migrated = describe_postgres(conn, ("public", *after.namespaces))
    else:
        with sqlite3.connect(tmp_path / "dev.db") as conn:
            conn.executescript(script)
            migrated = describe_sqlite(conn)
    assert_no_difference(migrated, after, provider, RESIDUE.get((case, provider)))
