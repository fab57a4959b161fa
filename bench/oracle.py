"""The real Prisma 7.10.1 CLI through ../shared/oracle (or $LAMINA_ORACLE).

Without Node the Prisma baselines are not measured and the rows say so. With Node, a failing
`setup.sh` ends the harness with an error: the comparison must not silently disappear.
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
from dataclasses import dataclass
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent


@dataclass(frozen=True)
class Oracle:
    folder: Path | None  # None when there is no Node
    reason: str = ""  # why there is no oracle
    prisma_version: str = ""

    @property
    def available(self) -> bool:
        return self.folder is not None

    def script(self, name: str) -> Path:
        assert self.folder is not None
        return self.folder / name


class OracleSetupFailed(RuntimeError):
    pass


def find_oracle() -> Oracle:
    folder = Path(os.environ.get("LAMINA_ORACLE", REPO.parent / "shared" / "oracle")).resolve()
    if shutil.which("node") is None:
        return Oracle(None, "no Node on this machine: Prisma baseline not measured")
    if not (folder / "setup.sh").is_file():
        raise OracleSetupFailed(f"Node is installed but the oracle is missing at {folder}")
    setup = subprocess.run([str(folder / "setup.sh")], capture_output=True, text=True)
    if setup.returncode != 0:
        raise OracleSetupFailed(f"{folder}/setup.sh failed: {(setup.stderr or setup.stdout).strip()[:500]}")
    version = subprocess.run([str(folder / "prisma.sh"), "--", "--version"], capture_output=True, text=True)
    match = re.search(r"^prisma\s*:\s*(\S+)", version.stdout, re.M)
    if version.returncode != 0 or not match:
        raise OracleSetupFailed(f"prisma --version failed: {(version.stderr or version.stdout).strip()[:500]}")
    return Oracle(folder, "", match.group(1))


def prisma7ize(oracle: Oracle, source: Path, target: Path) -> None:
    subprocess.run([str(oracle.script("prisma7ize.py")), str(source), str(target)],
                   check=True, capture_output=True)
