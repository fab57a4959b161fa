"""The committed workflow goldens are what the real Prisma engine writes today."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from tests.cli.helpers import GOLDENS, REPO

pytestmark = pytest.mark.oracle


def test_workflow_goldens_match_a_fresh_oracle_run(oracle_dir: Path, tmp_path: Path) -> None:
    result = subprocess.run(
        [sys.executable, str(REPO / "scripts" / "regen_workflow_goldens.py"), "--out", str(tmp_path)],
        capture_output=True, text=True, env={**os.environ, "LAMINA_ORACLE": str(oracle_dir)})
    assert result.returncode == 0, result.stdout + result.stderr
    fresh = sorted(p.relative_to(tmp_path) for p in tmp_path.rglob("*") if p.is_file())
    # only the providers the oracle runs (MySQL goldens are derived from the compat spec)
    committed = sorted(p.relative_to(GOLDENS) for provider in ("postgresql", "sqlite")
                       for p in (GOLDENS / provider).rglob("*") if p.is_file())
    assert fresh == committed
    for relative in fresh:
        assert (tmp_path / relative).read_text() == (GOLDENS / relative).read_text(), relative

