#!/usr/bin/env python3
"""Regenerate tests/cli/errors/<case>.expected: what the real Prisma CLI prints for each bad-input
case in tests/cli/errors/cases.toml (NO_COLOR=1, stdout and stderr together, normalised by
`normalise_prisma_output` in tests/cli/test_errors.py's terms: the config-loading banner and the
CLI version trailer removed; command hints name `lamina`, scripts/cli_name.py). Needs Node and
../shared/oracle.

    python scripts/regen_cli_goldens.py
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import tempfile
import tomllib
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "scripts"))
from cli_name import as_lamina  # noqa: E402

CASES = ROOT / "tests" / "cli" / "errors"
ORACLE = Path(os.environ.get("LAMINA_ORACLE", ROOT.parent / "shared" / "oracle"))


def normalise(text: str) -> str:
    lines = text.splitlines()
    out: list[str] = []
    skip_blank = False
    for line in lines:
        if line.startswith("Loaded Prisma config from"):
            skip_blank = True
            continue
        if skip_blank and not line.strip():
            skip_blank = False
            continue
        skip_blank = False
        if line.startswith("Prisma CLI Version"):
            continue
        out.append(line.rstrip())
    while out and not out[-1]:
        out.pop()
    return "\n".join(out) + "\n"


def main() -> int:
    subprocess.run(["bash", str(ORACLE / "setup.sh")], check=True, stdout=subprocess.DEVNULL)
    cases = tomllib.loads((CASES / "cases.toml").read_text())
    for name, case in cases.items():
        with tempfile.TemporaryDirectory() as tmp:
            work = Path(tmp)
            shutil.copyfile(CASES / case["schema"], work / "schema.prisma")
            command = [str(ORACLE / "prisma.sh")]
            if case["url"]:
                command += ["--url", case["url"]]
            command += ["--schema", "schema.prisma", "--", *case["args"]]
            env = dict(os.environ, NO_COLOR="1")
            result = subprocess.run(command, cwd=work, env=env, stdout=subprocess.PIPE,
                                    stderr=subprocess.STDOUT, text=True)
            expected = f"# exit {result.returncode}\n" + as_lamina(normalise(result.stdout))
            (CASES / f"{name}.expected").write_text(expected)
            print(f"{name}: exit {result.returncode}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
