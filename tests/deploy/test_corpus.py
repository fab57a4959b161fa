"""Every replayable corpus history deploys with lamina, and Prisma's `migrate status` (the oracle)
then says the database is up to date; histories deployed by the oracle are up to date for lamina.
civitai, which is not replayable, stops where it must with P3018.

One test per history, each on its own fresh database. Slow (about 2 minutes for all of them)."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path
from urllib.parse import urlsplit

import psycopg
import pytest

from lamina.migrations.directory import migrations_found_line
from tests.cli.helpers import lamina

from .conftest import write_project

pytestmark = pytest.mark.slow

# The entries marked clean in the corpus README (PostgreSQL, SQLite), plus formbricks with its
# pgvector stub.
POSTGRES_CLEAN = [
    "documenso", "evolution-api-postgresql", "ghostfolio", "hoppscotch", "inbox-zero", "papermark",
    "rallly", "teable-postgres", "trigger-dev", "umami-postgresql",
]
SQLITE_CLEAN = ["epic-stack", "pingvin-share", "spacedrive", "teable-sqlite"]
# Where the oracle's own deploy (Wasm engine, JS adapter) goes through the whole history.
ORACLE_DEPLOYABLE = ["ghostfolio", "evolution-api-postgresql", "papermark", "teable-postgres", "umami-postgresql"]
SCHEMA_OF = {"teable-postgres": "postgres"}


def entry_url(postgres_url: str, entry: str) -> str:
    schema = SCHEMA_OF.get(entry)
    return f"{postgres_url}?schema={schema}" if schema else postgres_url


def formbricks_stub(corpus: Path, target: Path) -> Path:
    """A temporary copy of formbricks' migrations without pgvector, as the corpus README describes."""
    shutil.copytree(corpus / "formbricks" / "migrations", target)
    for script in target.glob("*/migration.sql"):
        text = script.read_text(encoding="utf-8")
        stubbed = text.replace('CREATE EXTENSION IF NOT EXISTS "vector";', "").replace(
            'CREATE EXTENSION "vector";', "").replace("vector(512)", "real[]")
        if stubbed != text:
            script.write_text(stubbed, encoding="utf-8")
    return target


def oracle_status(oracle: Path, url: str, migrations: Path) -> subprocess.CompletedProcess:
    return subprocess.run(
        [str(oracle / "prisma-status.sh"), url, str(migrations)],
        capture_output=True, text=True, timeout=300,
    )


def deploy_and_ask_prisma(tmp_path: Path, provider: str, url: str, migrations: Path, oracle: Path) -> None:
    count = sum(1 for p in migrations.iterdir() if (p / "migration.sql").is_file())
    project = write_project(tmp_path / "project", provider, url, migrations_from=migrations)
    deployed = lamina(project, "migrate", "deploy")
    assert deployed.code == 0, deployed.text[-3000:]
    assert "All migrations have been successfully applied." in deployed.out
    assert deployed.out.count("    └─ migration.sql") == count

    status = lamina(project, "migrate", "status")
    assert status.code == 0 and "Database schema is up to date!" in status.out, status.text[-2000:]

    oracle_url = url
    if provider == "sqlite":
        oracle_url = "file:" + str((project / "prisma" / url.removeprefix("file:")).resolve())
    prisma = oracle_status(oracle, oracle_url, migrations)
    assert prisma.returncode == 0, prisma.stdout + prisma.stderr
    assert migrations_found_line(count) in prisma.stdout
    assert "Database schema is up to date!" in prisma.stdout


@pytest.mark.oracle
@pytest.mark.parametrize("entry", POSTGRES_CLEAN)
def test_lamina_deploys_postgres_history_and_prisma_agrees(
    entry: str, tmp_path: Path, postgres_url: str, corpus: Path, oracle_dir: Path
) -> None:
    url = entry_url(postgres_url, entry)
    deploy_and_ask_prisma(tmp_path, "postgresql", url, corpus / entry / "migrations", oracle_dir)


@pytest.mark.oracle
def test_lamina_deploys_formbricks_without_pgvector_and_prisma_agrees(
    tmp_path: Path, postgres_url: str, corpus: Path, oracle_dir: Path
) -> None:
    migrations = formbricks_stub(corpus, tmp_path / "formbricks-migrations")
    deploy_and_ask_prisma(tmp_path, "postgresql", postgres_url, migrations, oracle_dir)


@pytest.mark.oracle
@pytest.mark.parametrize("entry", SQLITE_CLEAN)
def test_lamina_deploys_sqlite_history_and_prisma_agrees(
    entry: str, tmp_path: Path, corpus: Path, oracle_dir: Path
) -> None:
    deploy_and_ask_prisma(tmp_path, "sqlite", "file:./dev.db", corpus / entry / "migrations", oracle_dir)


def test_civitai_stops_at_post_metrics_denormalization_with_p3018(
    tmp_path: Path, postgres_url: str, corpus: Path
) -> None:
    migrations = corpus / "civitai" / "migrations"
    names = sorted(p.name for p in migrations.iterdir() if (p / "migration.sql").is_file())
    failing = "20251117182613_post_metrics_denormalization"
    project = write_project(tmp_path, "postgresql", postgres_url, migrations_from=migrations)
    deployed = lamina(project, "migrate", "deploy")
    assert deployed.code == 1
    assert "Error: P3018" in deployed.err
    assert f"Migration name: {failing}" in deployed.err
    assert "Database error code: 42703" in deployed.err
    assert 'column "reactionCount" of relation "PostMetric" does not exist' in deployed.err
    with psycopg.connect(postgres_url) as conn:
        rows = conn.execute(
            "SELECT migration_name, finished_at IS NOT NULL FROM _prisma_migrations ORDER BY started_at"
        ).fetchall()
    assert [name for name, _ in rows] == names[: names.index(failing) + 1]
    assert all(done for _, done in rows[:-1]) and rows[-1] == (failing, False)


# The oracle's SQLite adapter (better-sqlite3, built without double-quoted string literals) refuses
# `"text"` used as a string in these histories; Prisma's native engine and lamina accept it.
_DQS = pytest.mark.xfail(strict=True, reason="the oracle's better-sqlite3 rejects double-quoted string literals")
ORACLE_DEPLOYABLE_SQLITE = [
    "epic-stack", pytest.param("pingvin-share", marks=_DQS), "spacedrive", pytest.param("teable-sqlite", marks=_DQS),
]


@pytest.mark.oracle
@pytest.mark.parametrize("entry", ORACLE_DEPLOYABLE + ORACLE_DEPLOYABLE_SQLITE)
def test_history_deployed_by_prisma_is_up_to_date_for_lamina(
    entry: str, tmp_path: Path, request: pytest.FixtureRequest, corpus: Path, oracle_dir: Path
) -> None:
    migrations = corpus / entry / "migrations"
    provider = "sqlite" if entry in SQLITE_CLEAN else "postgresql"
    if provider == "sqlite":
        database = tmp_path / "project" / "prisma" / "dev.db"
        database.parent.mkdir(parents=True)
        database.touch()
        url, oracle_url = "file:./dev.db", f"file:{database}"
    else:
        url = oracle_url = entry_url(request.getfixturevalue("postgres_url"), entry)
    deployed = subprocess.run(
        [str(oracle_dir / "prisma-deploy.sh"), oracle_url, str(migrations)],
        capture_output=True, text=True, timeout=600,
    )
    assert deployed.returncode == 0, deployed.stdout[-2000:] + deployed.stderr[-2000:]
    project = write_project(tmp_path / "project", provider, url, migrations_from=migrations)
    status = lamina(project, "migrate", "status")
    assert status.code == 0, status.text[-2000:]
    assert "Database schema is up to date!" in status.out
    assert "modified after it was applied" not in status.text
    again = lamina(project, "migrate", "deploy")
    assert again.code == 0 and "No pending migrations to apply." in again.out
    if provider == "postgresql":
        assert urlsplit(url).hostname  # the password-free URL is what was printed
