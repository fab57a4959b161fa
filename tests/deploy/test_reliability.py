"""Reliability suite: concurrent deployers queue on the advisory lock, kill -9 in the middle of a
migration leaves no partial migration, and the next deploy completes. Prints its figures (run with
`-s` to see them)."""

from __future__ import annotations

import os
import random
import signal
import subprocess
import sys
import time
from pathlib import Path

import psycopg
import pytest

from lamina.engine.lock import ADVISORY_LOCK_KEY

from tests.cli.helpers import lamina

from .conftest import lamina_env, run_lamina, write_project

pytestmark = pytest.mark.slow

# Imports lamina, waits for the barrier file, then runs the CLI: all deployers start together.
BARRIER_RUNNER = (
    "import os, sys, time\n"
    "from lamina.cli.main import main\n"
    "barrier = sys.argv[1]\n"
    "while not os.path.exists(barrier):\n"
    "    time.sleep(0.002)\n"
    "sys.exit(main(sys.argv[2:]))\n"
)


def test_eight_deployers_released_together_apply_inbox_zero_once(
    tmp_path: Path, postgres_url: str, corpus: Path
) -> None:
    migrations = corpus / "inbox-zero" / "migrations"
    expected = sorted(p.name for p in migrations.iterdir() if (p / "migration.sql").is_file())
    write_project(tmp_path, "postgresql", postgres_url, migrations_from=migrations)
    barrier = tmp_path / "go"
    env = lamina_env(LAMINA_LOCK_TIMEOUT="300")
    deployers = [
        subprocess.Popen(
            [sys.executable, "-c", BARRIER_RUNNER, str(barrier), "migrate", "deploy"],
            cwd=tmp_path, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
        )
        for _ in range(8)
    ]
    time.sleep(1.5)  # every process has imported lamina and waits at the barrier
    barrier.touch()
    started = time.monotonic()
    most_waiting = 0
    with psycopg.connect(postgres_url, autocommit=True) as watcher:
        while any(deployer.poll() is None for deployer in deployers):
            (waiting,) = watcher.execute(
                "SELECT count(*) FROM pg_locks WHERE locktype = 'advisory' AND objid = %s AND NOT granted",
                (ADVISORY_LOCK_KEY,),
            ).fetchone()
            most_waiting = max(most_waiting, waiting)
            time.sleep(0.02)
        wall = time.monotonic() - started
        outputs = [deployer.communicate() for deployer in deployers]
        codes = [deployer.returncode for deployer in deployers]
        rows = watcher.execute(
            "SELECT migration_name, finished_at IS NOT NULL, rolled_back_at IS NULL FROM _prisma_migrations"
        ).fetchall()
    appliers = sum("have been applied" in out for out, _ in outputs)
    idle = sum("No pending migrations to apply." in out for out, _ in outputs)
    print(
        f"\n[reliability] 8 concurrent deploys of inbox-zero: exit codes {codes}, {wall:.1f}s wall, "
        f"{len(rows)} rows, {len({r[0] for r in rows})} distinct names, at most {most_waiting} deployers "
        f"waiting on pg_advisory_lock at once, {appliers} applied, {idle} found nothing pending"
    )
    assert codes == [0] * 8, [err for _, err in outputs]
    assert len(rows) == len(expected) == 240
    assert sorted(r[0] for r in rows) == expected
    assert all(finished and live for _, finished, live in rows)
    assert most_waiting >= 1
    assert appliers == 1 and idle == 7


def _kill_history(count: int) -> dict[str, str]:
    scripts = {"00_init": 'CREATE TABLE "log" ("k" INTEGER NOT NULL);\n'}
    for k in range(1, count + 1):
        scripts[f"{k:02d}_step"] = (
            f'CREATE TABLE "t{k}" ("id" INTEGER NOT NULL, "v" TEXT);\n'
            f"INSERT INTO \"t{k}\" SELECT g, md5(g::text) FROM generate_series(1, 2000) g;\n"
            "SELECT pg_sleep(0.25);\n"
            f'ALTER TABLE "t{k}" ADD COLUMN "w" INTEGER;\n'
            f'CREATE INDEX "t{k}_v_idx" ON "t{k}"("v");\n'
            f'INSERT INTO "log" VALUES ({k});\n'
        )
    return scripts


def _state(conn: psycopg.Connection, count: int) -> tuple[set[int], list[str]]:
    """(finished migrations by number, inconsistencies found)."""
    problems: list[str] = []
    rows = conn.execute(
        "SELECT migration_name, finished_at IS NOT NULL FROM _prisma_migrations WHERE rolled_back_at IS NULL"
    ).fetchall() if conn.execute("SELECT to_regclass('public._prisma_migrations')").fetchone()[0] else []
    finished = {int(name[:2]) for name, done in rows if done and name != "00_init"}
    problems += [f"failed row {name}" for name, done in rows if not done]
    has_log = conn.execute("SELECT to_regclass('public.\"log\"')").fetchone()[0] is not None
    logged = {k for (k,) in conn.execute('SELECT "k" FROM "log"').fetchall()} if has_log else set()
    for k in range(1, count + 1):
        table = conn.execute("SELECT to_regclass(%s)", (f'public."t{k}"',)).fetchone()[0] is not None
        column = bool(conn.execute(
            "SELECT 1 FROM information_schema.columns WHERE table_name = %s AND column_name = 'w'", (f"t{k}",)
        ).fetchall())
        index = conn.execute("SELECT to_regclass(%s)", (f'public."t{k}_v_idx"',)).fetchone()[0] is not None
        parts = {"table": table, "column": column, "index": index, "log": k in logged, "row": k in finished}
        if len(set(parts.values())) != 1:
            problems.append(f"t{k} partial: {parts}")
    return finished, problems


def test_kill_9_during_a_migration_leaves_no_partial_migration(tmp_path: Path, postgres_url: str) -> None:
    count = 3
    write_project(tmp_path, "postgresql", postgres_url, _kill_history(count))
    rng = random.Random(20261125)
    runs, mid_file, landed = 20, 0, []
    with psycopg.connect(postgres_url, autocommit=True) as watcher:
        def spawn(run: int) -> subprocess.Popen:
            # Started one run ahead: the interpreter and lamina load while the previous run ends.
            return subprocess.Popen(
                [sys.executable, "-c", BARRIER_RUNNER, str(tmp_path / f"go-{run}"), "migrate", "deploy"],
                cwd=tmp_path, env=lamina_env(), stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True,
            )

        upcoming = spawn(0)
        for run in range(runs):
            watcher.execute("DROP SCHEMA public CASCADE; CREATE SCHEMA public")
            target = rng.randint(1, count)
            deployer = upcoming
            (tmp_path / f"go-{run}").touch()
            if run + 1 < runs:
                upcoming = spawn(run + 1)
            seen = None
            deadline = time.monotonic() + 30
            while seen is None and time.monotonic() < deadline and deployer.poll() is None:
                # Wait for the migration's third statement: CREATE TABLE and INSERT have run.
                rows = watcher.execute(
                    "SELECT 1 FROM pg_stat_activity WHERE application_name = 'lamina' AND state = 'active' "
                    "AND wait_event = 'PgSleep' AND query LIKE %s",
                    (f'%CREATE TABLE "t{target}"%',),
                ).fetchall()
                if rows:
                    time.sleep(rng.uniform(0.0, 0.2))
                    rows = watcher.execute(
                        "SELECT wait_event FROM pg_stat_activity WHERE application_name = 'lamina' "
                        "AND state = 'active' AND query LIKE %s",
                        (f'%CREATE TABLE "t{target}"%',),
                    ).fetchall()
                    os.kill(deployer.pid, signal.SIGKILL)
                    seen = (rows[0][0] or "on CPU") if rows else "finished"
                else:
                    time.sleep(0.002)
            transcript, _ = deployer.communicate()
            assert seen is not None and seen != "finished", (
                f"run {run}: the kill did not land in migration {target}:\n{transcript}"
            )
            # Statements 1 and 2 of 6 had run and the migration's statement was still executing.
            mid_file += seen in ("PgSleep", "on CPU")
            finished, problems = _state(watcher, count)
            assert not problems, f"run {run}: {problems}"
            assert seen == "finished" or target not in finished
            landed.append((target, seen or "-", sorted(finished)))

            after = lamina(tmp_path, "migrate", "deploy")  # in-process: one interpreter start less
            assert after.code == 0, after.text
            finished, problems = _state(watcher, count)
            assert not problems and finished == set(range(1, count + 1)), problems
    print(
        f"\n[reliability] kill -9 during a migration: {runs} runs, {mid_file} landed mid-file (statements 1-2 "
        f"of 6 done, the migration still executing in pg_stat_activity), {runs - mid_file} after it; "
        f"0 partial migrations; the next deploy completed {runs}/{runs}. "
        f"Kills (migration, wait event, finished before): {landed}"
    )
    assert mid_file >= 15


def test_kill_9_during_a_sqlite_migration_leaves_no_partial_migration(tmp_path: Path) -> None:
    heavy = (
        'CREATE TABLE "big" ("id" INTEGER NOT NULL PRIMARY KEY, "v" TEXT);\n'
        "INSERT INTO \"big\" WITH RECURSIVE s(g) AS (SELECT 1 UNION ALL SELECT g + 1 FROM s WHERE g < 250000) "
        "SELECT g, hex(randomblob(16)) FROM s;\n"
        'CREATE INDEX "big_v_idx" ON "big"("v");\n'
        'CREATE TABLE "after" ("id" INTEGER);\n'
    )
    write_project(tmp_path, "sqlite", "file:./dev.db", {"1_init": 'CREATE TABLE "a" ("id" INTEGER);\n', "2_heavy": heavy})
    database = tmp_path / "prisma" / "dev.db"
    rng = random.Random(7)
    import sqlite3

    kills = 0
    for run in range(5):
        database.unlink(missing_ok=True)
        assert run_lamina(tmp_path, "migrate", "deploy", "--dry-run").returncode == 0
        deployer = subprocess.Popen(
            [sys.executable, "-m", "lamina", "migrate", "deploy"], cwd=tmp_path, env=lamina_env(),
            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
        )
        while not (tmp_path / "prisma" / "dev.db-journal").exists() and deployer.poll() is None:
            time.sleep(0.002)
        time.sleep(rng.uniform(0.02, 0.12))
        if deployer.poll() is None:
            os.kill(deployer.pid, signal.SIGKILL)
            kills += 1
        deployer.wait()
        with sqlite3.connect(database) as conn:  # opening rolls back the hot journal
            tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
            rows = conn.execute("SELECT migration_name, finished_at IS NOT NULL FROM _prisma_migrations").fetchall() \
                if "_prisma_migrations" in tables else []
        heavy_done = ("2_heavy", 1) in rows
        assert heavy_done == ("big" in tables) == ("after" in tables), (run, tables, rows)
        assert all(done for _, done in rows), rows
        after = run_lamina(tmp_path, "migrate", "deploy", timeout=120)
        assert after.returncode == 0, after.stderr
    print(f"\n[reliability] SQLite kill -9 during a 250k-row migration: {kills}/5 killed mid-migration, 0 partial")
    assert kills >= 3
