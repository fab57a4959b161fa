"""`lamina db pull --print` on databases built from the corpus histories equals the real Prisma's
`db pull --print` on the same database, compared live (the corpus is never copied here).

Each clean PostgreSQL and SQLite history is replayed into a fresh database by a plain loop (each
migration.sql sent as one message on PostgreSQL, executescript on SQLite), then both tools pull
with a schema holding only the datasource."""

from __future__ import annotations

import difflib
import os
import sqlite3
import subprocess
from pathlib import Path

import psycopg
import pytest

from tests.introspect.test_pull_goldens import pull_print

POSTGRES_HISTORIES = [
    "documenso", "evolution-api-postgresql", "ghostfolio", "hoppscotch", "inbox-zero",
    "papermark", "rallly", "teable-postgres", "trigger-dev", "umami-postgresql",
]
SQLITE_HISTORIES = ["epic-stack", "pingvin-share", "spacedrive", "teable-sqlite"]


def _replay(entry: Path, provider: str, url: str, db_path: Path | None) -> None:
    folders = sorted(p for p in (entry / "migrations").iterdir() if (p / "migration.sql").exists())
    if provider == "postgresql":
        with psycopg.connect(url, autocommit=True) as conn:
            for folder in folders:
                conn.execute((folder / "migration.sql").read_text(encoding="utf-8"))
        return
    conn = sqlite3.connect(db_path)
    for folder in folders:
        conn.executescript((folder / "migration.sql").read_text(encoding="utf-8"))
    conn.close()


class OracleFailed(Exception):
    pass


def _drop_check_constraints(url: str) -> int:
    """The oracle's Wasm engine fails on a database with CHECK or EXCLUDE constraints: drop them so
    the rest of the database can still be compared (their notes are covered by hand-made goldens)."""
    with psycopg.connect(url, autocommit=True) as conn:
        rows = conn.execute(
            "SELECT n.nspname, c.relname, k.conname FROM pg_constraint k JOIN pg_class c ON c.oid = k.conrelid "
            "JOIN pg_namespace n ON n.oid = c.relnamespace WHERE k.contype IN ('c', 'x') "
            "AND n.nspname NOT IN ('pg_catalog', 'information_schema')").fetchall()
        for namespace, table, name in rows:
            conn.execute(f'ALTER TABLE "{namespace}"."{table}" DROP CONSTRAINT "{name}"')
    return len(rows)


def _oracle_pull(oracle: Path, provider: str, url: str, work: Path) -> tuple[str, str]:
    work.mkdir(parents=True, exist_ok=True)
    schema = work / "schema.prisma"
    schema.write_text(f'datasource db {{\n  provider = "{provider}"\n}}\n', encoding="utf-8")
    result = subprocess.run(
        ["bash", str(oracle / "prisma.sh"), "--url", url, "--schema", str(schema), "--", "db", "pull", "--print"],
        capture_output=True, text=True, cwd=work, env={**os.environ, "NO_COLOR": "1"}, timeout=600,
    )
    if result.returncode != 0 or not result.stdout.strip():
        raise OracleFailed(result.stderr.strip()[-300:])
    warnings = "\n".join(line for line in result.stderr.splitlines()
                         if not line.startswith("Loaded Prisma config from")).strip("\n")
    return result.stdout, warnings


def _check(entry: str, provider: str, url: str, oracle: Path, tmp_path: Path) -> None:
    try:
        expected, expected_warnings = _oracle_pull(oracle, provider, url, tmp_path / "oracle")
    except OracleFailed as failure:
        if provider != "postgresql" or not _drop_check_constraints(url):
            pytest.skip(f"the oracle could not pull this database: {failure}")
        try:
            expected, expected_warnings = _oracle_pull(oracle, provider, url, tmp_path / "oracle-retry")
        except OracleFailed as again:
            pytest.skip(f"the oracle could not pull this database: {again}")
    project = tmp_path / "lamina"
    project.mkdir()
    result = pull_print(project, provider, url)
    assert result.code == 0, result.err
    if result.out != expected:
        diff = "".join(difflib.unified_diff(expected.splitlines(True), result.out.splitlines(True),
                                            "prisma", "lamina", n=1))
        pytest.fail(f"{entry}: db pull --print differs\n{diff[:6000]}")
    assert result.err.strip("\n") == expected_warnings


@pytest.mark.oracle
@pytest.mark.parametrize("entry", POSTGRES_HISTORIES)
def test_pull_postgres_history(entry: str, corpus: Path, oracle_dir: Path, postgres_url: str,
                               tmp_path: Path) -> None:
    _replay(corpus / entry, "postgresql", postgres_url, None)
    _check(entry, "postgresql", postgres_url, oracle_dir, tmp_path)


@pytest.mark.oracle
def test_pull_formbricks_with_its_vector_stub(corpus: Path, oracle_dir: Path, postgres_url: str,
                                              tmp_path: Path) -> None:
    """formbricks needs pgvector, which this server lacks: replayed from the stubbed copy the
    deploy tests use (vector columns become real[])."""
    from tests.deploy.test_corpus import formbricks_stub

    stubbed = tmp_path / "formbricks"
    formbricks_stub(corpus, stubbed / "migrations")
    _replay(stubbed, "postgresql", postgres_url, None)
    _check("formbricks", "postgresql", postgres_url, oracle_dir, tmp_path)


@pytest.mark.oracle
@pytest.mark.parametrize("entry", SQLITE_HISTORIES)
def test_pull_sqlite_history(entry: str, corpus: Path, oracle_dir: Path, tmp_path: Path) -> None:
    path = tmp_path / "dev.db"
    _replay(corpus / entry, "sqlite", "", path)
    _check(entry, "sqlite", f"file:{path}", oracle_dir, tmp_path)
