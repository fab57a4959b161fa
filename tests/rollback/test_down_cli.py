"""`migrate dev` writing down.sql, `migrate down` and `migrate down --write` on real databases
(SQLite files and PostgreSQL), with their bad inputs (docs/rollback.md)."""

from __future__ import annotations

import sqlite3
from contextlib import closing
from pathlib import Path

import psycopg
import pytest

from lamina.cli.prompt import ScriptedPrompter
from tests.cli.helpers import lamina, write_schema

USER = "model User {\n  id    Int    @id @default(autoincrement())\n  email String\n}\n"
WITH_POST = (
    "model User {\n  id    Int    @id @default(autoincrement())\n  email String\n  name  String?\n  posts Post[]\n}\n\n"
    "model Post {\n  id       Int  @id\n  authorId Int\n  author   User @relation(fields: [authorId], references: [id])\n}\n"
)
WITH_BIO = WITH_POST.replace("  name  String?\n", "  name  String?\n  bio   String?\n")


def _folders(project: Path) -> list[Path]:
    return sorted(p for p in (project / "prisma" / "migrations").iterdir() if p.is_dir())


def _dev(project: Path, url: str, provider: str, models: str, name: str, *extra: str) -> None:
    write_schema(project, provider, url, models)
    result = lamina(project, "migrate", "dev", "--name", name, *extra)
    assert result.code == 0, result.text


def _history(project: Path, provider: str, url: str) -> list[tuple[str, bool]]:
    sql = "SELECT migration_name, rolled_back_at IS NOT NULL FROM _prisma_migrations ORDER BY started_at"
    if provider == "sqlite":
        with closing(sqlite3.connect(project / "prisma" / "dev.db")) as conn:
            return [(n, bool(r)) for n, r in conn.execute(sql)]
    with psycopg.connect(url) as conn:
        return [(n, bool(r)) for n, r in conn.execute(sql)]


def _tables(project: Path, provider: str, url: str) -> list[str]:
    if provider == "sqlite":
        with closing(sqlite3.connect(project / "prisma" / "dev.db")) as conn:
            rows = conn.execute("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' "
                                "AND name != '_prisma_migrations' ORDER BY name").fetchall()
    else:
        with psycopg.connect(url) as conn:
            rows = conn.execute("SELECT tablename FROM pg_tables WHERE schemaname = 'public' "
                                "AND tablename != '_prisma_migrations' ORDER BY tablename").fetchall()
    return [r[0] for r in rows]


def _columns(project: Path, table: str) -> list[str]:
    with closing(sqlite3.connect(project / "prisma" / "dev.db")) as conn:
        return [r[1] for r in conn.execute(f'PRAGMA table_info("{table}")')]


@pytest.fixture(params=["sqlite", "postgresql"])
def database(request: pytest.FixtureRequest, tmp_path: Path) -> tuple[str, str]:
    if request.param == "sqlite":
        return "sqlite", "file:./dev.db"
    return "postgresql", request.getfixturevalue("postgres_url")


def _three_migrations(tmp_path: Path, provider: str, url: str) -> list[Path]:
    _dev(tmp_path, url, provider, USER, "init")
    _dev(tmp_path, url, provider, WITH_POST, "posts")
    _dev(tmp_path, url, provider, WITH_BIO, "bio")
    return _folders(tmp_path)


# --- §1: down.sql beside every new migration --------------------------------------------------------


def test_dev_writes_down_sql_with_prisma_headers_and_warnings(tmp_path: Path) -> None:
    folders = _three_migrations(tmp_path, "sqlite", "file:./dev.db")
    assert [sorted(p.name for p in f.iterdir()) for f in folders] == [["down.sql", "migration.sql"]] * 3
    assert (folders[0] / "down.sql").read_text() == (
        "/*\n  Warnings:\n\n  - You are about to drop the `User` table. If the table is not empty, all the data "
        "it contains will be lost.\n\n*/\n-- DropTable\nPRAGMA foreign_keys=off;\nDROP TABLE \"User\";\n"
        "PRAGMA foreign_keys=on;\n")
    posts_down = (folders[1] / "down.sql").read_text()
    assert "  - You are about to drop the `Post` table." in posts_down
    assert "  - You are about to drop the column `name` on the `User` table. All the data in the column will be lost." \
        in posts_down
    assert "-- DropTable\n" in posts_down and "-- RedefineTables\n" in posts_down
    # migration.sql (and so its checksum) is what it was without down.sql: status is up to date
    status = lamina(tmp_path, "migrate", "status")
    assert status.code == 0, status.text
    assert status.out.endswith("Database schema is up to date!\n")


def test_dev_no_down_flag_and_config_key(tmp_path: Path) -> None:
    _dev(tmp_path, "file:./dev.db", "sqlite", USER, "init", "--no-down")
    assert [p.name for p in _folders(tmp_path)[0].iterdir()] == ["migration.sql"]
    (tmp_path / "lamina.toml").write_text("[migrations]\ndown = false\n")
    _dev(tmp_path, "file:./dev.db", "sqlite", WITH_POST, "posts")
    assert [p.name for p in _folders(tmp_path)[1].iterdir()] == ["migration.sql"]
    (tmp_path / "lamina.toml").write_text("[migrations]\ndown = true\n")
    _dev(tmp_path, "file:./dev.db", "sqlite", WITH_BIO, "bio")
    assert (_folders(tmp_path)[2] / "down.sql").read_text().startswith(
        "/*\n  Warnings:\n\n  - You are about to drop the column `bio` on the `User` table. All the data in the "
        "column will be lost.\n\n*/\n-- RedefineTables\n")


def test_dev_create_only_writes_down_sql(tmp_path: Path) -> None:
    _dev(tmp_path, "file:./dev.db", "sqlite", USER, "init")
    _dev(tmp_path, "file:./dev.db", "sqlite", USER.replace("  email String\n", "  email String\n  age   Int?\n"),
         "age", "--create-only")
    down = (_folders(tmp_path)[1] / "down.sql").read_text()
    assert down.startswith("/*\n  Warnings:\n\n  - You are about to drop the column `age` on the `User` table.")
    assert 'CREATE TABLE "new_User" (\n    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,\n    "email" TEXT NOT NULL\n);' \
        in down


def test_write_fills_in_missing_down_sql_and_keeps_hand_written_ones(tmp_path: Path) -> None:
    _dev(tmp_path, "file:./dev.db", "sqlite", USER, "init", "--no-down")
    _dev(tmp_path, "file:./dev.db", "sqlite", WITH_POST, "posts", "--no-down")
    _dev(tmp_path, "file:./dev.db", "sqlite", WITH_BIO, "bio", "--no-down")
    folders = _folders(tmp_path)
    (folders[1] / "down.sql").write_text("-- mine\n")
    result = lamina(tmp_path, "migrate", "down", "--write")
    assert result.code == 0, result.text
    assert "down.sql written for 2 migrations (1 already had one).\n" in result.out
    assert (folders[1] / "down.sql").read_text() == "-- mine\n"
    assert "- You are about to drop the column `bio` on the `User` table." in (folders[2] / "down.sql").read_text()
    assert (folders[0] / "down.sql").read_text().endswith('DROP TABLE "User";\nPRAGMA foreign_keys=on;\n')
    again = lamina(tmp_path, "migrate", "down", "--write", folders[0].name)
    assert again.code == 0, again.text
    assert "Every migration has a down.sql already: nothing to write." in again.out
    unknown = lamina(tmp_path, "migrate", "down", "--write", "20990101000000_nope")
    assert unknown.code == 1
    assert unknown.err.splitlines()[-1] == "Error: No migration named `20990101000000_nope` in prisma/migrations."


# --- §2: migrate down ----------------------------------------------------------------------------------


def test_down_one_step_then_to_then_deploy_again(tmp_path: Path, database: tuple[str, str]) -> None:
    provider, url = database
    folders = _three_migrations(tmp_path, provider, url)
    names = [f.name for f in folders]
    result = lamina(tmp_path, "migrate", "down", "--accept-data-loss")
    assert result.code == 0, result.text
    assert f"Reverting 1 migration, newest first:\n  {names[2]} (down.sql)\n" in result.out
    assert result.out.endswith(f"The database is now at migration `{names[1]}`.\n")
    assert _history(tmp_path, provider, url) == [(names[0], False), (names[1], False), (names[2], True)]
    status = lamina(tmp_path, "migrate", "status")
    assert status.code == 1
    assert f"Following migration have not yet been applied:\n{names[2]}\n" in status.out

    to = lamina(tmp_path, "migrate", "down", "--to", names[0], "--accept-data-loss")
    assert to.code == 0, to.text
    assert f"  {names[1]} (down.sql)\n" in to.out
    assert _tables(tmp_path, provider, url) == ["User"]
    assert _history(tmp_path, provider, url) == [(names[0], False), (names[1], True), (names[2], True)]

    deploy = lamina(tmp_path, "migrate", "deploy")
    assert deploy.code == 0, deploy.text
    assert _tables(tmp_path, provider, url) == ["Post", "User"]
    history = _history(tmp_path, provider, url)
    assert len(history) == 5 and history[3:] == [(names[1], False), (names[2], False)]  # new rows, old ones kept
    assert lamina(tmp_path, "migrate", "status").code == 0


def test_down_without_down_sql_shows_the_computed_reverse(tmp_path: Path) -> None:
    _dev(tmp_path, "file:./dev.db", "sqlite", USER, "init", "--no-down")
    _dev(tmp_path, "file:./dev.db", "sqlite", USER.replace("  email String\n", "  email String\n  age   Int?\n"),
         "age", "--no-down")
    result = lamina(tmp_path, "migrate", "down", "--dry-run")
    assert result.code == 0, result.text
    name = _folders(tmp_path)[1].name
    assert (f"  {name} (computed, no down.sql)\n\nThe migration `{name}` has no down.sql; this reverse was "
            "computed from the migration history:\n\n/*\n  Warnings:\n\n  - You are about to drop the column `age` "
            "on the `User` table. All the data in the column will be lost.\n\n*/\n-- RedefineTables\n") in result.out
    assert result.out.endswith('PRAGMA defer_foreign_keys=OFF;\n\nDry run: the database was not changed.\n')
    assert "age" in _columns(tmp_path, "User")
    done = lamina(tmp_path, "migrate", "down")  # no rows: no warning, no confirmation needed
    assert done.code == 0, done.text
    assert _columns(tmp_path, "User") == ["id", "email"]


def test_destructive_down_needs_a_yes(tmp_path: Path) -> None:
    _three_migrations(tmp_path, "sqlite", "file:./dev.db")
    with closing(sqlite3.connect(tmp_path / "prisma" / "dev.db")) as conn:
        conn.execute("INSERT INTO \"User\" (email, bio) VALUES ('a@b.c', 'hi'), ('d@e.f', NULL)")
        conn.commit()
    refused = lamina(tmp_path, "migrate", "down")
    assert refused.code == 1
    assert "  • You are about to drop the column `bio` on the `User` table, which still contains 1 non-null values.\n" \
        in refused.out
    assert refused.err.splitlines()[-2:] == [
        "Error: Reverting these migrations loses data, and there is no terminal to confirm it on.",
        "Hint: Run it in a terminal to confirm, or accept the data loss with `lamina migrate down --accept-data-loss`.",
    ]
    declined = lamina(tmp_path, "migrate", "down", prompter=ScriptedPrompter(interactive=True, answers=[False]))
    assert declined.code == 130
    assert "bio" in _columns(tmp_path, "User")
    accepted = lamina(tmp_path, "migrate", "down", prompter=ScriptedPrompter(interactive=True, answers=[True]))
    assert accepted.code == 0, accepted.text
    assert "bio" not in _columns(tmp_path, "User")


def test_failing_down_sql_changes_nothing(tmp_path: Path, database: tuple[str, str]) -> None:
    provider, url = database
    folders = _three_migrations(tmp_path, provider, url)
    (folders[2] / "down.sql").write_text('ALTER TABLE "User" DROP COLUMN "bio";\nSELECT * FROM "NoSuchTable";\n')
    result = lamina(tmp_path, "migrate", "down")
    assert result.code == 1
    error = [line for line in result.err.splitlines() if line.startswith("Error:")]
    assert len(error) == 1 and error[0].startswith(f"Error: The down script of migration `{folders[2].name}` failed: ")
    assert "NoSuchTable" in result.err
    assert "Nothing was changed: the script ran in a transaction, and the migration stays applied." in result.err
    assert _history(tmp_path, provider, url)[-1] == (folders[2].name, False)
    assert lamina(tmp_path, "migrate", "status").code == 0
    with_bio = lamina(tmp_path, "migrate", "diff", "--from-config-datasource", "--to-schema", "prisma/schema.prisma",
                      "--exit-code")
    assert with_bio.code == 0, with_bio.text  # the bio column is still there


def test_bad_input_is_one_error_line(tmp_path: Path) -> None:
    folders = _three_migrations(tmp_path, "sqlite", "file:./dev.db")
    names = [f.name for f in folders]
    lamina(tmp_path, "migrate", "down", "--accept-data-loss")  # names[2] is rolled back now

    unapplied = lamina(tmp_path, "migrate", "down", "--to", names[2])
    assert unapplied.code == 1
    assert unapplied.err.splitlines()[-1] == (
        f"Error: The migration `{names[2]}` is not applied on this database: `--to` names the applied migration "
        "that stays the newest one.")
    unknown = lamina(tmp_path, "migrate", "down", "--to", "nope")
    assert unknown.err.splitlines()[-1] == (
        "Error: There is no migration `nope` in prisma/migrations nor in the database's history.")
    too_many = lamina(tmp_path, "migrate", "down", "--steps", "5")
    assert too_many.err.splitlines()[-1] == "Error: Cannot revert 5 migrations: only 2 are applied on this database."
    both = lamina(tmp_path, "migrate", "down", "--steps", "1", "--to", names[0])
    assert both.err.splitlines()[-1] == "Error: Use either `--steps` or `--to`, not both."

    (folders[1] / "migration.sql").rename(tmp_path / "moved.sql")
    missing = lamina(tmp_path, "migrate", "down")
    assert missing.code == 1
    assert missing.err.splitlines()[-3:] == [
        "Error: P3015", "",
        f"Could not find the migration file at {folders[1] / 'migration.sql'}. Please delete the directory or "
        "restore the migration file."]
    (tmp_path / "moved.sql").rename(folders[1] / "migration.sql")
    for folder in folders[1:]:
        for child in folder.iterdir():
            child.unlink()
        folder.rmdir()
    gone = lamina(tmp_path, "migrate", "down")
    assert gone.code == 1
    assert gone.err.splitlines()[-2] == (
        f"Error: The migration `{names[1]}` is applied on the database, but its folder is missing from "
        "prisma/migrations: lamina cannot replay the history to check the database or revert it.")
    assert "Traceback" not in gone.text + missing.text + unknown.text


def test_drift_stops_down_unless_forced(tmp_path: Path, database: tuple[str, str]) -> None:
    provider, url = database
    _three_migrations(tmp_path, provider, url)
    if provider == "sqlite":
        with closing(sqlite3.connect(tmp_path / "prisma" / "dev.db")) as conn:
            conn.execute('CREATE TABLE "Extra" ("id" INTEGER PRIMARY KEY)')
    else:
        with psycopg.connect(url, autocommit=True) as conn:
            conn.execute('CREATE TABLE "Extra" ("id" INTEGER PRIMARY KEY)')
    result = lamina(tmp_path, "migrate", "down")
    assert result.code == 1
    assert ("Error: The database is not in the state its migration history says: it has drifted.\n\n"
            "[*] Changes from the migration history to the database:\n\n[+] Added tables\n  - Extra\n") in result.err
    assert _history(tmp_path, provider, url)[-1][1] is False
    forced = lamina(tmp_path, "migrate", "down", "--force", "--accept-data-loss")
    assert forced.code == 0, forced.text
    assert _history(tmp_path, provider, url)[-1][1] is True
    assert "Extra" in _tables(tmp_path, provider, url)


def test_mysql_down_says_which_statements_ran(tmp_path: Path, mysql_url: str) -> None:
    folders = _three_migrations(tmp_path, "mysql", mysql_url)
    plan = lamina(tmp_path, "migrate", "down", "--dry-run")
    assert ("MySQL has no transactional DDL: each down script runs statement by statement, and a failure "
            "leaves the statements before it applied.\n") in plan.out
    (folders[2] / "down.sql").write_text(
        "ALTER TABLE `User` DROP COLUMN `bio`;\nALTER TABLE `NoSuchTable` DROP COLUMN `x`;\n")
    failed = lamina(tmp_path, "migrate", "down")
    assert failed.code == 1
    assert f"Error: The down script of migration `{folders[2].name}` failed: " in failed.err
    assert ("MySQL has no transactional DDL: these 1 statement(s) ran before the failure and stay applied:\n"
            "  1. ALTER TABLE `User` DROP COLUMN `bio`\nThe migration stays applied.\n") in failed.err
    import pymysql
    from urllib.parse import urlsplit

    parts = urlsplit(mysql_url)
    conn = pymysql.connect(host=parts.hostname, port=parts.port or 3306, user=parts.username or "root",
                           password=parts.password or "", database=parts.path.lstrip("/"))
    try:
        with conn.cursor() as cursor:
            cursor.execute("SELECT migration_name, rolled_back_at IS NOT NULL FROM _prisma_migrations ORDER BY started_at")
            assert cursor.fetchall()[-1] == (folders[2].name, 0)
            cursor.execute("SELECT logs FROM _prisma_migrations WHERE migration_name = %s", (folders[2].name,))
            (logs,) = cursor.fetchone()
            assert logs.startswith(f"lamina migrate down: The down script of migration `{folders[2].name}` failed: ")
            assert "  1. ALTER TABLE `User` DROP COLUMN `bio`\n" in logs
            cursor.execute("SHOW COLUMNS FROM `User`")
            assert "bio" not in [row[0] for row in cursor.fetchall()]
    finally:
        conn.close()
    (folders[2] / "down.sql").write_text("SELECT 1;\n")  # the rest of the reverse, by hand
    done = lamina(tmp_path, "migrate", "down", "--force")
    assert done.code == 0, done.text
    assert done.out.endswith(f"The database is now at migration `{folders[1].name}`.\n")


def test_read_only_user_gets_one_error_and_nothing_changes(tmp_path: Path, postgres_url: str) -> None:
    """A role that may read but not change the tables (nor create databases or schemas): stopped
    before anything runs, at the drift check's shadow database (Prisma's P3014, as its migrate dev
    stops there); the migration stays applied and its column stays."""
    folders = _three_migrations(tmp_path, "postgresql", postgres_url)
    role = "lamina_down_reader_" + folders[0].name[:8]
    with psycopg.connect(postgres_url, autocommit=True) as conn:
        conn.execute(f'DROP ROLE IF EXISTS "{role}"')
        conn.execute(f'CREATE ROLE "{role}" LOGIN')
        conn.execute(f'GRANT SELECT, UPDATE ON ALL TABLES IN SCHEMA public TO "{role}"')
        conn.execute(f'GRANT USAGE ON SCHEMA public TO "{role}"')
    reader_url = postgres_url.replace("postgres@", f"{role}@", 1)
    try:
        write_schema(tmp_path, "postgresql", reader_url, WITH_BIO)
        result = lamina(tmp_path, "migrate", "down", "--accept-data-loss")
        assert result.code == 1, result.text
        error = [line for line in result.err.splitlines() if line.startswith("Error:")]
        assert error == ["Error: P3014"], result.err
        assert "Traceback" not in result.text
        assert _history(tmp_path, "postgresql", postgres_url)[-1] == (folders[2].name, False)
        assert _tables(tmp_path, "postgresql", postgres_url) == ["Post", "User"]
        with psycopg.connect(postgres_url) as conn:
            columns = [r[0] for r in conn.execute(
                "SELECT column_name FROM information_schema.columns WHERE table_name = 'User' ORDER BY 1")]
        assert "bio" in columns
    finally:
        with psycopg.connect(postgres_url, autocommit=True) as conn:
            conn.execute(f'REASSIGN OWNED BY "{role}" TO postgres')
            conn.execute(f'DROP OWNED BY "{role}"')
            conn.execute(f'DROP ROLE IF EXISTS "{role}"')
