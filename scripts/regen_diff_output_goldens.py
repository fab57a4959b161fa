#!/usr/bin/env python3
"""Regenerate tests/cli/diff_output/<case>.stdout and <case>.file from the Prisma oracle: what
`prisma migrate diff` prints to stdout, and what it writes with `-o` (`--output`), for each line
of tests/cli/diff_output/cases.tsv (provider, schema file, the datasource URL's `?schema=`, and
the arguments). The output is Prisma's own, through the real CLI (../shared/oracle/prisma.sh).

Usage: scripts/regen_diff_output_goldens.py [CASE ...]
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SHARED = Path(os.environ.get("LAMINA_SHARED", ROOT.parent / "shared"))
ORACLE = SHARED / "oracle"
PG_URL = os.environ.get("TEST_POSTGRES_URL", "postgresql://postgres@127.0.0.1:5432/postgres")
CASES = ROOT / "tests" / "cli" / "diff_output"


def read_cases() -> list[tuple[str, str, str, str | None, str]]:
    rows = []
    for line in (CASES / "cases.tsv").read_text().splitlines():
        if line.strip() and not line.startswith("#"):
            name, provider, schema, url_schema, args = line.split("\t")
            rows.append((name, provider, schema, None if url_schema == "-" else url_schema, args))
    return rows


def oracle_url(provider: str, url_schema: str | None) -> str:
    if provider == "sqlite":
        return "file:./dev.db"
    return PG_URL + (f"?schema={url_schema}" if url_schema else "")


def regen(name: str, provider: str, schema: str, url_schema: str | None, args: str) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        work = Path(tmp)
        shutil.copy(CASES / schema, work / "schema.prisma")
        argv = args.replace("{schema}", "schema.prisma").split()
        base = [str(ORACLE / "prisma.sh"), "--url", oracle_url(provider, url_schema), "--schema", "schema.prisma",
                "--", "migrate", "diff", *argv]
        printed = subprocess.run(base, cwd=work, capture_output=True, text=True)
        written = subprocess.run([*base, "-o", "out.sql"], cwd=work, capture_output=True, text=True)
        if printed.returncode != 0 or written.returncode != 0:
            print(f"{name}: oracle failed\n{printed.stderr[-1500:]}{written.stderr[-1500:]}", file=sys.stderr)
            return
        (CASES / f"{name}.stdout").write_text(printed.stdout)
        (CASES / f"{name}.file").write_text((work / "out.sql").read_text())
    print(f"{name}: {len(printed.stdout)} bytes", flush=True)


def main(names: list[str]) -> None:
    for case in read_cases():
        if not names or case[0] in names:
            regen(*case)


if __name__ == "__main__":
    main(sys.argv[1:])
