"""Fixtures for the generated-models tests: a fresh database of each provider, and the acceptance
check itself (the database `create_all` built, diffed to the schema by `lamina migrate diff`)."""

from __future__ import annotations

from pathlib import Path

import psycopg
import pytest

from lamina.generate import sqlalchemy_module
from lamina.psl import check_schema, read_schema_files
from tests.cli.helpers import Result, lamina

SCHEMAS = Path(__file__).parent / "schemas"
# Extensions corpus projects create by hand in their migrations (types and operator classes).
HAND_MADE_EXTENSIONS = ("citext", "pg_trgm")


def write_module(schema: Path, folder: Path, name: str) -> Path:
    """The generated module of `schema`, written as `folder/name.py`."""
    validated, diagnostics = check_schema(read_schema_files(schema))
    assert validated is not None and not diagnostics.has_errors(), diagnostics
    path = folder / f"{name}.py"
    path.write_text(sqlalchemy_module(validated, source=schema.name).text, encoding="utf-8")
    return path


def migrate_diff(url: str, schema: Path, tmp_path: Path) -> Result:
    """`lamina migrate diff --from-url URL --to-schema-datamodel SCHEMA --exit-code`."""
    return lamina(tmp_path, "migrate", "diff", "--from-url", url, "--to-schema-datamodel", str(schema), "--exit-code")


@pytest.fixture
def database_url(request: pytest.FixtureRequest, tmp_path: Path) -> str:
    """A fresh, empty database of the test's `provider` (a parameter or a fixture)."""
    provider = request.getfixturevalue("provider")
    if provider == "sqlite":
        return request.getfixturevalue("sqlite_url")
    if provider == "mysql":
        return request.getfixturevalue("mysql_url")
    url = request.getfixturevalue("postgres_url")
    with psycopg.connect(url, autocommit=True) as conn:
        for extension in HAND_MADE_EXTENSIONS:
            conn.execute(f'CREATE EXTENSION IF NOT EXISTS "{extension}"')
    return url
