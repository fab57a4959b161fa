#!/usr/bin/env python3
"""Regenerate tests/cli/status/<provider>/<case>.txt: what the real Prisma 7.10.1 CLI prints for
`migrate status` in each situation of tests/cli/status_cases.py, on PostgreSQL and SQLite.

Each case's migrations folder and history are built in a scratch folder and database, then
../shared/oracle/prisma-status.sh runs (NO_COLOR=1). The exit code, stdout and stderr are kept
apart, normalised by `status_cases.normalise`, and command hints name `lamina` (scripts/cli_name.py).
Needs Node and ../shared/oracle and, for PostgreSQL, the server at $ANCHOR_PG_URL (default
postgresql://postgres@127.0.0.1:5432/postgres).

    python scripts/regen_status_goldens.py [--out DIR] [CASE...]
"""

from __future__ import annotations

import os
import subprocess
import sys
import tempfile
from pathlib import Path
from urllib.parse import urlsplit

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "scripts"))
from cli_name import as_lamina  # noqa: E402
from tests.cli.status_cases import CASES, PROVIDERS, build_database, golden_path, normalise, write_migrations  # noqa: E402

GOLDENS = ROOT / "tests" / "cli" / "status"
ORACLE = Path(os.environ.get("LAMINA_ORACLE", ROOT.parent / "shared" / "oracle"))
SERVER = os.environ.get("ANCHOR_PG_URL", "postgresql://postgres@127.0.0.1:5432/postgres")
DATABASE = "lamina_status_golden"


def _postgres_database() -> str:
    import psycopg

    with psycopg.connect(SERVER, autocommit=True) as admin:
        admin.execute(f'DROP DATABASE IF EXISTS "{DATABASE}" WITH (FORCE)')
        admin.execute(f'CREATE DATABASE "{DATABASE}"')
    return urlsplit(SERVER)._replace(path="/" + DATABASE).geturl()


def _drop_postgres_database() -> None:
    import psycopg

    with psycopg.connect(SERVER, autocommit=True) as admin:
        admin.execute(f'DROP DATABASE IF EXISTS "{DATABASE}" WITH (FORCE)')


def run_case(name: str, provider: str) -> str:
    case = CASES[name]
    with tempfile.TemporaryDirectory() as tmp:
        work = Path(tmp)
        migrations = work / "prisma" / "migrations"
        write_migrations(migrations, case, provider)
        if provider == "sqlite":
            (work / "dev.db").touch()
            url = f"file:{work / 'dev.db'}"
        else:
            url = _postgres_database()
        schema = work / "schema.prisma"  # the oracle cannot guess the provider without a folder
        schema.write_text(f'datasource db {{\n  provider = "{provider}"\n}}\n')
        try:
            build_database(url, case, provider)
            result = subprocess.run([str(ORACLE / "prisma-status.sh"), url, str(migrations), str(schema)],
                                    cwd=work, capture_output=True, text=True, env={**os.environ, "NO_COLOR": "1"})
        finally:
            if provider == "postgresql":
                _drop_postgres_database()
    if result.returncode not in (0, 1) or "Datasource" not in result.stdout:
        raise RuntimeError(f"{provider} {name}: the oracle failed:\n{result.stdout}{result.stderr}")
    return as_lamina(normalise(result.stdout, result.stderr, result.returncode))


def main(argv: list[str]) -> int:
    goldens = GOLDENS
    if "--out" in argv:
        at = argv.index("--out")
        goldens = Path(argv[at + 1])
        argv = argv[:at] + argv[at + 2:]
    subprocess.run(["bash", str(ORACLE / "setup.sh")], check=True, stdout=subprocess.DEVNULL)
    for provider in PROVIDERS:
        for name in argv or CASES:
            path = golden_path(goldens, provider, name)
            path.parent.mkdir(parents=True, exist_ok=True)
            path.write_text(run_case(name, provider))
            print(f"{provider}: {name}", flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
