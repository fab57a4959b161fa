"""Concurrent `migrate deploy` on one SQLite file: each deployer takes the file's exclusive lock before
it reads anything and waits for the one holding it (up to the lock timeout, then P1002), as
deployers queue on PostgreSQL's advisory lock. Every migration is applied exactly once and the file
is never left empty."""

from __future__ import annotations

import sqlite3
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest

from lamina.engine.connection import connect
from lamina.engine.lock import acquire_migration_lock
from lamina.engine.urls import parse_database_url

from .conftest import lamina_env, run_lamina, write_project
from .test_reliability import BARRIER_RUNNER

DEPLOYERS = 5
# Each migration writes enough rows to take a noticeable moment, so that deployers overlap.
SCRIPTS = {
    f"2024010100000{k}_step{k}": (
        f'CREATE TABLE "t{k}" ("id" INTEGER NOT NULL PRIMARY KEY, "v" TEXT);\n'
        f'WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 20000)\n'
        f'INSERT INTO "t{k}" SELECT i, hex(randomblob(16)) FROM n;\n'
        f'CREATE INDEX "t{k}_v_idx" ON "t{k}"("v");\n'
    )
    for k in range(1, 5)
}


def _deploy_together(project: Path, count: int) -> list[tuple[int, str, str]]:
    barrier = project / "go"
    env = lamina_env(LAMINA_LOCK_TIMEOUT="60")
    deployers = [
        subprocess.Popen([sys.executable, "-c", BARRIER_RUNNER, str(barrier), "migrate", "deploy"],
                         cwd=project, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
        for _ in range(count)
    ]
    time.sleep(1.5)  # every process has imported lamina and waits at the barrier
    barrier.touch()
    return [(d.wait(timeout=300), *d.communicate()) for d in deployers]


@pytest.mark.parametrize("exists", [True, False], ids=["existing-file", "new-file"])
def test_concurrent_deployers_each_wait_and_apply_every_migration_once(exists: bool, tmp_path: Path) -> None:
    database = tmp_path / "prisma" / "dev.db"
    write_project(tmp_path, "sqlite", "file:./dev.db", SCRIPTS)
    if exists:
        database.touch()

    results = _deploy_together(tmp_path, DEPLOYERS)

    assert [code for code, _, _ in results] == [0] * DEPLOYERS, [err for _, _, err in results]
    assert sum("have been applied" in out for _, out, _ in results) == 1
    assert sum("No pending migrations to apply." in out for _, out, _ in results) == DEPLOYERS - 1
    with sqlite3.connect(database) as conn:
        rows = conn.execute("SELECT migration_name, finished_at IS NOT NULL, applied_steps_count "
                            "FROM _prisma_migrations ORDER BY migration_name").fetchall()
        assert conn.execute('SELECT count(*) FROM "t4"').fetchone() == (20000,)
    assert rows == [(name, 1, 1) for name in sorted(SCRIPTS)]


def test_a_deployer_waits_longer_than_sqlites_busy_timeout_for_the_one_holding_the_file(tmp_path: Path) -> None:
    """Another deployer holds the file for 6.5 s, past SQLite's 5 s busy timeout but within the
    10 s lock timeout: this one waits, then applies everything."""
    write_project(tmp_path, "sqlite", "file:./dev.db", SCRIPTS)
    database = tmp_path / "prisma" / "dev.db"
    database.touch()
    holder = sqlite3.connect(database, isolation_level=None)
    holder.execute("PRAGMA main.locking_mode=EXCLUSIVE")
    holder.execute("BEGIN EXCLUSIVE")
    holder.execute("COMMIT")  # held until the connection closes, as a deployer holds it
    deployer = subprocess.Popen([sys.executable, "-m", "lamina", "migrate", "deploy"], cwd=tmp_path,
                                env=lamina_env(), stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    try:
        time.sleep(6.5)
        assert deployer.poll() is None, deployer.communicate()
    finally:
        holder.close()
    out, err = deployer.communicate(timeout=120)
    assert deployer.returncode == 0, out + err
    assert "All migrations have been successfully applied." in out
    with sqlite3.connect(database) as conn:
        assert conn.execute("SELECT count(*) FROM _prisma_migrations").fetchone() == (len(SCRIPTS),)


def test_a_deployer_that_cannot_get_the_lock_stops_with_p1002(tmp_path: Path) -> None:
    write_project(tmp_path, "sqlite", "file:./dev.db", SCRIPTS)
    database = tmp_path / "prisma" / "dev.db"
    database.touch()
    with connect(parse_database_url(f"file:{database}")) as holder:
        acquire_migration_lock(holder)  # (reading the file here would drop the lock: POSIX locks)
        started = time.monotonic()
        result = run_lamina(tmp_path, "migrate", "deploy", LAMINA_LOCK_TIMEOUT="0.5")
        waited = time.monotonic() - started
    assert result.returncode == 1, result.stdout + result.stderr
    assert result.stderr.endswith(
        "Error: P1002: The database server was reached but timed out.\n\nPlease try again.\n\n"
        "Please make sure your database server is running at the configured address.\n\n"
        "Context: Timed out trying to acquire an exclusive lock on the SQLite database file "
        f"({database}). Another deployer holds it. Timeout: 500ms.\n\n"
        "Hint: Another migrate command may be running against this database; wait for it and retry.\n"), result.stderr
    assert waited >= 0.5
    with sqlite3.connect(database) as conn:  # nothing was written
        assert conn.execute("SELECT count(*) FROM sqlite_master").fetchone() == (0,)
    assert run_lamina(tmp_path, "migrate", "deploy").returncode == 0  # once the holder is gone


def test_a_waiting_deployer_holds_nothing_that_blocks_the_writer_it_waits_for(tmp_path: Path,
                                                                              monkeypatch: pytest.MonkeyPatch) -> None:
    """A writer holds the file's reserved lock while a deployer waits: between its tries the
    deployer must keep no shared lock, or the writer can never commit (each then waits for the
    other until one times out). The writer commits at once; then the deployer gets the file."""
    database = tmp_path / "dev.db"
    sqlite3.connect(database).close()
    writer = sqlite3.connect(database, isolation_level=None, timeout=3)
    writer.execute("BEGIN IMMEDIATE")
    writer.execute("CREATE TABLE t (x)")
    monkeypatch.setenv("LAMINA_LOCK_TIMEOUT", "20")
    locked, release = threading.Event(), threading.Event()

    def deploy() -> None:  # a connection belongs to the thread that opens it
        with connect(parse_database_url(f"file:{database}")) as deployer:
            acquire_migration_lock(deployer)
            locked.set()
            release.wait(timeout=30)

    waiting = threading.Thread(target=deploy)
    waiting.start()
    time.sleep(0.3)  # the deployer is waiting for the writer
    started = time.monotonic()
    writer.execute("COMMIT")
    committed_in = time.monotonic() - started
    writer.close()
    assert committed_in < 2, committed_in
    assert locked.wait(timeout=30)
    reader = sqlite3.connect(database, timeout=0.1)
    try:
        with pytest.raises(sqlite3.OperationalError, match="database is locked"):  # the deployer holds it
            reader.execute("SELECT count(*) FROM sqlite_master").fetchall()
    finally:
        release.set()
        waiting.join(timeout=30)
    assert reader.execute("SELECT count(*) FROM sqlite_master").fetchall() == [(1,)]
    reader.close()
