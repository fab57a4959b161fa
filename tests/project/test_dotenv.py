"""`.env` files as the real Node.js loaders read them: tests/project/dotenv/expected.json comes from
Prisma 6.19.3's `tryLoadEnvs` and from dotenv's `config()` (scripts/regen_dotenv_golden.py)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from lamina.project.dotenv import expand_references, load_dotenv_file, parse_dotenv

CASES = Path(__file__).parent / "dotenv"
EXPECTED = json.loads((CASES / "expected.json").read_text(encoding="utf-8"))
PRESETS = json.loads((CASES / "presets.json").read_text(encoding="utf-8"))


@pytest.mark.parametrize("case", sorted(EXPECTED))
@pytest.mark.parametrize("kind", ["prisma6", "dotenv"])
def test_loader_leaves_what_node_leaves(case: str, kind: str) -> None:
    environ = dict(PRESETS.get(case, {}))
    load_dotenv_file(CASES / f"{case}.env", expand=kind == "prisma6", environ=environ)
    assert environ == EXPECTED[case][kind]


def test_the_issue_lines() -> None:
    parsed = parse_dotenv('DATABASE_URL="file:./dev.db" # comment\nA=x#y\nB=`back tick`\nC="two\nlines"\n')
    assert parsed == {"DATABASE_URL": "file:./dev.db", "A": "x", "B": "back tick", "C": "two\nlines"}


def test_self_reference_stops() -> None:
    # Prisma's expansion recurses without end here (a RangeError in Node); lamina stops and keeps the text
    environ = {"A": "${A}x"}
    assert expand_references({"A": "${A}x"}, environ)["A"].startswith("${A}")
