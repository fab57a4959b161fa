"""`--tenant-schemas`: every matching schema gets the history, with its own `_prisma_migrations`,
its own lock key, and the report says what happened to each."""

from __future__ import annotations

import io
import re
from pathlib import Path

import psycopg
import pytest

from lamina.cli.main import main
from lamina.cli.prompt import ScriptedPrompter
from lamina.fleet.lock import tenant_lock_key

from .conftest import HISTORY, create_schemas, fleet, fleet_json, history_rows, write_project

pytestmark = pytest.mark.postgres
TENANTS = [f"tenant_{i:02d}" for i in range(1, 7)]


@pytest.fixture
def project(tmp_path: Path, postgres_url: str) -> Path:
    create_schemas(postgres_url, TENANTS + ["other"])
    return write_project(tmp_path / "project", "postgresql", postgres_url, HISTORY)


def test_every_matching_schema_is_deployed_with_its_own_history(project: Path, postgres_url: str) -> None:
    result = fleet(project, "migrate", "deploy", "--tenant-schemas", "tenant_*", "--concurrency", "3")
    assert result.code == 0, result.text
    report = result.out.split("Deploy of 3 migrations on 6 targets:\n\n", 1)[1]
    assert report == "".join(f"  {t}  applied 3\n" for t in TENANTS) + "\n6 targets: 6 applied.\n"
    for tenant in TENANTS:  # one line per finished target (not a terminal)
        assert f"{tenant}: applied 3 (" in result.out
        assert history_rows(postgres_url, tenant) == [(name, True, False) for name in HISTORY]
    with psycopg.connect(postgres_url) as conn:  # the tables are in each tenant's schema, nowhere else
        tables = conn.execute("SELECT table_schema, count(*) FROM information_schema.tables "
                              "WHERE table_name IN ('User', 'Post') GROUP BY 1 ORDER BY 1").fetchall()
    assert tables == [(tenant, 2) for tenant in TENANTS]

    again = fleet(project, "migrate", "deploy", "--tenant-schemas", "tenant_*")
    assert again.code == 0 and again.out.endswith("6 targets: 6 up to date.\n"), again.text
    status = fleet(project, "migrate", "status", "--tenant-schemas", "tenant_0[12]")
    assert status.code == 0
    assert status.out.endswith("  tenant_01  up to date\n  tenant_02  up to date\n\n2 targets: 2 up to date.\n")


def test_status_reports_pending_failed_rows_and_drift_without_changing_anything(project: Path, postgres_url: str) -> None:
    assert fleet(project, "migrate", "deploy", "--tenant-schemas", "tenant_0[1-4]").code == 0
    with psycopg.connect(postgres_url, autocommit=True) as conn:
        conn.execute("UPDATE tenant_02._prisma_migrations SET checksum = 'edited' WHERE migration_name = '20240101000000_init'")
        conn.execute("UPDATE tenant_03._prisma_migrations SET finished_at = NULL, logs = 'boom' "
                     "WHERE migration_name = '20240103000000_index'")
        conn.execute("INSERT INTO tenant_04._prisma_migrations (id, checksum, migration_name, started_at, finished_at, "
                     "applied_steps_count) VALUES ('x', 'c', '20231231000000_gone', now(), now(), 1)")
    before = {t: history_rows(postgres_url, t) for t in TENANTS[:4]}
    code, report = fleet_json(project, "migrate", "status", "--tenant-schemas", "tenant_*")
    assert code == 1
    by_target = {t["target"]: t for t in report["targets"]}
    assert [t["status"] for t in report["targets"]] == ["up to date", "up to date", "failed", "up to date",
                                                        "pending", "pending"]
    assert by_target["tenant_02"]["editedMigrations"] == ["20240101000000_init"]
    assert by_target["tenant_03"]["failedMigrations"] == ["20240103000000_index"]
    assert by_target["tenant_04"]["missingFromFolder"] == ["20231231000000_gone"]
    assert by_target["tenant_05"]["pending"] == list(HISTORY)
    assert {t: history_rows(postgres_url, t) for t in TENANTS[:4]} == before
    with psycopg.connect(postgres_url) as conn:
        assert conn.execute("SELECT count(*) FROM pg_tables WHERE schemaname IN ('tenant_05', 'tenant_06')").fetchone() == (0,)


def test_one_failing_tenant_never_stops_the_others(project: Path, postgres_url: str) -> None:
    with psycopg.connect(postgres_url, autocommit=True) as conn:  # tenant_03 gets "Post" before its history
        conn.execute('CREATE TABLE tenant_03."_prisma_migrations_blocker" (id int)')
    # a non-empty schema without history is P3005 for that tenant; tenant_04 fails in the middle
    assert fleet(project, "migrate", "deploy", "--tenant-schemas", "tenant_04").code == 0
    with psycopg.connect(postgres_url, autocommit=True) as conn:
        conn.execute("DELETE FROM tenant_04._prisma_migrations WHERE migration_name <> '20240101000000_init'")
        conn.execute('DROP TABLE tenant_04."Post"; CREATE TABLE tenant_04."Post" (id int)')
    result = fleet(project, "migrate", "deploy", "--tenant-schemas", "tenant_*")
    assert result.code == 1, result.text
    assert "  tenant_03  failed\n          P3005: The database schema is not empty." in result.out
    assert ("  tenant_04  failed at 20240102000000_post\n"
            '          ERROR: relation "Post" already exists\n') in result.out
    assert result.out.endswith("6 targets: 4 applied, 2 failed.\n")
    for tenant in ("tenant_01", "tenant_02", "tenant_05", "tenant_06"):
        assert [row[0] for row in history_rows(postgres_url, tenant)] == list(HISTORY)
    assert history_rows(postgres_url, "tenant_04") == [("20240101000000_init", True, False),
                                                       ("20240102000000_post", False, False)]


def test_a_history_that_names_a_schema_or_an_extension_is_refused(tmp_path: Path, postgres_url: str) -> None:
    create_schemas(postgres_url, TENANTS[:2])
    for extra, reason in [
        ('CREATE EXTENSION IF NOT EXISTS "pgcrypto";\n', "creates the extension `pgcrypto`, which belongs to the whole database"),
        ('CREATE TABLE "public"."Audit" ("id" INTEGER);\n', "names the schema `public`"),
    ]:
        project = write_project(tmp_path / reason[:8], "postgresql", postgres_url,
                                {**HISTORY, "20240104000000_extra": extra})
        result = fleet(project, "migrate", "deploy", "--tenant-schemas", "tenant_*")
        assert result.code == 1
        assert (f"Error: The migration `20240104000000_extra` {reason}: it cannot be applied to each tenant schema "
                "on its own.\n") in result.err
        assert "Hint: --tenant-schemas applies the history once per schema" in result.err
        assert result.out == ""
    with psycopg.connect(postgres_url) as conn:
        assert conn.execute("SELECT count(*) FROM pg_tables WHERE schemaname LIKE 'tenant%'").fetchone() == (0,)


def test_no_matching_schema_and_bad_flag_combinations_are_clear_errors(project: Path) -> None:
    result = fleet(project, "migrate", "deploy", "--tenant-schemas", "customer_*")
    assert result.code == 1
    assert "Error: No schema of the database `" in result.err and "matches `customer_*`." in result.err
    for argv, text in [
        (["--concurrency", "2"], "Error: --concurrency goes with --targets or --tenant-schemas."),
        (["--tenant-schemas", "t*", "--targets", "x.txt"], "Error: Use either --targets or --tenant-schemas, not both."),
        (["--tenant-schemas", "t*", "--dry-run"], "Error: --dry-run deploys nothing to a fleet"),
    ]:
        result = fleet(project, "migrate", "deploy", *argv)
        assert result.code == 1 and text in result.err, (argv, result.text)


def test_each_tenant_takes_its_own_lock_key(project: Path, postgres_url: str, monkeypatch: pytest.MonkeyPatch) -> None:
    """A lock held on tenant_01's key keeps tenant_01 out (P1002) and no one else; Prisma's key
    (72707369) held in the same database blocks no tenant."""
    monkeypatch.setenv("LAMINA_LOCK_TIMEOUT", "1")
    first, second = tenant_lock_key("tenant_01")
    assert first == 72707369 and -(2**31) <= second < 2**31
    with psycopg.connect(postgres_url, autocommit=True) as holder:
        holder.execute(f"SELECT pg_advisory_lock({first}, {second}), pg_advisory_lock(72707369)")
        result = fleet(project, "migrate", "deploy", "--tenant-schemas", "tenant_*")
    assert result.code == 1
    assert ("  tenant_01  failed\n          P1002: The database server was reached but timed out. Please try again."
            in result.out)
    assert f"Context: Timed out trying to acquire a postgres advisory lock (SELECT pg_advisory_lock({first}, {second}))" in result.out
    assert result.out.endswith("6 targets: 5 applied, 1 failed.\n")
    assert history_rows(postgres_url, "tenant_02")


class _Terminal(io.StringIO):
    def isatty(self) -> bool:
        return True


def test_a_terminal_gets_the_live_table_then_the_report(project: Path, postgres_url: str) -> None:
    out, err = _Terminal(), io.StringIO()
    code = main(["migrate", "deploy", "--tenant-schemas", "tenant_0[1-3]", "--concurrency", "2"], out=out, err=err,
                cwd=project, prompter=ScriptedPrompter(interactive=False))
    text = re.sub(r"\x1b\[[0-9;?]*[a-zA-Z]", "", out.getvalue())
    assert code == 0, text + err.getvalue()
    header = re.search(r"┃ Target +┃ Progress ┃ Current migration +┃ Elapsed ┃", text)
    assert header, text
    assert "targets done" in text
    assert "tenant_01: applied" not in text  # no per-target lines on a terminal: the table shows them
    assert text.endswith("  tenant_01  applied 3\n  tenant_02  applied 3\n  tenant_03  applied 3\n\n"
                         "3 targets: 3 applied.\n")
