"""Drift between a corpus project's committed migration history and its schema: replay the
history on a real database, describe it, diff to the calculated schema. Must equal
`prisma migrate diff --from-migrations --to-schema` (goldens <entry>.history.sql)."""

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
from lamina.diffing.script import render_script
from lamina.psl import check_schema, read_schema_files
from lamina.schema.calculate import calculate_sql_schema
from tests.cli.helpers import lamina

GOLDENS = Path(__file__).resolve().parents[1] / "calculate" / "goldens"
ENTRIES = sorted(p.name.removesuffix(".history.sql") for p in GOLDENS.glob("*.history.sql"))


def replay(entry: Path, provider: str, url: str | None, tmp_path: Path):
    folders = sorted(p for p in (entry / "migrations").iterdir() if (p / "migration.sql").exists())
    if provider == "postgresql":
        conn = psycopg.connect(url, autocommit=True)
        for folder in folders:  # each file as one message, as Prisma sends it
            conn.execute((folder / "migration.sql").read_text())
        return conn
    conn = sqlite3.connect(tmp_path / "dev.db")
    for folder in folders:
        conn.executescript((folder / "migration.sql").read_text())
    return conn


@pytest.mark.parametrize("entry", ENTRIES)
def test_history_drift_matches_prisma(entry: str, corpus: Path, request: pytest.FixtureRequest,
                                      tmp_path: Path) -> None:
    root = corpus / entry
    validated, diagnostics = check_schema(read_schema_files(
        root / "schema.prisma" if (root / "schema.prisma").exists() else root / "schema"))
    assert validated is not None, diagnostics
    provider = validated.provider
    dialect = DIALECTS[provider]
    url = request.getfixturevalue("postgres_url") if provider == "postgresql" else None
    calculated = calculate_sql_schema(validated)
    with replay(root, provider, url, tmp_path) as conn:
        if provider == "postgresql":
            described = describe_postgres(conn, ("public", *calculated.namespaces))
        else:
            described = describe_sqlite(conn)
    steps = diff_schemas(described, calculated, dialect)
    script = render_script(steps, dialect)
    # `migrate diff --output` adds a newline (two after the empty-migration comment).
    actual = script + ("\n\n" if not steps else "\n")
    expected = (GOLDENS / f"{entry}.history.sql").read_text()
    if actual != expected:
        diff = difflib.unified_diff(expected.splitlines(), actual.splitlines(), "prisma", "lamina", lineterm="")
        pytest.fail("\n".join(list(diff)[:80]))


@pytest.mark.parametrize("entry", ENTRIES)
def test_history_drift_through_the_cli(entry: str, corpus: Path, request: pytest.FixtureRequest,
                                       tmp_path: Path) -> None:
    """The command the issue names: `lamina migrate diff --from-migrations M --to-schema-datamodel S
    --script` (replayed on a shadow database), byte for byte Prisma's output."""
    root = corpus / entry
    schema = root / "schema.prisma" if (root / "schema.prisma").exists() else root / "schema"
    args = ["migrate", "diff", "--from-migrations", str(root / "migrations"), "--to-schema-datamodel", str(schema),
            "--script"]
    if (GOLDENS / f"{entry}.sql").read_text().startswith("-- CreateSchema"):  # PostgreSQL
        args += ["--shadow-database-url", request.getfixturevalue("postgres_url")]
    result = lamina(tmp_path, *args)
    assert result.code == 0, result.text
    expected = (GOLDENS / f"{entry}.history.sql").read_text() + "\n"  # the golden is the -o file: printed, one more newline
    if result.out != expected:
        diff = difflib.unified_diff(expected.splitlines(), result.out.splitlines(), "prisma", "lamina", lineterm="")
        pytest.fail("\n".join(list(diff)[:80]))
