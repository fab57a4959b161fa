"""`migrate squash` on a real history and `migrate baseline` (docs/rollback.md), on real databases."""

from __future__ import annotations

import shutil
import sqlite3
import subprocess
import uuid
from contextlib import closing
from pathlib import Path

import psycopg
import pytest

from lamina.dialects import DIALECTS
from lamina.diffing.differ import diff_schemas
from lamina.diffing.summary import summarize
from lamina.engine.connection import connect
from lamina.engine.describe import describe_database
from lamina.engine.urls import parse_database_url
from tests.cli.helpers import lamina, write_schema
from tests.conftest import postgres_server_url, url_with_database
from tests.rollback.corpus_walk import project_from_corpus

ENTRY = "umami-postgresql"  # 19 migrations; the range squashed is the 6th to the 13th


def _described(url: str):
    with connect(parse_database_url(url)) as conn:
        return describe_database(conn)


def _assert_same(expected, actual, provider: str) -> None:
    steps = diff_schemas(expected, actual, DIALECTS[provider])
    assert not steps, summarize(steps, expected, actual)


@pytest.fixture
def second_postgres_url(postgres_url: str):
    name = f"lamina_test_squash_fresh_{uuid.uuid4().hex[:8]}"
    with psycopg.connect(postgres_server_url(), autocommit=True) as admin:
        admin.execute(f'CREATE DATABASE "{name}"')
    try:
        yield url_with_database(postgres_server_url(), name)
    finally:
        with psycopg.connect(postgres_server_url(), autocommit=True) as admin:
            admin.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


def _squash_middle(corpus: Path, tmp_path: Path, url: str) -> tuple[Path, list[str], str]:
    project = project_from_corpus(corpus / ENTRY, tmp_path / "project", url)
    deployed = lamina(project, "migrate", "deploy")
    assert deployed.code == 0, deployed.text
    migrations = project / "prisma" / "migrations"
    names = sorted(p.name for p in migrations.iterdir() if p.is_dir())
    squashed = lamina(project, "migrate", "squash", "--from", names[5], "--to", names[12], "--name", "middle")
    assert squashed.code == 0, squashed.text
    new_name = names[12].partition("_")[0] + "_middle"
    assert f"Squashed 8 migrations into {new_name}:\n" in squashed.out
    assert (f"The database's history now records `{new_name}` as applied in place of the 8 squashed migrations.\n"
            in squashed.out)
    assert sorted(p.name for p in migrations.iterdir() if p.is_dir()) == names[:5] + [new_name] + names[13:]
    return project, names, new_name


def test_squash_a_range_in_the_middle_of_a_real_history(corpus: Path, tmp_path: Path, postgres_url: str,
                                                       second_postgres_url: str) -> None:
    project, names, new_name = _squash_middle(corpus, tmp_path, postgres_url)
    status = lamina(project, "migrate", "status")
    assert status.code == 0, status.text
    assert status.out.endswith("12 migrations found in prisma/migrations\n\nDatabase schema is up to date!\n")
    with psycopg.connect(postgres_url) as conn:
        rows = [r[0] for r in conn.execute("SELECT migration_name FROM _prisma_migrations ORDER BY started_at")]
    assert rows == names[:5] + [new_name] + names[13:]
    # a fresh deploy of the squashed history gives the schema of the unsquashed one
    fresh = tmp_path / "fresh"
    fresh.mkdir()
    shutil.copytree(project / "prisma", fresh / "prisma")
    (fresh / "lamina.toml").write_text((project / "lamina.toml").read_text().replace(postgres_url, second_postgres_url))
    deployed = lamina(fresh, "migrate", "deploy")
    assert deployed.code == 0, deployed.text
    _assert_same(_described(postgres_url), _described(second_postgres_url), "postgresql")
    # and nothing is pending: migrate dev's drift check agrees with the squashed history
    down = lamina(project, "migrate", "down", "--to", new_name, "--dry-run")
    assert down.code == 0, down.text


@pytest.mark.oracle
def test_prisma_status_is_up_to_date_after_a_squash(corpus: Path, tmp_path: Path, postgres_url: str,
                                                    oracle_dir: Path) -> None:
    project, _, _ = _squash_middle(corpus, tmp_path, postgres_url)
    prisma = subprocess.run([str(oracle_dir / "prisma-status.sh"), postgres_url, str(project / "prisma" / "migrations")],
                            capture_output=True, text=True, timeout=300)
    assert prisma.returncode == 0, prisma.stdout + prisma.stderr
    assert "Database schema is up to date!" in prisma.stdout


def test_squash_refuses_a_database_that_applied_part_of_the_range(corpus: Path, tmp_path: Path,
                                                                  postgres_url: str) -> None:
    project = project_from_corpus(corpus / ENTRY, tmp_path / "project", postgres_url)
    migrations = project / "prisma" / "migrations"
    names = sorted(p.name for p in migrations.iterdir() if p.is_dir())
    assert lamina(project, "migrate", "deploy").code == 0
    assert lamina(project, "migrate", "down", "--to", names[8], "--accept-data-loss").code == 0
    before = sorted(p.name for p in migrations.iterdir())
    refused = lamina(project, "migrate", "squash", "--from", names[5], "--to", names[12], "--name", "middle")
    assert refused.code == 1
    assert refused.err.splitlines()[-2] == (
        "Error: The database applied only part of the range to squash: "
        + ", ".join(f"`{n}`" for n in names[5:9]) + " applied, "
        + ", ".join(f"`{n}`" for n in names[9:13]) + " not. Nothing was changed.")
    assert sorted(p.name for p in migrations.iterdir()) == before
    unknown = lamina(project, "migrate", "squash", "--from", "nope", "--name", "x")
    assert unknown.err.splitlines()[-1] == "Error: No migration named `nope` in prisma/migrations."
    backwards = lamina(project, "migrate", "squash", "--from", names[3], "--to", names[1], "--name", "x")
    assert backwards.err.splitlines()[-1] == (
        f"Error: `--from {names[3]}` comes after `--to {names[1]}`: the range to squash is empty.")


def test_squash_on_sqlite_without_a_database_changes_only_the_folder(tmp_path: Path) -> None:
    write_schema(tmp_path, "sqlite", "file:./dev.db", "model A {\n  id Int @id\n}\n")
    assert lamina(tmp_path, "migrate", "dev", "--name", "a").code == 0
    write_schema(tmp_path, "sqlite", "file:./dev.db", "model A {\n  id Int @id\n  b Int?\n}\n")
    assert lamina(tmp_path, "migrate", "dev", "--name", "b").code == 0
    (tmp_path / "prisma" / "dev.db").unlink()
    result = lamina(tmp_path, "migrate", "squash", "--name", "all")
    assert result.code == 0, result.text
    assert "The database dev.db does not exist: only the migrations folder was changed.\n" in result.out
    (folder,) = [p for p in (tmp_path / "prisma" / "migrations").iterdir() if p.is_dir()]
    script = (folder / "migration.sql").read_text()
    assert script.startswith('-- CreateTable\nCREATE TABLE "A" (\n    "id" INTEGER NOT NULL PRIMARY KEY')
    assert script.endswith('\n    "b" INTEGER\n);\n') and script.count("-- ") == 1
    assert sorted(p.name for p in folder.iterdir()) == ["down.sql", "migration.sql"]


def test_baseline_records_the_live_schema_as_applied(tmp_path: Path, postgres_url: str,
                                                     second_postgres_url: str) -> None:
    with psycopg.connect(postgres_url, autocommit=True) as conn:
        conn.execute('CREATE TYPE "Role" AS ENUM (\'A\', \'B\'); '
                     'CREATE TABLE "User" ("id" SERIAL PRIMARY KEY, "role" "Role" NOT NULL DEFAULT \'A\'); '
                     'CREATE TABLE "Post" ("id" INTEGER PRIMARY KEY, "userId" INTEGER NOT NULL '
                     'REFERENCES "User"("id")); CREATE INDEX "Post_userId_idx" ON "Post"("userId")')
    write_schema(tmp_path, "postgresql", postgres_url, "")
    result = lamina(tmp_path, "migrate", "baseline", "--name", "init")
    assert result.code == 0, result.text
    (folder,) = [p for p in (tmp_path / "prisma" / "migrations").iterdir() if p.is_dir()]
    assert folder.name.endswith("_init")
    diff = lamina(tmp_path, "migrate", "diff", "--from-empty", "--to-url", postgres_url, "--script", "-o", "live.sql")
    assert diff.code == 0, diff.text
    assert (folder / "migration.sql").read_text() + "\n" == (tmp_path / "live.sql").read_text()
    status = lamina(tmp_path, "migrate", "status")
    assert status.code == 0 and status.out.endswith("Database schema is up to date!\n"), status.text
    again = lamina(tmp_path, "migrate", "baseline", "--name", "again")
    assert again.err.splitlines()[-2] == (
        "Error: prisma/migrations already holds 1 migration: a baseline is the first migration of a history.")
    write_schema(tmp_path, "postgresql", second_postgres_url, "")
    assert lamina(tmp_path, "migrate", "deploy").code == 0
    _assert_same(_described(postgres_url), _described(second_postgres_url), "postgresql")


def test_baseline_of_an_empty_database_is_refused(tmp_path: Path) -> None:
    write_schema(tmp_path, "sqlite", "file:./dev.db", "")
    with closing(sqlite3.connect(tmp_path / "prisma" / "dev.db")):
        pass
    result = lamina(tmp_path, "migrate", "baseline", "--name", "init")
    assert result.code == 1
    assert result.err.splitlines()[-1] == (
        "Error: The database has no tables, enums or other objects lamina describes: there is nothing to baseline.")
    assert not (tmp_path / "prisma" / "migrations").exists()
