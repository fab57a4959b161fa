"""A fresh migrated PostgreSQL database per test: the pytest plugin's template clone against a replay.

    .venv/bin/python bench/pytest_template.py [--entry trigger-dev] [--replays 3] [--clones 20] [--write]

For one corpus history (default: trigger-dev's 820 migrations), it measures what a test waits for
before it starts and after it ends:

- replay: a new empty database, the whole history applied by lamina (`migrate deploy`'s code), the
  database dropped: what a fixture without a template does per test;
- template clone: `CREATE DATABASE … TEMPLATE` of the session's migrated template, and its drop:
  what `lamina_database` does per test (lamina.testing.databases, the plugin's own code);
- the same fixture through pytest itself: a test file of `--clones` tests that each take
  `lamina_database`, run in a subprocess, its wall time less the template's, per test.

The goal is a clone at most 0.05x of a replay. `--write` puts the table into docs/pytest.md between
its `bench:pytest_template` markers. Needs PostgreSQL (BENCH_POSTGRES_URL / TEST_POSTGRES_URL) and
../shared/corpus (or $LAMINA_CORPUS).
"""

from __future__ import annotations

import argparse
import os
import platform
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

from bench import pg  # noqa: E402

from lamina.engine.apply import apply_migrations  # noqa: E402
from lamina.engine.connection import connect, create_database, drop_database  # noqa: E402
from lamina.engine.urls import parse_database_url  # noqa: E402
from lamina.testing.databases import DatabaseFactory  # noqa: E402
from lamina.testing.project import load_lamina_project  # noqa: E402

DOC = REPO / "docs" / "pytest.md"
BEGIN, END = "<!-- bench:pytest_template -->", "<!-- /bench:pytest_template -->"


def corpus_dir() -> Path:
    return Path(os.environ.get("LAMINA_CORPUS") or REPO.parent / "shared" / "corpus")


def project_copy(entry: str, folder: Path) -> Path:
    """The entry's schema and migrations, referred to by a lamina.toml (the corpus stays read-only)."""
    source = corpus_dir() / entry
    schema = "schema.prisma" if (source / "schema.prisma").is_file() else "schema"
    (folder / "lamina.toml").write_text(
        f'schema = "{source / schema}"\n\n[migrations]\npath = "{source / "migrations"}"\n')
    return folder


def replay_once(project, server) -> float:
    """Create, migrate from empty, drop: seconds."""
    url = server.with_database(pg.fresh_name("replay"))
    started = time.perf_counter()
    create_database(url)
    try:
        with connect(url) as conn:
            apply_migrations(conn, project.migrations())
    finally:
        drop_database(url, force=True)
    return time.perf_counter() - started


def clones(factory: DatabaseFactory, count: int) -> tuple[list[float], float]:
    """(seconds of each clone, as a test waits for it; seconds `close()` then waited for the drops
    queued in the background)."""
    created = []
    for index in range(count):
        started = time.perf_counter()
        database = factory.create(f"bench_{index}")
        factory.drop(database)
        created.append(time.perf_counter() - started)
    started = time.perf_counter()
    factory.close()
    return created, time.perf_counter() - started


def through_pytest(folder: Path, count: int, server_url: str) -> tuple[float, list[float], float]:
    """A pytest run of `count` tests taking lamina_database, after one that waits for the template:
    (wall seconds, each test's setup + teardown seconds, the template test's setup seconds)."""
    (folder / "test_clones.py").write_text(
        "import pytest\n\n"
        "def test_a_template_first(lamina_database):\n"
        "    pass\n\n"
        f"@pytest.mark.parametrize('index', range({count}))\n"
        "def test_clone(lamina_database, index):\n"
        "    with lamina_database.connect() as conn:\n"
        "        assert conn.execute('SELECT count(*) FROM _prisma_migrations').fetchone()[0] > 0\n")
    env = dict(os.environ, LAMINA_TEST_DATABASE_URL=server_url)
    started = time.perf_counter()
    result = subprocess.run([sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider", "--durations=0",
                             "--durations-min=0", "test_clones.py"], cwd=folder, env=env, capture_output=True, text=True)
    wall = time.perf_counter() - started
    if result.returncode != 0:
        raise SystemExit(f"pytest failed:\n{result.stdout}\n{result.stderr}")
    per_test: dict[str, float] = {}
    template = 0.0
    for line in result.stdout.splitlines():
        parts = line.split()
        if len(parts) == 3 and parts[0].endswith("s") and parts[1] in ("setup", "teardown"):
            seconds = float(parts[0][:-1])
            if "test_a_template_first" in parts[2]:
                template += seconds
            elif "test_clone[" in parts[2]:
                per_test[parts[2]] = per_test.get(parts[2], 0.0) + seconds
    return wall, list(per_test.values()), template


def table(rows: list[tuple[str, str, str]]) -> str:
    lines = ["| what | per test | against a replay |", "|---|---:|---:|"]
    lines += [f"| {a} | {b} | {c} |" for a, b, c in rows]
    return "\n".join(lines)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--entry", default="trigger-dev")
    parser.add_argument("--replays", type=int, default=3)
    parser.add_argument("--clones", type=int, default=20)
    parser.add_argument("--write", action="store_true", help="write the table into docs/pytest.md")
    args = parser.parse_args()

    pg.drop_leftovers()
    server = parse_database_url(pg.SERVER_URL)
    with tempfile.TemporaryDirectory(prefix="lamina-bench-pytest-") as scratch:
        folder = project_copy(args.entry, Path(scratch))
        project = load_lamina_project(folder)
        count = len(project.migrations())
        print(f"{args.entry}: {count} migrations", file=sys.stderr)

        factory = DatabaseFactory(project, server)
        try:
            template = factory.template()
            print(f"template migrated in {template.seconds:.2f}s", file=sys.stderr)
            created, drop_wait = clones(factory, args.clones)
        finally:
            factory.close()
        print(f"clone: median {statistics.median(created):.3f}s; drops waited {drop_wait:.2f}s", file=sys.stderr)

        replays = []
        for _ in range(args.replays):
            replays.append(replay_once(project, server))
            print(f"replay: {replays[-1]:.2f}s", file=sys.stderr)

        wall, fixture, template_setup = through_pytest(folder, args.clones, pg.SERVER_URL)
        print(f"pytest: {wall:.2f}s wall, template setup {template_setup:.2f}s", file=sys.stderr)

    replay = statistics.median(replays)
    clone = statistics.median(created)
    in_pytest = statistics.median(fixture)
    rows = [
        (f"replay: create, apply {count} migrations, drop (median of {args.replays})", f"{replay:.2f} s", "1x"),
        (f"template clone: `CREATE DATABASE … TEMPLATE` (median of {args.clones})",
         f"{clone * 1000:.0f} ms", f"{clone / replay:.4f}x"),
        ("its `DROP DATABASE`, on a background thread (waited for at the session's end)",
         f"{drop_wait / args.clones * 1000:.0f} ms", f"{drop_wait / args.clones / replay:.4f}x"),
        (f"through pytest: `lamina_database` setup + teardown (median of {args.clones} tests)",
         f"{in_pytest * 1000:.0f} ms", f"{in_pytest / replay:.4f}x"),
        ("the template, migrated once per session (first test's setup in pytest)",
         f"{template.seconds:.2f} s ({template_setup:.2f} s)", "(once)"),
        (f"whole pytest run of {args.clones + 1} tests, start-up and final drops included", f"{wall:.2f} s", ""),
    ]
    with pg._admin() as conn:
        version = conn.execute("SHOW server_version").fetchone()[0]
    facts = (f"{args.entry} ({count} migrations), PostgreSQL {version}, Python {platform.python_version()}, "
             f"{os.cpu_count()} CPU cores, load average {os.getloadavg()[0]:.2f} at the end, "
             f"{time.strftime('%Y-%m-%d')}.")
    text = f"{table(rows)}\n\n{facts}"
    print(text)
    if args.write:
        doc = DOC.read_text(encoding="utf-8")
        before, rest = doc.split(BEGIN, 1)
        _, after = rest.split(END, 1)
        DOC.write_text(f"{before}{BEGIN}\n{text}\n{END}{after}", encoding="utf-8")


if __name__ == "__main__":
    main()
