"""Deploy tests: the same test on a fresh PostgreSQL database and on a SQLite file, and helpers to
run lamina as a separate process (for concurrency and crash tests)."""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from lamina.engine.connection import Connection, connect
from lamina.engine.urls import DatabaseUrl, parse_database_url
from lamina.migrations.directory import LocalMigration, list_migrations, write_migration

from ..conftest import REPO


@pytest.fixture(params=["postgresql", "sqlite"])
def db_url(request: pytest.FixtureRequest) -> DatabaseUrl:
    fixture = "postgres_url" if request.param == "postgresql" else "sqlite_url"
    return parse_database_url(request.getfixturevalue(fixture))


@pytest.fixture
def conn(db_url: DatabaseUrl) -> Iterator[Connection]:
    with connect(db_url) as connection:
        yield connection


def make_migrations(directory: Path, scripts: dict[str, str]) -> list[LocalMigration]:
    for name, script in scripts.items():
        write_migration(directory, name, script)
    return list_migrations(directory)


def write_project(project: Path, provider: str, url: str, scripts: dict[str, str] | None = None,
                  migrations_from: Path | None = None) -> Path:
    """prisma/schema.prisma with the URL inline, and prisma/migrations (written, or a symlink)."""
    prisma = project / "prisma"
    prisma.mkdir(parents=True, exist_ok=True)
    (prisma / "schema.prisma").write_text(
        f'datasource db {{\n  provider = "{provider}"\n  url      = "{url}"\n}}\n', encoding="utf-8"
    )
    if migrations_from is not None:
        (prisma / "migrations").symlink_to(migrations_from, target_is_directory=True)
    else:
        make_migrations(prisma / "migrations", scripts or {})
        (prisma / "migrations" / "migration_lock.toml").write_text(f'provider = "{provider}"\n')
    return project


def lamina_command(*argv: str) -> list[str]:
    return [sys.executable, "-m", "lamina", *argv]


def lamina_env(**extra: str) -> dict[str, str]:
    env = dict(os.environ)
    env["PYTHONPATH"] = str(REPO / "src") + os.pathsep + env.get("PYTHONPATH", "")
    env["NO_COLOR"] = "1"
    env.update(extra)
    return env


def run_lamina(project: Path, *argv: str, timeout: float = 600, **env: str) -> subprocess.CompletedProcess:
    return subprocess.run(
        lamina_command(*argv), cwd=project, env=lamina_env(**env), capture_output=True, text=True,
        timeout=timeout,
    )
