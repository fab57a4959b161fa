"""A fleet run killed (kill -9) or interrupted (Ctrl-C) part-way: running it again applies exactly
what is left, every migration once, in every tenant."""

from __future__ import annotations

import os
import signal
import subprocess
import time
from pathlib import Path

import psycopg
import pytest

from tests.deploy.conftest import lamina_command, lamina_env

from .conftest import create_schemas, history_rows, write_project

pytestmark = pytest.mark.postgres
TENANTS = [f"tenant_{i}" for i in range(1, 7)]
COUNT = 25
HISTORY = {f"2024010100{i:04d}_step": f'SELECT pg_sleep(0.03);\nCREATE TABLE "T{i}" ("id" INTEGER);\n'
           for i in range(COUNT)}


def _rows(url: str) -> int:
    with psycopg.connect(url, autocommit=True) as conn:
        total = 0
        for tenant in TENANTS:
            if conn.execute("SELECT to_regclass(%s)", (f"{tenant}._prisma_migrations",)).fetchone()[0]:
                total += conn.execute(f"SELECT count(*) FROM {tenant}._prisma_migrations").fetchone()[0]
        return total


def _start(project: Path) -> subprocess.Popen:
    return subprocess.Popen(
        lamina_command("migrate", "deploy", "--tenant-schemas", "tenant_*", "--concurrency", "3"),
        cwd=project, env=lamina_env(), stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
        preexec_fn=lambda: signal.signal(signal.SIGINT, signal.SIG_DFL))


def _wait_for_rows(url: str, deployer: subprocess.Popen, at_least: int) -> int:
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline and deployer.poll() is None:
        if (rows := _rows(url)) >= at_least:
            return rows
        time.sleep(0.02)
    pytest.fail(f"the deployer ended or stalled before {at_least} rows: {deployer.poll()}")


def _assert_every_migration_once(url: str) -> None:
    with psycopg.connect(url, autocommit=True) as conn:
        for tenant in TENANTS:
            assert history_rows(url, tenant) == [(name, True, False) for name in HISTORY], tenant
            tables = conn.execute("SELECT count(*) FROM pg_tables WHERE schemaname = %s AND tablename LIKE 'T%%'",
                                  (tenant,)).fetchone()[0]
            assert tables == COUNT, tenant


def test_kill_9_then_a_rerun_applies_everything_exactly_once(tmp_path: Path, postgres_url: str) -> None:
    create_schemas(postgres_url, TENANTS)
    project = write_project(tmp_path / "project", "postgresql", postgres_url, HISTORY)
    deployer = _start(project)
    killed_at = _wait_for_rows(postgres_url, deployer, COUNT * len(TENANTS) // 3)
    os.kill(deployer.pid, signal.SIGKILL)
    deployer.wait(timeout=30)
    assert deployer.returncode == -signal.SIGKILL
    assert _rows(postgres_url) < COUNT * len(TENANTS), "the kill came after the run had finished"

    rerun = subprocess.run(lamina_command("migrate", "deploy", "--tenant-schemas", "tenant_*", "--json"),
                           cwd=project, env=lamina_env(), capture_output=True, text=True, timeout=300)
    assert rerun.returncode == 0, rerun.stdout + rerun.stderr
    _assert_every_migration_once(postgres_url)
    print(f"\n[fleet] kill -9 after {killed_at} of {COUNT * len(TENANTS)} rows; the re-run applied the rest once")


def test_ctrl_c_finishes_the_migrations_in_progress_reports_and_a_rerun_completes(
        tmp_path: Path, postgres_url: str) -> None:
    create_schemas(postgres_url, TENANTS)
    project = write_project(tmp_path / "project", "postgresql", postgres_url, HISTORY)
    deployer = _start(project)
    _wait_for_rows(postgres_url, deployer, COUNT)
    deployer.send_signal(signal.SIGINT)
    out, err = deployer.communicate(timeout=60)
    assert deployer.returncode == 130, out + err
    assert "interrupted" in out and "Deploy of 25 migrations on 6 targets:" in out, out + err
    assert any(f"  {t}  interrupted" in out for t in TENANTS), out
    with psycopg.connect(postgres_url, autocommit=True) as conn:
        started = [t for t in TENANTS
                   if conn.execute("SELECT to_regclass(%s)", (f"{t}._prisma_migrations",)).fetchone()[0]]
    for tenant in started:  # no failed row: the migrations in progress finished, nothing else started
        assert all(finished for _, finished, _ in history_rows(postgres_url, tenant))

    rerun = subprocess.run(lamina_command("migrate", "deploy", "--tenant-schemas", "tenant_*"),
                           cwd=project, env=lamina_env(), capture_output=True, text=True, timeout=300)
    assert rerun.returncode == 0, rerun.stdout + rerun.stderr
    _assert_every_migration_once(postgres_url)
