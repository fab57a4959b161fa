#!/usr/bin/env python3
"""Regenerate the expected diagnostics of tests/psl/validation/**/*.prisma with the real Prisma.

For each fixture, the schema part is written as `schema.prisma` in a scratch folder and checked
with `prisma validate` (NO_COLOR=1) through ../shared/oracle/prisma.sh; the block from the first
`error:` line to the line before `Validation Error Count` becomes the fixture's trailing `// `
block (nothing when the schema is valid); command hints name `lamina` (scripts/cli_name.py). Usage: regen_psl_fixtures.py [FIXTURE...]
Environment: LAMINA_ORACLE (default: ../shared/oracle relative to the repository root).
"""

from __future__ import annotations

import os
import subprocess
import sys
import tempfile
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "tests"))
sys.path.insert(0, str(ROOT / "scripts"))
from cli_name import as_lamina  # noqa: E402
from psl.fixtures import (  # noqa: E402
    FIXTURES,
    MULTI_ROOT,
    MULTI_SUFFIX,
    SCHEMA_NAME,
    join_fixture,
    multi_fixture_files,
    split_fixture,
)

ORACLE = Path(os.environ.get("LAMINA_ORACLE", ROOT.parent / "shared" / "oracle"))


def oracle_diagnostics(files: dict[str, str], schema_arg: str) -> str:
    with tempfile.TemporaryDirectory() as scratch:
        for name, text in files.items():
            (Path(scratch) / name).parent.mkdir(parents=True, exist_ok=True)
            (Path(scratch) / name).write_bytes(text.encode("utf-8"))
        result = subprocess.run(
            [str(ORACLE / "prisma.sh"), "--schema", schema_arg, "--", "validate"],
            cwd=scratch, capture_output=True, text=True, env={**os.environ, "NO_COLOR": "1"},
        )
    output = result.stdout + result.stderr
    if result.returncode == 0 and ("is valid" in output or "are valid" in output):
        return ""
    lines = output.split("\n")
    try:
        first = next(i for i, line in enumerate(lines) if line.startswith(("error: ", "warning: ")))
        last = next(i for i, line in enumerate(lines) if line.startswith("Validation Error Count"))
    except StopIteration:
        raise RuntimeError(f"unexpected oracle output:\n{output}") from None
    block = lines[first:last]
    while block and block[-1] == "":
        block.pop()
    return as_lamina("\n".join(block) + "\n")


def regenerate(path: Path) -> str:
    if path.is_dir():
        expected_file = path / "expected.txt"
        before = expected_file.read_text(encoding="utf-8") if expected_file.exists() else ""
        expected = oracle_diagnostics(dict(multi_fixture_files(path)), MULTI_ROOT)
        expected_file.write_text(expected, encoding="utf-8")
        return f"{'changed' if expected != before else 'same   '} {path.relative_to(ROOT)}"
    schema, before = split_fixture(path.read_bytes().decode("utf-8"))
    expected = oracle_diagnostics({SCHEMA_NAME: schema}, SCHEMA_NAME)
    path.write_bytes(join_fixture(schema, expected).encode("utf-8"))
    return f"{'changed' if expected != before else 'same   '} {path.relative_to(ROOT)}"


def main(argv: list[str]) -> int:
    paths = [Path(a).resolve() for a in argv] or sorted(
        [p for p in FIXTURES.rglob("*.prisma") if not any(q.name.endswith(MULTI_SUFFIX) for q in p.parents)]
        + [p for p in FIXTURES.rglob("*" + MULTI_SUFFIX) if p.is_dir()]
    )
    with ThreadPoolExecutor(max_workers=3) as pool:
        for line in pool.map(regenerate, paths):
            print(line, flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
