"""Every real-world schema of the corpus parses and validates without a single error."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from lamina.psl import check_schema, read_schema_files

REPO = Path(__file__).resolve().parents[2]
CORPUS = Path(os.environ.get("LAMINA_CORPUS") or REPO.parent / "shared" / "corpus")
ENTRIES = sorted(p for p in CORPUS.iterdir() if p.is_dir()) if CORPUS.is_dir() else []


def _schema_path(entry: Path) -> Path:
    return entry / "schema.prisma" if (entry / "schema.prisma").exists() else entry / "schema"


def test_corpus_present():
    if not ENTRIES:
        if os.environ.get("CI") == "true":
            pytest.fail(f"the corpus is missing at {CORPUS}")
        pytest.skip(f"corpus not found at {CORPUS} (set LAMINA_CORPUS)")


@pytest.mark.parametrize("entry", ENTRIES, ids=[e.name for e in ENTRIES])
def test_corpus_schema_validates(entry):
    files = read_schema_files(_schema_path(entry))
    validated, diagnostics = check_schema(files)
    assert diagnostics.errors == []
    assert validated is not None
    assert validated.datasource is not None
    assert validated.models
