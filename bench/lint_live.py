"""Live proof of `migrate dev --safe`: how long a writer stalls while each plan is deployed.

    .venv/bin/python bench/lint_live.py [--rows 1000000] [--output docs/lint.md]

For each change, (a) a new index, (b) a new foreign key and (c) a field made required, the script
does this twice, once with the plain plan and once with the `--safe` plan:

1. It makes a fresh PostgreSQL database and runs `lamina migrate dev` with the schema before the
   change. Then it loads `--rows` rows into "Account".
2. It writes the migration(s) with `lamina migrate dev --create-only [--safe]` and the schema after
   the change.
3. It starts a writer: its own connection, one INSERT into "Account" every 10 ms, and the time each
   one completes.
4. It deploys with `lamina migrate deploy`, then stops the writer.

The figure reported is the writer's longest stall: the longest gap between two completed inserts,
minus the 10 ms the writer waits on purpose. The output is a benchmark row, never a test. The
script writes its table between the `<!-- lint-live -->` markers of docs/lint.md. It needs the
PostgreSQL server at $TEST_POSTGRES_URL (default postgresql://postgres@127.0.0.1:5432/postgres).
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import tempfile
import threading
import time
import uuid
from pathlib import Path
from urllib.parse import urlsplit

import psycopg

REPO = Path(__file__).resolve().parent.parent
SERVER = os.environ.get("TEST_POSTGRES_URL", "postgresql://postgres@127.0.0.1:5432/postgres")
START, END = "<!-- lint-live -->", "<!-- /lint-live -->"
INTERVAL = 0.010

CHANGES = {  # what the schema after the change adds inside "Account"
    "a new index": "  @@index([email])\n",
    "a new foreign key": "  team   Team?   @relation(fields: [teamId], references: [id])\n",
    "a field made required": "",
}


def _schema(change: str | None) -> str:
    account = ["model Account {", "  id     Int     @id @default(autoincrement())",
               "  email  String" + ("" if change == "a field made required" else "?"), "  teamId Int?"]
    text = "model Team {\n  id Int @id\n" + ("  accounts Account[]\n" if change == "a new foreign key" else "") + "}\n\n"
    return text + "\n".join(account) + "\n" + (CHANGES[change] if change else "") + "}\n"


def _url(database: str) -> str:
    return urlsplit(SERVER)._replace(path="/" + database).geturl()


def _lamina(project: Path, url: str, *argv: str) -> None:
    env = {**os.environ, "NO_COLOR": "1", "CI": "1", "DATABASE_URL": url}
    result = subprocess.run([sys.executable, "-m", "lamina", *argv], cwd=project, env=env, capture_output=True,
                            text=True)
    if result.returncode != 0:
        raise RuntimeError(f"lamina {' '.join(argv)} failed:\n{result.stdout}\n{result.stderr}")


class Writer(threading.Thread):
    def __init__(self, url: str):
        super().__init__(daemon=True)
        self.url = url
        self.done: list[float] = []
        self.stop = threading.Event()

    def run(self) -> None:
        with psycopg.connect(self.url, autocommit=True) as conn:
            tick = time.perf_counter()
            while not self.stop.is_set():
                conn.execute("""INSERT INTO "Account" ("email", "teamId") VALUES ('w@x', 1)""")
                self.done.append(time.perf_counter())
                tick += INTERVAL
                time.sleep(max(0.0, tick - time.perf_counter()))

    def longest_stall(self) -> float:
        gaps = [b - a for a, b in zip(self.done, self.done[1:])]
        return max(0.0, max(gaps, default=0.0) - INTERVAL)


def measure(change: str, safe: bool, rows: int, scratch: Path) -> tuple[float, float, int]:
    name = f"lamina_live_{uuid.uuid4().hex[:8]}"
    url = _url(name)
    project = scratch / name
    (project / "prisma").mkdir(parents=True)
    schema = project / "prisma" / "schema.prisma"
    datasource = 'datasource db {\n  provider = "postgresql"\n  url      = env("DATABASE_URL")\n}\n\n'
    with psycopg.connect(SERVER, autocommit=True) as admin:
        admin.execute(f'CREATE DATABASE "{name}"')
    try:
        schema.write_text(datasource + _schema(None))
        _lamina(project, url, "migrate", "dev", "--name", "init", "--skip-seed")
        with psycopg.connect(url, autocommit=True) as conn:
            conn.execute('INSERT INTO "Team" ("id") VALUES (1)')
            conn.execute(f"""INSERT INTO "Account" ("email", "teamId")
                             SELECT 'user' || i || '@example.com', 1 FROM generate_series(1, {rows}) i""")
            conn.execute('VACUUM ANALYZE "Account"')
        schema.write_text(datasource + _schema(change))
        _lamina(project, url, "migrate", "dev", "--name", "change", "--create-only", *(["--safe"] if safe else []))
        migrations = len([p for p in (project / "prisma" / "migrations").iterdir() if p.is_dir()]) - 1
        writer = Writer(url)
        writer.start()
        time.sleep(0.5)
        started = time.perf_counter()
        _lamina(project, url, "migrate", "deploy")
        took = time.perf_counter() - started
        time.sleep(0.5)
        writer.stop.set()
        writer.join()
        return writer.longest_stall(), took, migrations
    finally:
        with psycopg.connect(SERVER, autocommit=True) as admin:
            admin.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--rows", type=int, default=1_000_000)
    parser.add_argument("--output", type=Path, default=REPO / "docs" / "lint.md")
    args = parser.parse_args(argv)
    lines = [START, "", f"Written by `bench/lint_live.py`: \"Account\" holds {args.rows:,} rows, and a writer inserts "
             "one row every 10 ms on its own connection while `lamina migrate deploy` applies the plan. The stall "
             "is the writer's longest gap between two inserts, minus its 10 ms wait. Goal with `--safe`: ≤ 100 ms.",
             "", "| change | plan | migrations | deploy s | writer's longest stall |", "|---|---|---:|---:|---:|"]
    with tempfile.TemporaryDirectory(prefix="lamina-lint-live-") as scratch:
        for change in CHANGES:
            for safe in (False, True):
                stall, took, migrations = measure(change, safe, args.rows, Path(scratch))
                plan = "`--safe`" if safe else "plain"
                print(f"{change}, {plan}: stall {stall * 1000:.0f} ms, deploy {took:.2f} s, {migrations} migrations",
                      file=sys.stderr)
                lines.append(f"| {change} | {plan} | {migrations} | {took:.2f} | {stall * 1000:,.0f} ms |")
    lines += ["", END]
    doc = args.output.read_text()
    before, _, rest = doc.partition(START)
    _, _, after = rest.partition(END)
    args.output.write_text(before + "\n".join(lines) + after)
    print(f"wrote {args.output}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
