"""The engine on MariaDB: `_prisma_migrations` DDL, the `GET_LOCK` migration lock (checked, unlike
Prisma: P1002), P3018 with the failing query number and what stayed applied (PRISMA-COMPAT §3.1,
§4.1, §4.2)."""

from __future__ import annotations

from pathlib import Path

import pymysql
import pytest

from lamina.engine.apply import apply_migrations
from lamina.engine.connection import connect
from lamina.engine.lock import acquire_migration_lock
from lamina.engine.urls import parse_database_url
from lamina.errors import DatabaseTimedOut
from tests.cli.helpers import lamina, write_schema


def test_history_table_has_prismas_mysql_ddl(mysql_url: str) -> None:
    with connect(parse_database_url(mysql_url)) as conn:
        apply_migrations(conn, [])
        rows = conn.query(
            "SELECT COLUMN_NAME, COLUMN_TYPE, IS_NULLABLE, COLUMN_DEFAULT FROM information_schema.COLUMNS "
            "WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = '_prisma_migrations' ORDER BY ORDINAL_POSITION")
        collation = conn.query("SELECT TABLE_COLLATION FROM information_schema.TABLES "
                               "WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = '_prisma_migrations'")
    assert [(r[0], r[1], r[2]) for r in rows] == [
        ("id", "varchar(36)", "NO"), ("checksum", "varchar(64)", "NO"), ("finished_at", "datetime(3)", "YES"),
        ("migration_name", "varchar(255)", "NO"), ("logs", "text", "YES"), ("rolled_back_at", "datetime(3)", "YES"),
        ("started_at", "datetime(3)", "NO"), ("applied_steps_count", "int(10) unsigned", "NO"),
    ]
    assert collation == [("utf8mb4_unicode_ci",)]


def test_lock_held_elsewhere_is_p1002(mysql_url: str, monkeypatch: pytest.MonkeyPatch) -> None:
    url = parse_database_url(mysql_url)
    holder = pymysql.connect(host=url.host, port=url.port or 3306, user=url.user or "root",
                             password=url.password or "", autocommit=True)
    try:
        with holder.cursor() as cursor:
            cursor.execute("SELECT GET_LOCK('prisma_migrate', 0)")
            assert cursor.fetchone() == (1,)
        monkeypatch.setenv("LAMINA_LOCK_TIMEOUT", "1")
        with connect(url) as conn, pytest.raises(DatabaseTimedOut) as raised:
            acquire_migration_lock(conn)
        assert "SELECT GET_LOCK('prisma_migrate', 1)" in raised.value.context
        assert raised.value.code == "P1002"
    finally:
        holder.close()
    with connect(url) as conn:
        acquire_migration_lock(conn)  # free again


def test_failed_statement_is_p3018_with_query_number(tmp_path: Path, mysql_url: str) -> None:
    write_schema(tmp_path, "mysql", mysql_url, "model A {\n  id Int @id\n}\n")
    folder = tmp_path / "prisma" / "migrations" / "20240101000000_broken"
    folder.mkdir(parents=True)
    (tmp_path / "prisma" / "migrations" / "migration_lock.toml").write_text('provider = "mysql"\n')
    (folder / "migration.sql").write_text(
        "-- CreateTable\nCREATE TABLE `A` (`id` INTEGER NOT NULL, PRIMARY KEY (`id`));\n\n"
        "-- AlterTable\nALTER TABLE `Missing` ADD COLUMN `x` INTEGER NULL;\n\n"
        "-- CreateTable\nCREATE TABLE `B` (`id` INTEGER NOT NULL);\n")
    result = lamina(tmp_path, "migrate", "deploy")
    assert result.code == 1, result.text
    assert "Error: P3018" in result.text
    assert "Database error code: 1146" in result.text
    assert "Please check the query number 2 from the migration file." in result.text
    assert "Query 1 of the migration file ran before it and stayed applied" in result.text
    with connect(parse_database_url(mysql_url)) as conn:
        tables = {r[0] for r in conn.query("SHOW TABLES")}
        rows = conn.query("SELECT finished_at, applied_steps_count, logs FROM _prisma_migrations")
    assert tables == {"A", "_prisma_migrations"}  # DDL autocommits: statement 1 stays, 3 never ran
    assert rows[0][0] is None and rows[0][1] == 0
    assert "Please check the query number 2 from the migration file." in rows[0][2]


def test_database_names_are_quoted_as_identifiers(mysql_url: str) -> None:
    """A backtick in the URL's database name stays inside the name in CREATE, reset and DROP."""
    from urllib.parse import quote

    from lamina.engine.connection import create_database, database_exists, drop_database
    from lamina.engine.reset import reset_database

    name = parse_database_url(mysql_url).database[-8:] + "`; DROP DATABASE `x"
    url = parse_database_url(mysql_url.rsplit("/", 1)[0] + "/" + quote(name, safe=""))
    assert url.database == name
    try:
        create_database(url)
        with connect(url) as conn:
            conn.execute("CREATE TABLE t (id INT)")
            reset_database(conn)
            assert conn.query("SHOW TABLES") == []
            assert conn.query("SELECT DATABASE()") == [(name,)]
    finally:
        drop_database(url)
    assert not database_exists(url)
