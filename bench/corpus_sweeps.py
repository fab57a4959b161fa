"""The full corpus sweeps whose samples run with the test suite: every corpus entry for
generated models, down.sql walks, renames and the pytest plugin's checks.

    .venv/bin/python bench/corpus_sweeps.py [pytest arguments]

Runs pytest with LAMINA_FULL_CORPUS=1 on the tests marked `sweep` (and generate's corpus
tests, which read the same variable); exits with pytest's code."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
SWEEPS = ["tests/generate/test_corpus.py", "tests/rollback/test_corpus_down.py", "tests/cli/test_renames_corpus.py",
          "tests/testing/test_pytest_plugin_corpus.py"]


def main(argv: list[str]) -> int:
    env = dict(os.environ, LAMINA_FULL_CORPUS="1")
    command = [sys.executable, "-m", "pytest", "-q", *SWEEPS, *argv]
    return subprocess.call(command, cwd=REPO, env=env)


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
