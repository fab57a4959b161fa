"""Partial index predicates read back from PostgreSQL against the schema's `where: raw(...)`: lamina
recreates the index exactly when Prisma does (tests/diff/partial_index_predicates.tsv, verdicts from
the real engine by scripts/regen_predicate_goldens.py)."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import psycopg
import pytest

from lamina.dialects import DIALECTS
from lamina.dialects.postgres.describe import describe_postgres
from lamina.dialects.sqlite.describe import describe_sqlite
from lamina.diffing.differ import diff_schemas
from lamina.diffing.predicates import predicates_match
from lamina.psl import SourceFile, check_schema
from lamina.schema.calculate import calculate_sql_schema
from lamina.diffing.script import render_script
from scripts.regen_predicate_goldens import MODEL, TABLE, psl_string
from tests.diff.test_roundtrip import apply_and_describe, assert_no_difference, case_schema

MIGRATIONS = Path(__file__).resolve().parents[1] / "migrations"
DIFF_CASES = sorted((golden.parent.name, golden.name.split(".")[0]) for golden in MIGRATIONS.glob("*/*.diff.sql"))

GOLDEN = Path(__file__).with_name("partial_index_predicates.tsv")
CASES = [line.split("\t") for line in GOLDEN.read_text().splitlines() if line.strip()]


def calculated(predicate: str):
    validated, diagnostics = check_schema([SourceFile("schema.prisma", MODEL % psl_string(predicate))])
    assert validated is not None, diagnostics
    return calculate_sql_schema(validated)


def test_predicates_compare_as_prisma_compares_them(postgres_url: str) -> None:
    dialect = DIALECTS["postgresql"]
    wrong = []
    with psycopg.connect(postgres_url, autocommit=True) as conn:
        conn.execute(TABLE)
        for created, written, verdict in CASES:
            conn.execute(f'CREATE INDEX "User_email_idx" ON "User"("email") WHERE {created}')
            described = describe_postgres(conn)
            conn.execute('DROP INDEX "User_email_idx"')
            steps = diff_schemas(described, calculated(written), dialect)
            actual = "same" if not steps else "changed"
            if actual != verdict:
                stored = described.tables[0].indexes[0].predicate
                wrong.append(f"{created!r} (stored {stored!r}) vs {written!r}: Prisma {verdict}, lamina {actual}: {steps}")
    assert not wrong, "\n".join(wrong)


def test_unparsable_predicates_compare_as_text() -> None:
    assert predicates_match("a <<< (b", "a  <<< (b")
    assert not predicates_match("a <<< (b", "a <<< (c")
    assert predicates_match(None, None) and not predicates_match(None, "a")


@pytest.mark.parametrize(("case", "provider"), DIFF_CASES, ids=[f"{c}-{p}" for c, p in DIFF_CASES])
def test_partial_index_case_from_described_database(case: str, provider: str, request: pytest.FixtureRequest,
                                                    tmp_path: Path) -> None:
    """The database holds `before` (its partial indexes as the server prints them back); the diff to
    `after` is Prisma's `migrate diff --from-migrations` script, and once run it leaves nothing to do."""
    url = request.getfixturevalue("postgres_url") if provider == "postgresql" else None
    dialect = DIALECTS[provider]
    after = case_schema(case, provider)
    raw_before = MIGRATIONS / case / f"before.{provider}.sql"
    before = raw_before.read_text() if raw_before.exists() else case_schema(case, provider, "before")
    described = apply_and_describe(before, provider, url, tmp_path)
    script = render_script(diff_schemas(described, after, dialect), dialect)
    assert script.rstrip("\n") == (MIGRATIONS / case / f"{provider}.diff.sql").read_text().rstrip("\n")
    with psycopg.connect(url, autocommit=True) as conn:
        conn.execute(script)
        assert_no_difference(describe_postgres(conn), after, provider)


# SQLite has no oracle golden for these (the Wasm engine cannot read SQLite partial indexes back:
# its query spells the index name as a double-quoted string): lamina must write the statements of the
# PostgreSQL golden, in SQLite's spelling, and converge.
SQLITE_CASES = sorted(case for case, provider in DIFF_CASES if provider == "postgresql"
                      and (MIGRATIONS / case / "before.prisma").exists())


@pytest.mark.parametrize("case", SQLITE_CASES)
def test_sqlite_partial_index_change_runs_and_converges(case: str, tmp_path: Path) -> None:
    dialect = DIALECTS["sqlite"]
    after = case_schema(case, "sqlite")
    described = apply_and_describe(case_schema(case, "sqlite", "before"), "sqlite", None, tmp_path)
    script = render_script(diff_schemas(described, after, dialect), dialect)
    headers = [line for line in script.splitlines() if line.startswith("-- ")]
    golden = (MIGRATIONS / case / "postgresql.diff.sql").read_text()
    assert headers == [line for line in golden.splitlines() if line.startswith("-- ")]
    with sqlite3.connect(tmp_path / "dev.db") as conn:
        conn.executescript(script)
        assert_no_difference(describe_sqlite(conn), after, "sqlite")


def test_sqlite_hand_made_partial_index_kept_without_preview(tmp_path: Path) -> None:
    """As on PostgreSQL (partial_index_kept_without_preview): without the preview feature a partial
    index stands for the schema's index on its columns, and one the schema lacks is left alone."""
    case = "partial_index_kept_without_preview"
    described = apply_and_describe((MIGRATIONS / case / "before.postgresql.sql").read_text(), "sqlite", None, tmp_path)
    assert sorted(i.predicate for i in described.tables[0].indexes) == ["\"status\" <> 'banned'", "\"status\" = 'active'"]
    assert diff_schemas(described, case_schema(case, "sqlite"), DIALECTS["sqlite"]) == []
