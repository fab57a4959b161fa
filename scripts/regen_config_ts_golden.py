#!/usr/bin/env python3
"""Regenerate tests/project/config_ts/expected.json: what Prisma 7.10.1's own config loader
(`loadConfigFromFile` of @prisma/config, which runs the file through jiti) makes of each
tests/project/config_ts/<case>.ts, written as prisma.config.ts in a folder of its own.

Files `<case>.env`, `<case>.env.local`, ... are copied beside it as `.env`, `.env.local`, ...;
the variables of presets.json (and no others) are set. Paths in the output are written relative
to the case's folder as `<dir>/...`. Needs Node and ../shared/oracle (`setup.sh` is run first).

    python scripts/regen_config_ts_golden.py
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
CASES = ROOT / "tests" / "project" / "config_ts"
ORACLE = Path(os.environ.get("LAMINA_ORACLE", ROOT.parent / "shared" / "oracle"))
ANCHOR = Path(os.environ.get("PRISMA_ANCHOR_DIR", "/tmp/prisma-anchor"))

LOAD = r"""
const { loadConfigFromFile } = require(process.argv[1] + "/node_modules/@prisma/config")
loadConfigFromFile({ configFile: "prisma.config.ts", configRoot: process.cwd() }).then((result) => {
  const out = result.error
    ? { error: result.error._tag + (result.error.error ? ": " + result.error.error.message : "") }
    : { config: { ...result.config, loadedFromFile: undefined } }
  process.stdout.write("\nRESULT " + JSON.stringify(out) + "\n")  // dotenv may log to stdout first
})
"""


def load_case(case: Path, presets: dict[str, str]) -> dict:
    # below the anchor folder, so that `import "prisma/config"` and "dotenv" resolve
    work = Path(tempfile.mkdtemp(dir=ANCHOR, prefix=".config-ts-"))
    try:
        shutil.copyfile(case, work / "prisma.config.ts")
        for extra in CASES.glob(f"{case.stem}.*"):
            if extra.suffix != ".ts":
                shutil.copyfile(extra, work / extra.name.removeprefix(case.stem))
        result = subprocess.run(["node", "-e", LOAD, str(ANCHOR)], cwd=work, env={"PATH": os.environ["PATH"], **presets},
                                capture_output=True, text=True, check=True)
        line = next(line for line in result.stdout.splitlines() if line.startswith("RESULT "))
        return json.loads(line.removeprefix("RESULT ").replace(str(work), "<dir>"))
    finally:
        shutil.rmtree(work)


def main() -> None:
    subprocess.run(["bash", str(ORACLE / "setup.sh")], check=True, capture_output=True)
    presets = json.loads((CASES / "presets.json").read_text(encoding="utf-8"))
    expected = {case.stem: load_case(case, presets) for case in sorted(CASES.glob("*.ts"))}
    target = CASES / "expected.json"
    target.write_text(json.dumps(expected, indent=2, sort_keys=True) + "\n", encoding="utf-8")
    print(f"wrote {target.relative_to(ROOT)} ({len(expected)} cases)")


if __name__ == "__main__":
    main()
