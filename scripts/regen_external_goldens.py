#!/usr/bin/env python3
"""Regenerate tests/cli/external/expected.json: what the real Prisma 7.10.1 CLI prints and writes
for the project in tests/cli/external (prisma.config.ts with `tables.external`, `enums.external`
and `migrations.initShadowDb`), on PostgreSQL databases that hold setup.sql's objects first.
The steps are listed in STEPS; tests/cli/test_external.py runs the same with lamina.
Needs Node, ../shared/oracle and the PostgreSQL server at TEST_POSTGRES_URL.

    python scripts/regen_external_goldens.py
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import tempfile
import uuid
from pathlib import Path
from urllib.parse import urlsplit

import psycopg

ROOT = Path(__file__).resolve().parent.parent
CASE = ROOT / "tests" / "cli" / "external"
ORACLE = Path(os.environ.get("LAMINA_ORACLE", ROOT.parent / "shared" / "oracle"))
ANCHOR = Path(os.environ.get("PRISMA_ANCHOR_DIR", "/tmp/prisma-anchor"))
SERVER = os.environ.get("TEST_POSTGRES_URL", "postgresql://postgres@127.0.0.1:5432/postgres")

sys.path.insert(0, str(ROOT))
from tests.cli.test_external import STEPS  # noqa: E402 - the steps both tools run


def prisma(work: Path, url: str, argv: list[str]) -> tuple[int, str]:
    env = {**os.environ, "NO_COLOR": "1", "LAMINA_EXTERNAL_URL": url, "CHECKPOINT_DISABLE": "1",
           "PRISMA_HIDE_UPDATE_MESSAGE": "1", "PRISMA_SCHEMA_ENGINE_BINARY": str(ORACLE / "schema-engine-shim.mjs")}
    result = subprocess.run(["node", str(ANCHOR / "node_modules" / "prisma" / "build" / "index.js"), *argv],
                            cwd=work, env=env, capture_output=True, text=True)
    return result.returncode, result.stdout


def fresh_database(admin: psycopg.Connection) -> str:
    name = f"lamina_external_{uuid.uuid4().hex[:8]}"
    admin.execute(f'CREATE DATABASE "{name}"')
    url = urlsplit(SERVER)._replace(path="/" + name).geturl()
    with psycopg.connect(url, autocommit=True) as conn:
        conn.execute((CASE / "setup.sql").read_text(encoding="utf-8"))
    return url


def main() -> None:
    subprocess.run(["bash", str(ORACLE / "setup.sh")], check=True, capture_output=True)
    expected: dict[str, dict] = {}
    with psycopg.connect(SERVER, autocommit=True) as admin:
        databases: dict[str, str] = {}
        work = Path(tempfile.mkdtemp(dir=ANCHOR, prefix=".external-"))
        try:
            for name in ("schema.prisma", "prisma.config.ts"):
                shutil.copyfile(CASE / name, work / name)
            for step, database, argv, result in STEPS:
                if database not in databases:
                    databases[database] = fresh_database(admin)
                code, stdout = prisma(work, databases[database], list(argv))
                if result == "migration":
                    (folder,) = [p for p in (work / "migrations").iterdir() if p.is_dir()]
                    stdout = (folder / "migration.sql").read_text(encoding="utf-8")
                expected[step] = {"exit_code": code, "output": stdout if result != "exit" else ""}
        finally:
            shutil.rmtree(work)
            for url in databases.values():
                admin.execute(f'DROP DATABASE IF EXISTS "{urlsplit(url).path[1:]}" WITH (FORCE)')
    target = CASE / "expected.json"
    target.write_text(json.dumps(expected, indent=2) + "\n", encoding="utf-8")
    print(f"wrote {target.relative_to(ROOT)} ({len(expected)} steps)")


if __name__ == "__main__":
    main()
