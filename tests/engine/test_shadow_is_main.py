"""A shadow database that is the main database is refused before anything is reset (P3025), on every
path that resets a shadow database: `migrate dev` (shadowDatabaseUrl in the schema, in
prisma.config.ts or in lamina.toml) and `migrate diff --from/--to-migrations` (the configured shadow
database or `--shadow-database-url`). Two URLs are the same database as Prisma's engine decides:
host (any case), port (default filled in) and database name for servers; the file for SQLite."""

from __future__ import annotations

import os
import sqlite3
from pathlib import Path
from urllib.parse import urlsplit

import psycopg
import pytest

from lamina.engine.connection import connect, connect_admin
from lamina.engine.identity import same_live_database
from lamina.engine.shadow import refuse_shadow_in_use, shadow_database
from lamina.engine.urls import parse_database_url, same_database
from lamina.errors import ShadowDatabaseIsMainDatabase
from tests.cli.helpers import lamina, write_schema

P3025 = ("Error: P3025\n\nThe shadow database you configured appears to be the same as the main database. "
         "Please specify another shadow database.\n")
MODELS = "model User {\n  id    Int    @id @default(autoincrement())\n  email String @unique\n}\n"
INIT_SQL = {
    "postgresql": 'CREATE TABLE "User" ("id" SERIAL NOT NULL, "email" TEXT NOT NULL, '
                  'CONSTRAINT "User_pkey" PRIMARY KEY ("id"));\n',
    "sqlite": 'CREATE TABLE "User" ("id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT, "email" TEXT NOT NULL);\n',
    "mysql": "CREATE TABLE `User` (`id` INTEGER NOT NULL AUTO_INCREMENT, `email` VARCHAR(191) NOT NULL, "
             "PRIMARY KEY (`id`));\n",
}


# --- what "the same database" means --------------------------------------------------------------


@pytest.mark.parametrize(("first", "second", "same"), [
    ("postgresql://a@db.example.com/app", "postgres://b:secret@DB.Example.com:5432/app?schema=shadow", True),
    ("postgresql://db.example.com/app", "postgresql://db.example.com/app?connection_limit=1&sslmode=require", True),
    ("postgresql://db.example.com/app", "postgresql://db.example.com:5433/app", False),
    ("postgresql://db.example.com/app", "postgresql://db.example.com/app_shadow", False),
    ("postgresql://db.example.com/app", "postgresql://other.example.com/app", False),
    ("postgresql://localhost/app", "postgresql://x/app?host=LOCALHOST", True),
    ("mysql://root@Example.com/app", "mysql://other:pw@example.com:3306/app?connection_limit=1", True),
    ("mysql://example.com/app", "mysql://example.com:3307/app", False),
    ("mysql://example.com/app", "mysql://example.com/shadow", False),
    ("postgresql://example.com/app", "mysql://example.com/app", False),
    ("file::memory:", "file::memory:", False),
], ids=["pg-spelling", "pg-params", "pg-port", "pg-name", "pg-host", "pg-host-param", "mysql-spelling",
        "mysql-port", "mysql-name", "providers", "sqlite-memory"])
def test_server_urls_are_compared_by_host_port_and_database(first: str, second: str, same: bool) -> None:
    assert same_database(parse_database_url(first), parse_database_url(second)) is same
    assert same_database(parse_database_url(second), parse_database_url(first)) is same


def test_sqlite_paths_are_compared_by_the_file_they_open(tmp_path: Path) -> None:
    (tmp_path / "prisma").mkdir()
    (tmp_path / "prisma" / "dev.db").touch()
    (tmp_path / "link.db").symlink_to(tmp_path / "prisma" / "dev.db")
    main = parse_database_url("file:./dev.db", tmp_path / "prisma")
    for spelling in ("file:dev.db", "file:./sub/../dev.db", f"file:{tmp_path}/prisma/dev.db",
                     f"file://{tmp_path}/prisma/./dev.db", "file:../link.db"):
        assert same_database(main, parse_database_url(spelling, tmp_path / "prisma")), spelling
    assert not same_database(main, parse_database_url("file:./shadow.db", tmp_path / "prisma"))
    assert not same_database(main, parse_database_url("file:./dev.db", tmp_path))  # another folder


def test_the_engine_refuses_before_connecting() -> None:
    main = parse_database_url("postgresql://postgres@127.0.0.1:9/nowhere")  # nothing listens there
    shadow = parse_database_url("postgres://other@127.0.0.1:9/nowhere?schema=x")
    with pytest.raises(ShadowDatabaseIsMainDatabase) as error:
        with shadow_database(main, shadow):
            pass
    assert error.value.code == "P3025"
    refuse_shadow_in_use(None, main)  # no shadow database configured: nothing to refuse


# --- migrate dev ---------------------------------------------------------------------------------


def _project_with_rows(root: Path, provider: str, url: str) -> None:
    """A deployed history with one migration and a row in User."""
    write_schema(root, provider, url, MODELS)
    migration = root / "prisma" / "migrations" / "20240101000000_init"
    migration.mkdir(parents=True)
    (migration / "migration.sql").write_text(INIT_SQL[provider], encoding="utf-8")
    (root / "prisma" / "migrations" / "migration_lock.toml").write_text(f'provider = "{provider}"\n')
    deployed = lamina(root, "migrate", "deploy")
    assert deployed.code == 0, deployed.text
    _execute(provider, url, root, "INSERT INTO User (email) VALUES ('kept@example.com')"
             if provider == "mysql" else "INSERT INTO \"User\" (email) VALUES ('kept@example.com')")


def _execute(provider: str, url: str, root: Path, sql: str) -> list[tuple]:
    match provider:
        case "postgresql":
            with psycopg.connect(url, autocommit=True) as conn:
                cursor = conn.execute(sql)
                return cursor.fetchall() if cursor.description else []
        case "sqlite":
            with sqlite3.connect(parse_database_url(url, root / "prisma").path) as conn:
                return conn.execute(sql).fetchall()
    import pymysql

    parts = urlsplit(url)
    conn = pymysql.connect(host=parts.hostname, port=parts.port or 3306, user=parts.username or "root",
                           password=parts.password or "", database=parts.path.lstrip("/"), autocommit=True)
    try:
        with conn.cursor() as cursor:
            cursor.execute(sql)
            return list(cursor.fetchall())
    finally:
        conn.close()


def _rows_survive(provider: str, url: str, root: Path) -> None:
    table = "User" if provider == "mysql" else '"User"'
    assert _execute(provider, url, root, f"SELECT email FROM {table}") == [("kept@example.com",)]
    assert len(_execute(provider, url, root, "SELECT migration_name FROM _prisma_migrations")) == 1


def _respell(provider: str, url: str) -> str:
    """The same database written differently: host in capitals, default port spelled out,
    another PostgreSQL schema, other parameters."""
    if provider == "sqlite":
        return "file:../prisma/./dev.db"
    parts = urlsplit(url)
    port = parts.port or (5432 if provider == "postgresql" else 3306)
    netloc = f"{parts.username}@{parts.hostname.upper()}:{port}"
    query = "schema=shadow&connect_timeout=5" if provider == "postgresql" else "connection_limit=1"
    return parts._replace(scheme="postgres" if provider == "postgresql" else parts.scheme, netloc=netloc,
                          query=query).geturl()


def _with_shadow_in_schema(root: Path, provider: str, url: str, shadow: str) -> None:
    schema = root / "prisma" / "schema.prisma"
    text = schema.read_text(encoding="utf-8")
    schema.write_text(text.replace(f'  url      = "{url}"\n',
                                   f'  url      = "{url}"\n  shadowDatabaseUrl = "{shadow}"\n'), encoding="utf-8")


@pytest.mark.parametrize("provider", ["postgresql", "sqlite", "mysql"])
def test_migrate_dev_refuses_a_shadow_database_that_is_the_main_one(provider: str, tmp_path: Path,
                                                                     request: pytest.FixtureRequest) -> None:
    url = "file:./dev.db" if provider == "sqlite" else request.getfixturevalue(
        "postgres_url" if provider == "postgresql" else "mysql_url")
    _project_with_rows(tmp_path, provider, url)
    _with_shadow_in_schema(tmp_path, provider, url, _respell(provider, url))
    (tmp_path / "prisma" / "schema.prisma").write_text(
        (tmp_path / "prisma" / "schema.prisma").read_text() + "\nmodel Post {\n  id Int @id\n}\n")

    result = lamina(tmp_path, "migrate", "dev", "--name", "next")

    assert result.code == 1, result.text
    assert result.err.endswith(P3025 + (
        "Hint: Point the shadow database URL at a separate, empty database, or leave it unset to let "
        "lamina use a temporary one.\n")), result.err
    _rows_survive(provider, url, tmp_path)
    assert [p.name for p in (tmp_path / "prisma" / "migrations").iterdir() if p.is_dir()] == ["20240101000000_init"]


@pytest.mark.parametrize("config", ["prisma.config.ts", "lamina.toml"])
def test_migrate_dev_refuses_a_configured_shadow_database_that_is_the_main_one(config: str, postgres_url: str,
                                                                                tmp_path: Path) -> None:
    _project_with_rows(tmp_path, "postgresql", postgres_url)
    shadow = _respell("postgresql", postgres_url)
    if config == "prisma.config.ts":
        (tmp_path / config).write_text(
            'import { defineConfig } from "prisma/config";\n\nexport default defineConfig({\n'
            '  schema: "prisma/schema.prisma",\n'
            f'  datasource: {{ url: "{postgres_url}", shadowDatabaseUrl: "{shadow}" }},\n}});\n')
    else:
        (tmp_path / config).write_text(f'[datasource]\nurl = "{postgres_url}"\nshadowDatabaseUrl = "{shadow}"\n')

    result = lamina(tmp_path, "migrate", "dev", "--name", "next")

    assert result.code == 1, result.text
    assert P3025 in result.err
    _rows_survive("postgresql", postgres_url, tmp_path)


# --- migrate diff --------------------------------------------------------------------------------


def test_diff_from_migrations_refuses_the_datasource_database_as_shadow(postgres_url: str, tmp_path: Path) -> None:
    _project_with_rows(tmp_path, "postgresql", postgres_url)

    result = lamina(tmp_path, "migrate", "diff", "--from-migrations", "prisma/migrations",
                    "--to-schema-datamodel", "prisma/schema.prisma", "--script",
                    "--shadow-database-url", _respell("postgresql", postgres_url))

    assert result.code == 1, result.text
    assert result.out == ""
    assert P3025 in result.err
    _rows_survive("postgresql", postgres_url, tmp_path)


@pytest.mark.parametrize("direction", ["from", "to"])
def test_diff_refuses_a_diffed_database_as_shadow(direction: str, postgres_url: str, tmp_path: Path) -> None:
    """No project datasource at all: the shadow database is the other side of the diff."""
    _project_with_rows(tmp_path, "postgresql", postgres_url)
    (tmp_path / "prisma" / "schema.prisma").unlink()
    url_side = ["--from-url", postgres_url] if direction == "from" else ["--to-url", postgres_url]
    migrations_side = ["--to-migrations" if direction == "from" else "--from-migrations", "prisma/migrations"]

    result = lamina(tmp_path, "migrate", "diff", *url_side, *migrations_side, "--exit-code",
                    "--shadow-database-url", _respell("postgresql", postgres_url))

    assert result.code == 1, result.text
    assert P3025 in result.err
    _rows_survive("postgresql", postgres_url, tmp_path)


def test_diff_with_a_separate_shadow_database_still_works(postgres_url: str, tmp_path: Path) -> None:
    _project_with_rows(tmp_path, "postgresql", postgres_url)
    shadow = postgres_url + "_shadow"
    with psycopg.connect(url_with_database_name(postgres_url, "postgres"), autocommit=True) as admin:
        admin.execute(f'CREATE DATABASE "{urlsplit(shadow).path[1:]}"')
    try:
        result = lamina(tmp_path, "migrate", "diff", "--from-migrations", "prisma/migrations",
                        "--to-url", postgres_url, "--exit-code", "--shadow-database-url", shadow)
    finally:
        with psycopg.connect(url_with_database_name(postgres_url, "postgres"), autocommit=True) as admin:
            admin.execute(f'DROP DATABASE IF EXISTS "{urlsplit(shadow).path[1:]}" WITH (FORCE)')
    assert result.code == 0, result.text
    assert result.out == "No difference detected.\n\n\n"
    _rows_survive("postgresql", postgres_url, tmp_path)


def url_with_database_name(url: str, name: str) -> str:
    return urlsplit(url)._replace(path="/" + name).geturl()


def test_sqlite_diff_refuses_the_same_file_written_differently(tmp_path: Path) -> None:
    _project_with_rows(tmp_path, "sqlite", "file:./dev.db")
    absolute = f"file:{os.path.realpath(tmp_path / 'prisma' / 'dev.db')}"

    result = lamina(tmp_path, "migrate", "diff", "--from-migrations", "prisma/migrations",
                    "--to-schema-datamodel", "prisma/schema.prisma", "--script", "--shadow-database-url", absolute)

    assert result.code == 1, result.text
    assert P3025 in result.err
    _rows_survive("sqlite", "file:./dev.db", tmp_path)


# --- aliases only the servers can see through --------------------------------------------------


def _alias(url: str) -> str:
    """The same server by another name: `localhost` for `127.0.0.1` (and the other way round)."""
    parts = urlsplit(url)
    host = "localhost" if parts.hostname == "127.0.0.1" else "127.0.0.1"
    return parts._replace(netloc=f"{parts.username}@{host}:{parts.port}").geturl()


@pytest.mark.parametrize("provider", ["postgresql", "mysql"])
def test_a_shadow_database_reached_by_another_host_name_is_refused(provider: str, tmp_path: Path,
                                                                   request: pytest.FixtureRequest) -> None:
    url = request.getfixturevalue("postgres_url" if provider == "postgresql" else "mysql_url")
    alias = _alias(url)
    assert not same_database(parse_database_url(url), parse_database_url(alias))  # URLs differ
    _project_with_rows(tmp_path, provider, url)
    _with_shadow_in_schema(tmp_path, provider, url, alias)

    result = lamina(tmp_path, "migrate", "dev", "--name", "next")

    assert result.code == 1, result.text
    assert P3025 in result.err
    _rows_survive(provider, url, tmp_path)


@pytest.mark.parametrize("provider", ["postgresql", "mysql"])
def test_servers_tell_databases_apart(provider: str, request: pytest.FixtureRequest) -> None:
    url = request.getfixturevalue("postgres_url" if provider == "postgresql" else "mysql_url")
    other = url_with_database_name(url, "postgres" if provider == "postgresql" else "mysql")
    with connect(parse_database_url(url)) as first, connect(parse_database_url(_alias(url))) as second:
        assert same_live_database(first, second)
    with connect(parse_database_url(url)) as first, connect_admin(parse_database_url(other)) as second:
        assert not same_live_database(first, second)
