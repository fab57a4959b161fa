#!/usr/bin/env python3
"""Regenerate tests/project/dotenv/expected.json: the environment that the real Node.js loaders
leave after reading each tests/project/dotenv/<case>.env as `.env`, starting from the variables
that presets.json gives the case (and nothing else).

* "prisma6": Prisma 6.19.3's own loader, `tryLoadEnvs` from @prisma/internals 6.19.3 (dotenv
  16.5.0 and Prisma's variant of dotenv-expand, bundled). The package is fetched with `npm pack`.
* "dotenv": `require("dotenv").config()` from the oracle's node_modules (what `import
  "dotenv/config"` does in a prisma.config.ts; Prisma 7 loads no `.env` itself).

Each maps every key the file defines or the preset sets to its final value (absent keys are
left out). Needs Node, npm and ../shared/oracle (`setup.sh` is run first).

    python scripts/regen_dotenv_golden.py
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import tarfile
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
CASES = ROOT / "tests" / "project" / "dotenv"
ORACLE = Path(os.environ.get("LAMINA_ORACLE", ROOT.parent / "shared" / "oracle"))
ANCHOR = Path(os.environ.get("PRISMA_ANCHOR_DIR", "/tmp/prisma-anchor"))
INTERNALS = "@prisma/internals@6.19.3"

LOADERS = {
    "prisma6": """
const { tryLoadEnvs } = require(process.argv[1] + "/dist/utils/tryLoadEnvs.js")
tryLoadEnvs({ rootEnvPath: ".env", schemaEnvPath: null }, { conflictCheck: "none" })
""",
    "dotenv": """
require(process.argv[2] + "/node_modules/dotenv").config({ path: ".env", quiet: true })
""",
}
REPORT = """
const parsed = require(process.argv[2] + "/node_modules/dotenv").parse(require("fs").readFileSync(".env"))
const keys = new Set([...Object.keys(parsed), ...process.argv[3].split(",").filter(Boolean)])
const out = {}
for (const key of keys) if (Object.prototype.hasOwnProperty.call(process.env, key)) out[key] = process.env[key]
process.stdout.write(JSON.stringify(out))
"""


def fetch_internals(work: Path) -> Path:
    subprocess.run(["npm", "pack", INTERNALS, "--pack-destination", str(work), "--silent"],
                   check=True, capture_output=True)
    (tarball,) = work.glob("prisma-internals-*.tgz")
    with tarfile.open(tarball) as archive:
        archive.extractall(work / "internals", filter="data")
    return work / "internals" / "package"


def run_loader(kind: str, env_file: Path, preset: dict[str, str], internals: Path, work: Path) -> dict[str, str]:
    case_dir = work / "case"
    shutil.rmtree(case_dir, ignore_errors=True)
    case_dir.mkdir()
    shutil.copyfile(env_file, case_dir / ".env")
    env = {**preset, "NODE_PATH": str(ANCHOR / "node_modules")}  # @prisma/debug for the internals
    result = subprocess.run(
        ["node", "-e", LOADERS[kind] + REPORT, str(internals), str(ANCHOR), ",".join(preset)],
        cwd=case_dir, env=env, capture_output=True, text=True, check=True,
    )
    values = json.loads(result.stdout)
    values.pop("NODE_PATH", None)
    return values


def main() -> None:
    subprocess.run(["bash", str(ORACLE / "setup.sh")], check=True, capture_output=True)
    presets = json.loads((CASES / "presets.json").read_text(encoding="utf-8"))
    expected: dict[str, dict[str, dict[str, str]]] = {}
    with tempfile.TemporaryDirectory() as tmp:
        work = Path(tmp)
        internals = fetch_internals(work)
        for env_file in sorted(CASES.glob("*.env")):
            preset = presets.get(env_file.stem, {})
            expected[env_file.stem] = {kind: run_loader(kind, env_file, preset, internals, work) for kind in LOADERS}
    target = CASES / "expected.json"
    target.write_text(json.dumps(expected, indent=2, ensure_ascii=False, sort_keys=True) + "\n", encoding="utf-8")
    print(f"wrote {target.relative_to(ROOT)} ({len(expected)} cases)")


if __name__ == "__main__":
    main()
