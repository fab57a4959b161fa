"""`lamina db pull --print` on hand-made databases equals what Prisma's `db pull --print` printed
for the same SQL (goldens from scripts/regen_pull_goldens.py): the schema on stdout and the
warning block on stderr, byte for byte."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import psycopg
import pytest

from tests.cli.helpers import lamina

HERE = Path(__file__).parent
CASES = sorted(HERE.glob("cases/*.sql"))  # with <case>.<provider>.prisma: the schema to re-introspect


def _case_id(path: Path) -> str:
    return path.name.removesuffix(".sql")


def base_schema(project: Path, provider: str) -> Path:
    schema = project / "schema.prisma"
    schema.write_text(f'datasource db {{\n  provider = "{provider}"\n}}\n', encoding="utf-8")
    return schema


def pull_print(project: Path, provider: str, url: str, existing: Path | None = None):
    base_schema(project, provider)
    if existing is not None and existing.exists():
        (project / "schema.prisma").write_text(existing.read_text(encoding="utf-8"), encoding="utf-8")
    return lamina(project, "db", "pull", "--print", "--schema", "schema.prisma", "--url", url)


def load_case(case: Path, request: pytest.FixtureRequest, tmp_path: Path) -> tuple[str, str]:
    name, provider = _case_id(case).rsplit(".", 1)
    sql = case.read_text(encoding="utf-8")
    if provider == "postgresql":
        url = request.getfixturevalue("postgres_url")
        with psycopg.connect(url, autocommit=True) as conn:
            conn.execute(sql)
    else:
        path = tmp_path / "dev.db"
        conn = sqlite3.connect(path)
        conn.executescript(sql)
        conn.close()
        url = f"file:{path}"
    return provider, url


@pytest.mark.parametrize("case", CASES, ids=_case_id)
def test_pull_print_matches_prisma(case: Path, request: pytest.FixtureRequest, tmp_path: Path) -> None:
    provider, url = load_case(case, request, tmp_path)
    project = tmp_path / "project"
    project.mkdir()
    result = pull_print(project, provider, url, case.with_suffix(".prisma"))
    assert result.code == 0, result.err
    golden = HERE / "goldens" / f"{_case_id(case)}.prisma"
    assert result.out == golden.read_text(encoding="utf-8")
    warnings = (HERE / "goldens" / f"{_case_id(case)}.warnings").read_text(encoding="utf-8")
    assert result.err.strip("\n") == warnings.strip("\n")
