#!/usr/bin/env python3
"""Regenerate the SQL goldens of the describer tests with the Prisma oracle.

For every `tests/dialects/fixtures/<case>/schema.prisma`, writes `<case>/migration.sql`: the script
`prisma migrate diff --from-empty --to-schema` prints (Prisma 7.10.1, ../shared/oracle).  The tests
apply that SQL to a fresh database and compare the description with their expectations.

For the corpus histories the oracle can replay, writes `fixtures/drift/<entry>.sql`: the script
`prisma migrate diff --from-migrations <entry>/migrations --to-schema <entry>'s schema` prints, i.e.
the drift between the replayed history (described) and the schema (calculated).  The tests never
call the oracle themselves.

Usage: scripts/regen_describe_fixtures.py [CASE ...]   (default: every case and drift entry)
"""

from __future__ import annotations

import os
import subprocess
import sys
import tempfile
from pathlib import Path

import psycopg

REPO = Path(__file__).resolve().parents[1]
FIXTURES = REPO / "tests" / "dialects" / "fixtures"
ORACLE = Path(os.environ.get("LAMINA_ORACLE", REPO.parent / "shared" / "oracle"))
CORPUS = Path(os.environ.get("LAMINA_CORPUS") or REPO.parent / "shared" / "corpus")
# Clean corpus histories the oracle can replay (documenso, hoppscotch, inbox-zero, pingvin-share,
# rallly, teable-sqlite and trigger-dev have statements the Wasm engine's shadow-database replay
# rejects, e.g. `$$` bodies or double-quoted string literals).
DRIFT_ENTRIES = [
    "epic-stack", "spacedrive", "evolution-api-postgresql", "ghostfolio", "papermark", "teable-postgres",
    "umami-postgresql",
]
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


def regenerate_drift(entry: str) -> None:
    root = CORPUS / entry
    schema = root / "schema.prisma" if (root / "schema.prisma").exists() else root / "schema"
    with tempfile.TemporaryDirectory() as work:
        target = Path(work) / schema.name
        subprocess.run([sys.executable, str(ORACLE / "prisma7ize.py"), str(schema), str(target)],
                       capture_output=True, check=True)
        result = subprocess.run(
            [str(ORACLE / "prisma-diff.sh"), "--from-migrations", str(root / "migrations"),
             "--to-schema", str(target)],
            capture_output=True, text=True, check=False,
        )
    if result.returncode != 0:
        print(f"drift {entry}: the oracle failed ({result.returncode}), golden left as is:\n"
              f"{result.stderr[-1500:]}", file=sys.stderr)
        return
    (FIXTURES / "drift").mkdir(exist_ok=True)
    (FIXTURES / "drift" / f"{entry}.sql").write_text(result.stdout, encoding="utf-8")
    print(f"drift {entry}: {len(result.stdout)} bytes")


def main(names: list[str]) -> None:
    if not names:
        names = [p.parent.name for p in sorted(FIXTURES.glob("*/schema.prisma"))] + DRIFT_ENTRIES
    cases = [FIXTURES / n for n in names if n not in DRIFT_ENTRIES]
    with psycopg.connect(SERVER, autocommit=True) as admin:
        admin.execute(f'DROP DATABASE IF EXISTS "{SCRATCH}" WITH (FORCE)')
        admin.execute(f'CREATE DATABASE "{SCRATCH}"')
        try:
            for case in cases:
                regenerate(case)
            for entry in (n for n in names if n in DRIFT_ENTRIES):
                regenerate_drift(entry)
        finally:
            admin.execute(f'DROP DATABASE IF EXISTS "{SCRATCH}" WITH (FORCE)')


if __name__ == "__main__":
    main(sys.argv[1:])
