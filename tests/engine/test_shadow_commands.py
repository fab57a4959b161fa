"""The shadow database as `lamina migrate dev` uses it (PRISMA-COMPAT §5.1): without CREATE
DATABASE rights the command stops with P3014 and Prisma's wording (its link is the page that
explains `shadowDatabaseUrl`), with `shadowDatabaseUrl` configured the same user succeeds, and the
temporary shadow database is dropped when the command is interrupted (SIGINT, as Ctrl-C sends;
SIGTERM, as a supervisor or `kill` sends; SIGHUP, as a closed terminal sends) in the middle of
replaying the history."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
import uuid
from collections.abc import Iterator
from pathlib import Path
from urllib.parse import urlsplit

import psycopg
import pytest

from lamina.engine.shadow import SHADOW_DATABASE_PREFIX
from tests.cli.helpers import lamina, write_schema
from tests.conftest import postgres_server_url, url_with_database

MODELS = "model User {\n  id    Int    @id @default(autoincrement())\n  email String @unique\n}\n"
P3014 = ("Error: P3014\n\nPrisma Migrate could not create the shadow database. Please make sure the database user "
         "has permission to create databases. Read more about the shadow database (and workarounds) at "
         "https://pris.ly/d/migrate-shadow\n\nOriginal error: \n"
         "db error: ERROR: permission denied to create database\n"
         # lamina's own hint after Prisma's message names the setting that avoids CREATE DATABASE.
         "Hint: Grant CREATEDB to the user or set `shadowDatabaseUrl` in the datasource.\n")


def admin() -> psycopg.Connection:
    return psycopg.connect(postgres_server_url(), autocommit=True)


def database_names(prefix: str) -> set[str]:
    with admin() as conn:
        rows = conn.execute("SELECT datname FROM pg_database WHERE datname LIKE %s", (prefix + "%",)).fetchall()
    return {name for (name,) in rows}


def with_user(url: str, user: str) -> str:
    parts = urlsplit(url)
    return parts._replace(netloc=f"{user}@{parts.hostname}:{parts.port or 5432}").geturl()


@pytest.fixture
def no_createdb(postgres_url: str) -> Iterator[tuple[str, str]]:
    """(main url, spare database url) for a role without CREATEDB that owns both databases."""
    role = f"lamina_nocreatedb_{uuid.uuid4().hex[:8]}"
    spare = f"lamina_test_spare_shadow_{uuid.uuid4().hex[:8]}"
    main = urlsplit(postgres_url).path.lstrip("/")
    with admin() as conn:
        conn.execute(f'CREATE ROLE "{role}" LOGIN NOCREATEDB')
        conn.execute(f'CREATE DATABASE "{spare}" OWNER "{role}"')
        conn.execute(f'ALTER DATABASE "{main}" OWNER TO "{role}"')
    try:
        yield with_user(postgres_url, role), with_user(url_with_database(postgres_server_url(), spare), role)
    finally:
        with psycopg.connect(postgres_url, autocommit=True) as conn:
            conn.execute(f'REASSIGN OWNED BY "{role}" TO CURRENT_USER')
        with admin() as conn:
            conn.execute(f'DROP DATABASE IF EXISTS "{spare}" WITH (FORCE)')
            conn.execute(f'ALTER DATABASE "{main}" OWNER TO CURRENT_USER')
            conn.execute(f'DROP ROLE "{role}"')


def test_without_createdb_migrate_dev_stops_with_p3014(no_createdb, tmp_path: Path) -> None:
    """Only when the history cannot be replayed in a temporary schema (docs/fast-dev.md): here a
    migration creates an extension, and the hint names it."""
    url, _ = no_createdb
    write_schema(tmp_path, "postgresql", url, MODELS)
    extension = tmp_path / "prisma" / "migrations" / "20240101000000_citext"
    extension.mkdir(parents=True)
    (extension / "migration.sql").write_text('CREATE EXTENSION IF NOT EXISTS "citext";\n', encoding="utf-8")
    before = database_names(SHADOW_DATABASE_PREFIX)
    result = lamina(tmp_path, "migrate", "dev", "--name", "init")
    assert result.code == 1
    hint = ("Hint: The migration `20240101000000_citext` creates, alters or drops an extension, which is "
            "database-wide, so the history cannot be replayed in a temporary schema instead. Grant CREATEDB to "
            "the user or set `shadowDatabaseUrl` in the datasource.\n")
    assert result.err.endswith(P3014.split("Hint: ")[0] + hint), result.err
    assert not (tmp_path / "prisma" / "migrations").exists() or not any((tmp_path / "prisma" / "migrations").glob("*_init"))
    assert database_names(SHADOW_DATABASE_PREFIX) <= before


def test_with_shadow_database_url_the_same_user_succeeds(no_createdb, tmp_path: Path) -> None:
    url, spare = no_createdb
    write_schema(tmp_path, "postgresql", url, MODELS)
    (tmp_path / "lamina.toml").write_text(
        f'[datasource]\nurl = "{url}"\nshadowDatabaseUrl = "{spare}"\n', encoding="utf-8")
    result = lamina(tmp_path, "migrate", "dev", "--name", "init")
    assert result.code == 0, result.text
    assert len(list((tmp_path / "prisma" / "migrations").glob("*_init/migration.sql"))) == 1
    with psycopg.connect(url) as conn:
        assert conn.execute("SELECT count(*) FROM \"User\"").fetchone() == (0,)
    # The configured shadow database is reset and left in place, never created or dropped.
    assert database_names(urlsplit(spare).path.lstrip("/")) == {urlsplit(spare).path.lstrip("/")}


@pytest.mark.parametrize(("signum", "code"), [(signal.SIGINT, 130), (signal.SIGTERM, 143), (signal.SIGHUP, 129)],
                         ids=["SIGINT", "SIGTERM", "SIGHUP"])
def test_interrupted_replay_drops_the_temporary_shadow_database(signum: int, code: int, postgres_url: str,
                                                                 tmp_path: Path) -> None:
    write_schema(tmp_path, "postgresql", postgres_url, MODELS)
    slow = tmp_path / "prisma" / "migrations" / "20240101000000_slow"
    slow.mkdir(parents=True)
    marker = f"lamina_interrupt_{uuid.uuid4().hex[:8]}"
    (slow / "migration.sql").write_text(
        f'CREATE TABLE "User" ("id" SERIAL PRIMARY KEY, "email" TEXT NOT NULL);\n'
        f"SELECT pg_sleep(60), '{marker}';\n", encoding="utf-8")
    process = subprocess.Popen([sys.executable, "-m", "lamina", "migrate", "dev", "--name", "next"],
                               cwd=tmp_path, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
                               env={**os.environ, "NO_COLOR": "1"},
                               # a shell's background job ignores SIGINT, and its children inherit that
                               preexec_fn=lambda: signal.signal(signal.SIGINT, signal.SIG_DFL))
    try:
        shadow = _database_running(marker, process)
        process.send_signal(signum)
        out, err = process.communicate(timeout=60)
    finally:
        if process.poll() is None:
            process.kill()
    assert shadow.startswith(SHADOW_DATABASE_PREFIX)
    assert process.returncode == code, (out, err)
    assert "Traceback" not in err
    assert shadow not in database_names(SHADOW_DATABASE_PREFIX)


def _database_running(marker: str, process: subprocess.Popen) -> str:
    """The database in which a statement carrying `marker` runs, once it does."""
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        with admin() as conn:
            row = conn.execute("SELECT datname FROM pg_stat_activity WHERE query LIKE %s AND pid <> pg_backend_pid()",
                               (f"%{marker}%",)).fetchone()
        if row is not None:
            return row[0]
        if process.poll() is not None:
            pytest.fail(f"lamina ended before the replay started: {process.communicate()}")
        time.sleep(0.2)
    pytest.fail("the replay never started")


@pytest.mark.parametrize(("signum", "code"), [(signal.SIGINT, 130), (signal.SIGTERM, 143)], ids=["SIGINT", "SIGTERM"])
def test_interrupted_replay_drops_the_temporary_schema(signum: int, code: int, no_createdb, tmp_path: Path) -> None:
    """Without CREATEDB the replay runs in a temporary schema of the development database: an
    interrupted replay drops it too."""
    url, _ = no_createdb
    write_schema(tmp_path, "postgresql", url, MODELS)
    slow = tmp_path / "prisma" / "migrations" / "20240101000000_slow"
    slow.mkdir(parents=True)
    marker = f"lamina_interrupt_{uuid.uuid4().hex[:8]}"
    (slow / "migration.sql").write_text(
        f'CREATE TABLE "User" ("id" SERIAL PRIMARY KEY, "email" TEXT NOT NULL);\n'
        f"SELECT pg_sleep(60), '{marker}';\n", encoding="utf-8")
    process = subprocess.Popen([sys.executable, "-m", "lamina", "migrate", "dev", "--name", "next"],
                               cwd=tmp_path, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
                               env={**os.environ, "NO_COLOR": "1", "LAMINA_SHADOW_CACHE": "0"},
                               preexec_fn=lambda: signal.signal(signal.SIGINT, signal.SIG_DFL))
    try:
        database = _database_running(marker, process)
        with psycopg.connect(url) as conn:
            during = conn.execute("SELECT count(*) FROM pg_namespace WHERE nspname LIKE 'prisma_migrate_shadow_%'").fetchone()
        process.send_signal(signum)
        out, err = process.communicate(timeout=60)
    finally:
        if process.poll() is None:
            process.kill()
    assert database == urlsplit(url).path.lstrip("/")
    assert during == (1,)
    assert process.returncode == code, (out, err)
    assert "Traceback" not in err
    with psycopg.connect(url) as conn:
        after = conn.execute("SELECT count(*) FROM pg_namespace WHERE nspname LIKE 'prisma_migrate_shadow_%'").fetchone()
    assert after == (0,)
