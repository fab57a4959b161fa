"""What every row needs: the lamina executable, the oracle, the time budget and a scratch folder."""

from __future__ import annotations

import os
import shutil
import sys
from dataclasses import dataclass, field
from pathlib import Path

from bench.measure import Budget
from bench.oracle import Oracle

REPO = Path(__file__).resolve().parent.parent


@dataclass
class Context:
    oracle: Oracle
    budget: Budget
    scratch: Path
    corpus: Path
    python: Path = Path(sys.executable)
    lamina: Path = Path(sys.executable).parent / "lamina"
    deployed: dict[str, str] = field(default_factory=dict)  # corpus entry -> database lamina deployed

    def folder(self, name: str) -> Path:
        path = self.scratch / name
        if path.exists():
            shutil.rmtree(path)
        path.mkdir(parents=True)
        return path


def corpus_folder() -> Path:
    return Path(os.environ.get("LAMINA_CORPUS", REPO.parent / "shared" / "corpus")).resolve()


def lamina_env(url: str | None = None) -> dict[str, str]:
    """Environment for lamina runs: no colours, and the corpus schemas' env("…") URLs set."""
    env = {"NO_COLOR": "1", "CI": "1"}
    if url:
        env.update(DATABASE_URL=url, DIRECT_URL=url, POSTGRES_URL=url, POSTGRES_PRISMA_URL=url)
    return env
