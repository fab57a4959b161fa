#!/usr/bin/env python3
"""Regenerate tests/workflow/goldens/<provider>/<step>.sql with the real Prisma engine.

Each step schema in tests/workflow/steps/ (models only) gets a datasource for the provider; the
oracle's `prisma-dev-create.sh` writes the migration `prisma migrate dev --create-only` would write
on top of the previous steps. Needs Node and ../shared/oracle (run its setup.sh first) and, for
PostgreSQL, the server at $ANCHOR_PG_URL (default postgresql://postgres@127.0.0.1:5432/postgres).

    python scripts/regen_workflow_goldens.py
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
STEPS = ROOT / "tests" / "workflow" / "steps"
GOLDENS = ROOT / "tests" / "workflow" / "goldens"
ORACLE = Path(os.environ.get("LAMINA_ORACLE", ROOT.parent / "shared" / "oracle"))
URLS = {
    "postgresql": os.environ.get("ANCHOR_PG_URL", "postgresql://postgres@127.0.0.1:5432/postgres"),
    "sqlite": "file:./dev.db",
}


def datasource(provider: str) -> str:
    return f'datasource db {{\n  provider = "{provider}"\n}}\n\n'


def _next_second() -> None:
    start = int(time.time())
    while int(time.time()) == start:
        time.sleep(0.05)


def main(argv: list[str]) -> int:
    """`--out DIR` writes the goldens there instead of tests/workflow/goldens (to check them)."""
    goldens = Path(argv[argv.index("--out") + 1]) if "--out" in argv else GOLDENS
    subprocess.run(["bash", str(ORACLE / "setup.sh")], check=True, stdout=subprocess.DEVNULL)
    for provider, url in URLS.items():
        out_dir = goldens / provider
        out_dir.mkdir(parents=True, exist_ok=True)
        with tempfile.TemporaryDirectory() as tmp:
            work = Path(tmp)
            migrations = work / "migrations"
            for step in sorted(STEPS.glob("*.prisma")):
                schema = work / "schema.prisma"
                schema.write_text(datasource(provider) + step.read_text())
                name = step.stem.split("_", 1)[1]
                _next_second()  # Prisma names migrations by the second: same-second names would sort by name
                result = subprocess.run(
                    [str(ORACLE / "prisma-dev-create.sh"), url, str(schema), str(migrations), name],
                    cwd=work, capture_output=True, text=True)
                if result.returncode != 0:
                    sys.stderr.write(result.stdout + result.stderr)
                    return 1
                created = sorted(p for p in migrations.iterdir() if p.is_dir() and p.name.endswith("_" + name))[-1]
                shutil.copyfile(created / "migration.sql", out_dir / f"{step.stem}.sql")
                print(f"{provider}: {step.stem}")
            shutil.copyfile(migrations / "migration_lock.toml", out_dir / "migration_lock.toml")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
