"""Corpus histories down to empty and back (docs/rollback.md): every generated down.sql takes the
database back to the described state before its migration, and a final deploy restores the full
state. Short histories here; the longer ones are `slow` (bench/down_corpus.py prints the figures)."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.rollback.corpus_walk import walk_history

SHORT = {"teable-sqlite": "sqlite", "pingvin-share": "sqlite", "umami-postgresql": "postgresql"}
LONG = {"spacedrive": "sqlite", "teable-postgres": "postgresql", "hoppscotch": "postgresql",
        "evolution-api-postgresql": "postgresql", "ghostfolio": "postgresql", "papermark": "postgresql",
        "documenso": "postgresql"}
# Reverses that need a hand edit (docs/rollback.md): none left in these histories (unique constraints,
# enum redefinitions, triggers and functions are reversed since describe_objects).
KNOWN: dict[str, list[str]] = {}
CLI_MAX = 40  # longer histories run each down.sql through the engine call, without a replay per step


def _walk(entry: str, provider: str, corpus: Path, tmp_path: Path, request: pytest.FixtureRequest) -> None:
    url = request.getfixturevalue("postgres_url") if provider == "postgresql" else f"file:{tmp_path / 'dev.db'}"
    count = sum(1 for p in (corpus / entry / "migrations").iterdir() if p.is_dir())
    result = walk_history(corpus / entry, tmp_path / "project", url, via_cli=count <= CLI_MAX)
    print(result.line)
    expected = KNOWN.get(entry, [])
    assert result.failed_names == expected, "\n".join(result.failures)
    assert result.reverted_ok == result.migrations - len(expected)
    assert result.redeploy_ok, "\n".join(result.failures)


@pytest.mark.parametrize("entry", sorted(SHORT))
def test_short_history_down_to_empty_and_back(entry: str, corpus: Path, tmp_path: Path,
                                              request: pytest.FixtureRequest) -> None:
    _walk(entry, SHORT[entry], corpus, tmp_path, request)


@pytest.mark.slow
@pytest.mark.sweep
@pytest.mark.parametrize("entry", sorted(LONG))
def test_long_history_down_to_empty_and_back(entry: str, corpus: Path, tmp_path: Path,
                                             request: pytest.FixtureRequest) -> None:
    _walk(entry, LONG[entry], corpus, tmp_path, request)


@pytest.mark.oracle
def test_after_down_to_empty_and_back_prisma_reads_the_history_as_up_to_date(
        corpus: Path, tmp_path: Path, postgres_url: str, oracle_dir: Path) -> None:
    """The rows `migrate down` leaves (rolled_back_at set) and the re-applied ones, read by Prisma."""
    result = walk_history(corpus / "umami-postgresql", tmp_path / "project", postgres_url, oracle=oracle_dir)
    assert result.redeploy_ok, "\n".join(result.failures)
    assert result.prisma_status == "up to date"
