"""Prisma Migrate's documented workflow, end to end, on MariaDB (tests/cli/test_workflow.py's steps).

The oracle cannot run MySQL, so tests/workflow/goldens/mysql holds the migration.sql files lamina
writes, reviewed against PRISMA-COMPAT §7.1-7.8 (MySQL column types, defaults, inline indexes,
`ALTER TABLE … ADD COLUMN`, CREATE INDEX) and §6.6 (script layout); SOURCE.txt there says so.
Set LAMINA_REGEN_MYSQL_WORKFLOW=1 to rewrite them.
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from tests.cli.helpers import GOLDENS, lamina, step_models, step_names, write_schema
from tests.mysql.cases import run

MYSQL_GOLDENS = GOLDENS / "mysql"


def run_workflow(project: Path, url: str) -> list[Path]:
    folders = []
    for step in step_names():
        write_schema(project, "mysql", url, step_models(step))
        name = step.split("_", 1)[1]
        result = lamina(project, "migrate", "dev", "--name", name)
        assert result.code == 0, result.text
        assert "Your database is now in sync with your schema." in result.out
        created = [p for p in (project / "prisma" / "migrations").iterdir() if p.is_dir() and p not in folders]
        assert len(created) == 1, created
        folders.append(created[0])
    return folders


def test_workflow_writes_the_expected_sql(tmp_path: Path, mysql_url: str) -> None:
    folders = run_workflow(tmp_path, mysql_url)
    if os.environ.get("LAMINA_REGEN_MYSQL_WORKFLOW") == "1":
        MYSQL_GOLDENS.mkdir(exist_ok=True)
        for step, folder in zip(step_names(), folders):
            (MYSQL_GOLDENS / f"{step}.sql").write_text((folder / "migration.sql").read_text())
        lock = tmp_path / "prisma" / "migrations" / "migration_lock.toml"
        (MYSQL_GOLDENS / "migration_lock.toml").write_text(lock.read_text())
    for step, folder in zip(step_names(), folders):
        golden = (MYSQL_GOLDENS / f"{step}.sql").read_text(encoding="utf-8")
        assert (folder / "migration.sql").read_text(encoding="utf-8") == golden, step
    lock = (tmp_path / "prisma" / "migrations" / "migration_lock.toml").read_text(encoding="utf-8")
    assert lock == (MYSQL_GOLDENS / "migration_lock.toml").read_text(encoding="utf-8")
    again = lamina(tmp_path, "migrate", "dev", "--name", "nothing")
    assert again.code == 0, again.text
    assert again.out.rstrip().endswith("Already in sync, no schema change or pending migration was found.")


def test_deploy_status_and_deploy_again(tmp_path: Path, mysql_url: str, request: pytest.FixtureRequest) -> None:
    from lamina.engine.connection import create_database, drop_database
    from lamina.engine.urls import parse_database_url

    run_workflow(tmp_path, mysql_url)
    fresh = mysql_url + "_prod"  # a second, empty database receives the same history through deploy
    create_database(parse_database_url(fresh))
    request.addfinalizer(lambda: drop_database(parse_database_url(fresh)))
    write_schema(tmp_path, "mysql", fresh, step_models(step_names()[-1]))
    first = lamina(tmp_path, "migrate", "deploy")
    assert first.code == 0, first.text
    assert "5 migrations found in prisma/migrations" in first.out
    assert first.out.rstrip().endswith("All migrations have been successfully applied.")
    status = lamina(tmp_path, "migrate", "status")
    assert status.code == 0, status.text
    assert status.out.rstrip().endswith("Database schema is up to date!")
    second = lamina(tmp_path, "migrate", "deploy")
    assert second.code == 0 and second.out.rstrip().endswith("No pending migrations to apply."), second.text


def test_drift_is_detected_and_diffed(tmp_path: Path, mysql_url: str) -> None:
    run_workflow(tmp_path, mysql_url)
    run(mysql_url, "ALTER TABLE `User` ADD COLUMN `nickname` VARCHAR(191) NULL")
    diff = lamina(tmp_path, "migrate", "diff", "--from-migrations", "prisma/migrations", "--to-url", mysql_url,
                  "--script", "--exit-code")
    assert diff.code == 2, diff.text
    assert "ALTER TABLE `User` ADD COLUMN `nickname` VARCHAR(191) NULL;" in diff.out
    fix = lamina(tmp_path, "migrate", "diff", "--from-schema-datasource", "prisma/schema.prisma",
                 "--to-schema-datamodel", "prisma/schema.prisma", "--script")
    assert fix.code == 0, fix.text
    assert "ALTER TABLE `User` DROP COLUMN `nickname`;" in fix.out
    dev = lamina(tmp_path, "migrate", "dev", "--name", "more")
    assert dev.code == 130, dev.text
    assert "Drift detected: Your database schema is not in sync with your migration history." in dev.out
    assert "[*] Changed the `User` table\n  [+] Added column `nickname`" in dev.out


def test_reset_rebuilds_from_history(tmp_path: Path, mysql_url: str) -> None:
    run_workflow(tmp_path, mysql_url)
    run(mysql_url, "CREATE TABLE `Stray` (`id` INTEGER)")
    result = lamina(tmp_path, "migrate", "reset", "--force")
    assert result.code == 0, result.text
    assert "Database reset successful" in result.out
    status = lamina(tmp_path, "migrate", "status")
    assert status.code == 0 and "Database schema is up to date!" in status.out
    dev = lamina(tmp_path, "migrate", "dev", "--name", "check")
    assert dev.code == 0 and "Already in sync" in dev.out, dev.text
