#!/usr/bin/env python3
"""Regenerate the SQL goldens of the describer tests with the Prisma oracle.

For every `tests/dialects/fixtures/<case>/schema.prisma`, writes `<case>/migration.sql`: the script
`prisma migrate diff --from-empty --to-schema` prints (Prisma 7.10.1, ../shared/oracle).  The tests
apply that SQL to a fresh database and compare the description with their expectations; they never
call the oracle themselves.

Usage: scripts/regen_describe_fixtures.py [CASE ...]   (default: every case)
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import psycopg

REPO = Path(__file__).resolve().parents[1]
FIXTURES = REPO / "tests" / "dialects" / "fixtures"
ORACLE = Path(os.environ.get("LAMINA_ORACLE", REPO.parent / "shared" / "oracle"))
SERVER = os.environ.get("TEST_POSTGRES_URL", "postgresql://postgres@127.0.0.1:5432/postgres")
SCRATCH = "lamina_regen_describe_fixtures"
# Cases whose SQL Prisma generates for a connection with a non-default `?schema=` (the engine
# creates that schema on its connection, hence a scratch database, dropped afterwards).
EXTRA_ARGS = {
    "pg_tenant": ["--url", SERVER.rsplit("/", 1)[0] + f"/{SCRATCH}?schema=tenant"],
}


def regenerate(case: Path) -> None:
    result = subprocess.run(
        [str(ORACLE / "prisma-diff.sh"), "--from-empty", "--to-schema", str(case / "schema.prisma"),
         *EXTRA_ARGS.get(case.name, [])],
        capture_output=True, text=True, check=False,
    )
    if result.returncode != 0:
        sys.exit(f"{case.name}: the oracle failed ({result.returncode}):\n{result.stderr}")
    (case / "migration.sql").write_text(result.stdout, encoding="utf-8")
    print(f"{case.name}: {len(result.stdout)} bytes")


def main(names: list[str]) -> None:
    cases = [FIXTURES / n for n in names] if names else sorted(p.parent for p in FIXTURES.glob("*/schema.prisma"))
    with psycopg.connect(SERVER, autocommit=True) as admin:
        admin.execute(f'DROP DATABASE IF EXISTS "{SCRATCH}" WITH (FORCE)')
        admin.execute(f'CREATE DATABASE "{SCRATCH}"')
        try:
            for case in cases:
                regenerate(case)
        finally:
            admin.execute(f'DROP DATABASE IF EXISTS "{SCRATCH}" WITH (FORCE)')


if __name__ == "__main__":
    main(sys.argv[1:])
