"""lamina format against the real `prisma format`, live, on perturbed copies of the corpus schemas.

Each corpus schema is copied to a scratch folder (passed through prisma7ize.py, as Prisma 7 refuses
`url =`), messed up by the deterministic `perturb` of scripts/regen_format_goldens.py, then formatted
by both. About 5 s per schema. Nothing from the corpus is written into the repository.
"""

from __future__ import annotations

import importlib.util
import os
from pathlib import Path

import pytest

from lamina.psl import read_schema_files
from lamina.psl.format import format_schema
from tests.conftest import REPO, is_ci

pytestmark = pytest.mark.oracle

ORACLE = Path(os.environ.get("LAMINA_ORACLE") or REPO.parent / "shared" / "oracle")
CORPUS = Path(os.environ.get("LAMINA_CORPUS") or REPO.parent / "shared" / "corpus")
ENTRIES = sorted(p for p in CORPUS.iterdir() if p.is_dir()) if CORPUS.is_dir() else []


def _load_script():
    spec = importlib.util.spec_from_file_location("regen_format_goldens", REPO / "scripts" / "regen_format_goldens.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


regen = _load_script()


@pytest.fixture(scope="session")
def oracle(oracle_dir: Path) -> Path:
    """The shared fixture: skips without Node (fails with CI=true) and runs the oracle's setup once."""
    return oracle_dir


def test_corpus_present():
    if not ENTRIES:
        if is_ci():
            pytest.fail(f"the corpus is missing at {CORPUS}")
        pytest.skip(f"corpus not found at {CORPUS}")


@pytest.mark.parametrize("seed", [None, 1234], ids=["as-is", "seed1234"])
@pytest.mark.parametrize("entry", ENTRIES, ids=[e.name for e in ENTRIES])
def test_corpus_format_matches_prisma(oracle: Path, entry: Path, seed: int | None, tmp_path: Path):
    target = regen.prepare_corpus_copy(entry, tmp_path, seed)
    ours = format_schema(read_schema_files(target))
    code, output = regen.oracle_format(target)
    assert code == 0, output
    for source in ours:
        assert source.text == Path(source.path).read_bytes().decode("utf-8"), source.path


@pytest.mark.parametrize("seed", [3])
def test_hand_made_cases_perturbed_match_prisma(oracle: Path, seed: int, tmp_path: Path):
    for case in regen.case_inputs():
        if case.is_dir():
            continue
        copy = tmp_path / case.name
        copy.write_bytes(regen.perturb(case.read_bytes().decode("utf-8"), seed).encode("utf-8"))
        ours = format_schema(read_schema_files(copy))[0].text  # each case is a schema of its own
        code, output = regen.oracle_format(copy)
        assert code == 0, output
        assert ours == copy.read_bytes().decode("utf-8"), case.name
