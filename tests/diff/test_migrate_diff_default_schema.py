"""When `lamina migrate diff` creates PostgreSQL's default schema, compared with the real engine:
only `--from-empty` prints `CREATE SCHEMA IF NOT EXISTS "public"`, and only when something else
is created. A schema file with a datasource and no models, like an empty database, already has it.
Extensions a live database holds (plpgsql, pg_trgm) are never created by a diff towards it."""

from __future__ import annotations

import subprocess
from pathlib import Path

import psycopg
import pytest

from tests.cli.helpers import lamina
from tests.diff.test_migration_cases import datasource_block, prisma_quote_bug

pytestmark = pytest.mark.oracle

CASES = Path(__file__).resolve().parents[1] / "migrations"
EMPTY_BEFORE = sorted(case.name for case in CASES.iterdir()
                      if (case / "postgresql.sql").exists() and (case / "before.prisma").exists()
                      and "model " not in (case / "before.prisma").read_text() and not prisma_quote_bug(case))
CREATE_SCHEMA = 'CREATE SCHEMA IF NOT EXISTS "public";'


def oracle_diff(oracle: Path, cwd: Path, *args: str) -> str:
    result = subprocess.run([str(oracle / "prisma-diff.sh"), *args], cwd=cwd, capture_output=True, text=True)
    assert result.returncode == 0, result.stderr
    return result.stdout + "\n"  # prisma-diff.sh prints what `-o` writes; the CLI prints one more newline


def write_case(case: str, tmp_path: Path) -> tuple[str, str]:
    paths = []
    for which in ("before", "after"):
        path = tmp_path / f"{which}.prisma"
        path.write_text(datasource_block(CASES / case, "postgresql") + (CASES / case / f"{which}.prisma").read_text())
        paths.append(str(path))
    return paths[0], paths[1]


def test_cases_with_an_empty_before_exist() -> None:
    assert len(EMPTY_BEFORE) >= 4, EMPTY_BEFORE


@pytest.mark.parametrize("case", EMPTY_BEFORE)
def test_schema_without_models_to_schema_creates_no_default_schema(case: str, tmp_path: Path,
                                                                   oracle_dir: Path) -> None:
    before, after = write_case(case, tmp_path)
    ours = lamina(tmp_path, "migrate", "diff", "--from-schema-datamodel", before, "--to-schema-datamodel", after,
                  "--script")
    assert ours.code == 0, ours.text
    assert CREATE_SCHEMA not in ours.out
    assert ours.out == oracle_diff(oracle_dir, tmp_path, "--from-schema", before, "--to-schema", after)


@pytest.mark.parametrize("case", EMPTY_BEFORE)
def test_from_empty_creates_the_default_schema(case: str, tmp_path: Path, oracle_dir: Path) -> None:
    _, after = write_case(case, tmp_path)
    ours = lamina(tmp_path, "migrate", "diff", "--from-empty", "--to-schema", after, "--script")
    assert ours.code == 0, ours.text
    assert ours.out.startswith(f"-- CreateSchema\n{CREATE_SCHEMA}\n")
    assert ours.out == oracle_diff(oracle_dir, tmp_path, "--from-empty", "--to-schema", after)


def test_from_empty_to_a_schema_without_models_is_empty(tmp_path: Path, oracle_dir: Path) -> None:
    schema = tmp_path / "schema.prisma"
    schema.write_text(datasource_block(CASES / EMPTY_BEFORE[0], "postgresql"))
    ours = lamina(tmp_path, "migrate", "diff", "--from-empty", "--to-schema", str(schema), "--script")
    assert ours.out == "-- This is an empty migration.\n\n\n"
    assert ours.out == oracle_diff(oracle_dir, tmp_path, "--from-empty", "--to-schema", str(schema))


@pytest.mark.parametrize("contents", ["", 'CREATE EXTENSION pg_trgm; CREATE TABLE "t" ("id" INTEGER);'],
                         ids=["empty-database", "table-and-extension"])
def test_from_empty_to_a_live_database(contents: str, tmp_path: Path, postgres_url: str, oracle_dir: Path) -> None:
    if contents:
        with psycopg.connect(postgres_url, autocommit=True) as conn:
            conn.execute(contents)
    ours = lamina(tmp_path, "migrate", "diff", "--from-empty", "--to-url", postgres_url, "--script")
    assert ours.code == 0, ours.text
    assert "EXTENSION" not in ours.out
    assert (CREATE_SCHEMA in ours.out) == bool(contents)
    assert ours.out == oracle_diff(oracle_dir, tmp_path, "--from-empty", "--to-url", postgres_url)
