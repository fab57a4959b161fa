#!/usr/bin/env python3
"""Regenerate tests/introspect/goldens/<case>.<provider>.prisma (and .warnings): what the real
Prisma CLI's `db pull --print` prints for each hand-made database in tests/introspect/cases
(`<case>.postgresql.sql` / `<case>.sqlite.sql`), pulled with a schema holding only the datasource,
or with `<case>.<provider>.prisma` when it exists (re-introspection of an existing schema), or with
the schema folder `<case>.<provider>.schema/` (printed file by file, `// schema/<file>`);
`<case>.<provider>.args` holds further `db pull` arguments (`--force`).
Needs Node, ../shared/oracle and the PostgreSQL server at TEST_POSTGRES_URL.

    python scripts/regen_pull_goldens.py [CASE ...]
"""

from __future__ import annotations

import os
import shutil
import sqlite3
import subprocess
import sys
import tempfile
import uuid
from pathlib import Path
from urllib.parse import urlsplit

import psycopg

ROOT = Path(__file__).resolve().parent.parent
CASES = ROOT / "tests" / "introspect" / "cases"
GOLDENS = ROOT / "tests" / "introspect" / "goldens"
ORACLE = Path(os.environ.get("LAMINA_ORACLE", ROOT.parent / "shared" / "oracle"))
SERVER = os.environ.get("TEST_POSTGRES_URL", "postgresql://postgres@127.0.0.1:5432/postgres")


def base_schema(provider: str) -> str:
    return f'datasource db {{\n  provider = "{provider}"\n}}\n'


def split_warnings(stderr: str) -> str:
    """The engine's warning block from the CLI's stderr, without the config banner."""
    lines = [line for line in stderr.splitlines() if not line.startswith("Loaded Prisma config from")]
    text = "\n".join(lines).strip("\n")
    return text + "\n" if text else ""


def oracle_pull(url: str, provider: str, work: Path, existing: str | Path | None = None,
                args: tuple[str, ...] = ()) -> tuple[str, str, int]:
    if isinstance(existing, Path):  # a schema folder, given by its path relative to `work`
        schema = work / "schema"
        shutil.copytree(existing, schema)
    else:
        schema = work / "schema.prisma"
        schema.write_text(existing or base_schema(provider), encoding="utf-8")
    result = subprocess.run(
        ["bash", str(ORACLE / "prisma.sh"), "--url", url, "--schema", schema.name, "--", "db", "pull", "--print", *args],
        capture_output=True, text=True, cwd=work, env={**os.environ, "NO_COLOR": "1"},
    )
    return result.stdout, split_warnings(result.stderr), result.returncode


def with_postgres(sql: str, work: Path, existing: str | Path | None, args: tuple[str, ...]) -> tuple[str, str, int]:
    name = f"lamina_pull_{uuid.uuid4().hex[:8]}"
    with psycopg.connect(SERVER, autocommit=True) as admin:
        admin.execute(f'CREATE DATABASE "{name}"')
        try:
            url = urlsplit(SERVER)._replace(path="/" + name).geturl()
            with psycopg.connect(url, autocommit=True) as conn:
                conn.execute(sql)
            return oracle_pull(url, "postgresql", work, existing, args)
        finally:
            admin.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


def with_sqlite(sql: str, work: Path, existing: str | Path | None, args: tuple[str, ...]) -> tuple[str, str, int]:
    path = work / "dev.db"
    conn = sqlite3.connect(path)
    conn.executescript(sql)
    conn.close()
    return oracle_pull(f"file:{path}", "sqlite", work, existing, args)


def main(selected: list[str]) -> int:
    GOLDENS.mkdir(parents=True, exist_ok=True)
    for case in sorted(CASES.glob("*.sql")):
        name, provider = case.name.removesuffix(".sql").rsplit(".", 1)
        if selected and name not in selected:
            continue
        sql = case.read_text(encoding="utf-8")
        schema = case.with_suffix(".prisma")  # an existing schema to re-introspect, when given
        existing = schema.read_text(encoding="utf-8") if schema.exists() else None
        if case.with_suffix(".schema").is_dir():
            existing = case.with_suffix(".schema")
        with tempfile.TemporaryDirectory() as tmp:
            run = with_postgres if provider == "postgresql" else with_sqlite
            extra = case.with_suffix(".args")
            args = tuple(extra.read_text(encoding="utf-8").split()) if extra.exists() else ()
            stdout, warnings, code = run(sql, Path(tmp), existing, args)
        if code != 0 or not stdout.strip():  # the oracle prints nothing on some databases (CHECK constraints)
            print(f"{case.name}: the oracle failed ({code})\n{warnings}", file=sys.stderr)
            return 1
        (GOLDENS / f"{name}.{provider}.prisma").write_text(stdout, encoding="utf-8")
        (GOLDENS / f"{name}.{provider}.warnings").write_text(warnings, encoding="utf-8")
        print(f"wrote {name}.{provider}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
