"""Every PostgreSQL/SQLite corpus schema, calculated and diffed from empty, renders exactly the
SQL of `prisma migrate diff --from-empty --to-schema S --script` (goldens from
scripts/regen_migration_goldens.py; the schemas are read from the corpus)."""

from __future__ import annotations

import difflib
from pathlib import Path

import pytest

from lamina.dialects import DIALECTS
from lamina.diffing.differ import diff_schemas
from lamina.diffing.script import render_script
from lamina.psl import check_schema, read_schema_files
from lamina.schema.calculate import calculate_sql_schema
from lamina.schema.model import EMPTY_SCHEMA
from tests.cli.helpers import lamina

GOLDENS = Path(__file__).parent / "goldens"
ENTRIES = sorted(p.stem for p in GOLDENS.glob("*.sql") if "." not in p.stem)
# Known differences, each with its reason.
KNOWN: dict[str, str] = {}


def render_from_empty(schema_path: Path) -> str:
    validated, diagnostics = check_schema(read_schema_files(schema_path))
    assert validated is not None, diagnostics
    dialect = DIALECTS[validated.provider]
    steps = diff_schemas(EMPTY_SCHEMA, calculate_sql_schema(validated), dialect, create_default_namespace=True)
    # `migrate diff --output` ends the file with one more newline than migration.sql has.
    return render_script(steps, dialect) + "\n"


@pytest.mark.parametrize("entry", ENTRIES)
def test_corpus_schema_from_empty(entry: str, corpus: Path) -> None:
    if entry in KNOWN:
        pytest.xfail(KNOWN[entry])
    root = corpus / entry
    schema = root / "schema.prisma" if (root / "schema.prisma").exists() else root / "schema"
    expected = (GOLDENS / f"{entry}.sql").read_text()
    actual = render_from_empty(schema)
    if actual != expected:
        diff = difflib.unified_diff(expected.splitlines(), actual.splitlines(), "prisma", "lamina", lineterm="")
        pytest.fail("\n".join(list(diff)[:80]))


@pytest.mark.parametrize("entry", ENTRIES)
def test_corpus_schema_from_empty_through_the_cli(entry: str, corpus: Path, tmp_path: Path) -> None:
    """The command the issue names: `lamina migrate diff --from-empty --to-schema-datamodel S --script`."""
    if entry in KNOWN:
        pytest.xfail(KNOWN[entry])
    root = corpus / entry
    schema = root / "schema.prisma" if (root / "schema.prisma").exists() else root / "schema"
    result = lamina(tmp_path, "migrate", "diff", "--from-empty", "--to-schema-datamodel", str(schema), "--script")
    assert result.code == 0, result.text
    assert result.out == (GOLDENS / f"{entry}.sql").read_text() + "\n"  # printed: one more newline than the -o file
