"""The generated models of every corpus schema (PostgreSQL, SQLite and MySQL entries): the module
imports, `mypy --strict` passes on it, `Base.metadata.create_all()` on an empty database builds what
`lamina migrate diff --from-url … --to-schema-datamodel … --exit-code` finds identical to the schema,
and an object of every class is written and read back through a relationship.

The whole corpus takes several minutes, so by default one entry per provider runs (SAMPLE) and the
other entries only when slow tests are selected: `pytest -m slow tests/generate` (or
LAMINA_FULL_CORPUS=1). Exceptions are named in KNOWN, each with its reason and what is checked
instead.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
import sqlalchemy as sa

from lamina.psl import check_schema, read_schema_files
from lamina.schema.calculate import calculate_sql_schema
from tests.cli.helpers import lamina
from tests.generate.conftest import SCHEMAS, migrate_diff, write_module
from tests.generate.metadata import metadata_differences
from tests.generate.roundtrip import create_all, import_module, round_trip

PROVIDERS = {
    "civitai": "postgresql", "documenso": "postgresql", "epic-stack": "sqlite", "evolution-api-mysql": "mysql",
    "evolution-api-postgresql": "postgresql", "formbricks": "postgresql", "ghostfolio": "postgresql",
    "hoppscotch": "postgresql", "inbox-zero": "postgresql", "papermark": "postgresql", "pingvin-share": "sqlite",
    "rallly": "postgresql", "spacedrive": "sqlite", "teable-postgres": "postgresql", "teable-sqlite": "sqlite",
    "trigger-dev": "postgresql", "umami-mysql": "mysql", "umami-postgresql": "postgresql",
}
SAMPLE = ("hoppscotch", "pingvin-share", "umami-mysql")
KNOWN = {
    "formbricks": ("its datasource needs the pgvector extension, which this machine's PostgreSQL lacks: the "
                   "tables are built without it, and the only difference is the missing extension"),
}


def full_sweep(config: pytest.Config) -> bool:
    return os.environ.get("LAMINA_FULL_CORPUS") == "1" or "slow" in (config.getoption("-m") or "")


def entries() -> list:
    return [pytest.param(e, marks=() if e in SAMPLE else pytest.mark.slow, id=e) for e in PROVIDERS]


def schema_path(corpus: Path, entry: str) -> Path:
    root = corpus / entry
    return root / "schema.prisma" if (root / "schema.prisma").exists() else root / "schema"


@pytest.fixture
def provider(request: pytest.FixtureRequest) -> str:
    entry = request.node.callspec.params["entry"]
    if entry not in SAMPLE and not full_sweep(request.config):
        pytest.skip("outside the sample: run with -m slow (or LAMINA_FULL_CORPUS=1) for the whole corpus")
    return PROVIDERS[entry]


@pytest.mark.parametrize("entry", list(PROVIDERS))
def test_corpus_metadata_is_the_calculated_schema(entry: str, corpus: Path, tmp_path: Path) -> None:
    """Every entry, without a database: the module imports and its tables are lamina's."""
    schema = schema_path(corpus, entry)
    module = import_module(write_module(schema, tmp_path, entry.replace("-", "_")))
    validated, _ = check_schema(read_schema_files(schema))
    assert metadata_differences(module.Base.metadata, calculate_sql_schema(validated)) == []


@pytest.mark.parametrize("entry", entries())
def test_corpus_models_build_the_migrated_database_and_round_trip(
        entry: str, provider: str, corpus: Path, database_url: str, tmp_path: Path) -> None:
    schema = schema_path(corpus, entry)
    module = import_module(write_module(schema, tmp_path, entry.replace("-", "_")))
    if entry == "formbricks":
        for listener in list(module.Base.metadata.dispatch.before_create):
            sa.event.remove(module.Base.metadata, "before_create", listener)
    create_all(module, database_url)
    result = migrate_diff(database_url, schema, tmp_path)
    if entry == "formbricks":
        assert result.code == 2 and "[+] Added extensions\n  - vector\n" in result.out and result.out.count("[") == 1, result.text
    else:
        assert (result.code, result.out) == (0, "No difference detected.\n\n\n"), result.text
    trip = round_trip(module, database_url)
    assert not trip.failures, "\n".join(trip.failures)
    assert len(trip.checked) == len(module.Base.registry.mappers)


def test_mypy_strict_passes_on_the_generated_modules(corpus: Path, tmp_path: Path, request: pytest.FixtureRequest) -> None:
    """One mypy run over the feature schemas' modules and the corpus modules (the sample, or every
    entry in the full sweep)."""
    chosen = [e for e in PROVIDERS if e in SAMPLE or full_sweep(request.config)]
    modules = [write_module(schema_path(corpus, e), tmp_path, e.replace("-", "_")) for e in chosen]
    modules += [write_module(p, tmp_path, f"features_{p.stem}") for p in sorted(SCHEMAS.glob("*.prisma"))]
    result = subprocess.run(
        [sys.executable, "-m", "mypy", "--strict", "--no-incremental", "--cache-dir", os.devnull,
         *(str(m) for m in modules)],
        capture_output=True, text=True, cwd=tmp_path)
    assert result.returncode == 0, result.stdout + result.stderr
    assert f"Success: no issues found in {len(modules)} source files" in result.stdout
