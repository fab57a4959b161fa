"""Bad input gets a clear error (P-code or Prisma's wording, what to do next) and an exit code, never a
traceback; nothing destructive runs without the flag or the answer Prisma requires.

Every case runs the real command on a real database (SQLite files in tmp_path, a fresh PostgreSQL
or MariaDB database per test)."""

from __future__ import annotations

import hashlib
import sqlite3
import subprocess
import sys
from pathlib import Path
from urllib.parse import urlsplit

import psycopg
import pytest

from lamina.cli.prompt import ScriptedPrompter
from tests.cli.helpers import Result, lamina

SCHEMA = "prisma/schema.prisma"
MODEL = "model A {\n  id Int @id\n  b  String?\n}\n"
MODEL_WITHOUT_B = "model A {\n  id Int @id\n}\n"


def _schema(provider: str, models: str = MODEL, extra: str = "") -> str:
    return f'datasource db {{\n  provider = "{provider}"\n{extra}}}\n\n{models}'


def _project(root: Path, files: dict[str, str | bytes | None], url: str | None = None) -> Path:
    """Write `files` (None: an empty folder) and, with `url`, a lamina.toml that points at it."""
    for name, content in files.items():
        path = root / name
        path.parent.mkdir(parents=True, exist_ok=True)
        if content is None:
            path.mkdir(exist_ok=True)
        elif isinstance(content, bytes):
            path.write_bytes(content)
        else:
            path.write_text(content, encoding="utf-8")
    if url is not None:
        (root / "lamina.toml").write_text(f'[datasource]\nurl = "{url}"\n', encoding="utf-8")
    return root


def _check(result: Result, code: int, *lines: str) -> None:
    """The exit code, each expected line (whole lines, in order), and no traceback."""
    assert "Traceback" not in result.text, result.text
    assert result.code == code, result.text
    got = [line.rstrip() for line in result.text.splitlines()]
    position = 0
    for line in lines:
        assert line in got[position:], f"missing {line!r} in:\n{result.text}"
        position = got.index(line, position) + 1


class Interrupted:
    """A terminal where the user presses Ctrl-C (KeyboardInterrupt) or Ctrl-D (EOFError) at the prompt."""

    interactive = True

    def __init__(self, error: type[BaseException]):
        self.error = error
        self.asked: list[str] = []

    def confirm(self, question: str) -> bool:
        self.asked.append(question)
        raise self.error

    def text(self, question: str) -> str:
        self.asked.append(question)
        raise self.error


# --- unreadable schema files ----------------------------------------------------------------------

# Bytes that are not UTF-8: Prisma reads the file as UTF-8 text (U+FFFD for each bad byte) and
# reports the lines its parser cannot read.
GARBAGE = bytes([0x80, 0xFF, 0xFE, 0x00, 0x9C]) * 20


@pytest.mark.parametrize("argv", [
    ["validate"], ["format"], ["migrate", "dev", "--name", "x"], ["migrate", "deploy"], ["migrate", "status"],
    ["migrate", "reset", "--force"], ["db", "push"], ["db", "pull", "--print"],
    ["migrate", "diff", "--from-empty", "--to-schema", SCHEMA],
], ids=lambda argv: "-".join(argv[:2]))
def test_schema_with_bytes_that_are_not_utf8(tmp_path: Path, argv: list[str]) -> None:
    _project(tmp_path, {SCHEMA: GARBAGE}, "file:./dev.db")
    result = lamina(tmp_path, *argv)
    _check(result, 1, "Error code: P1012",
           "error: Error validating: This line is invalid. It does not start with any known Prisma schema keyword.",
           "  -->  prisma/schema.prisma:1")
    assert not (tmp_path / "dev.db").exists()  # lamina.toml's `file:./dev.db`: nothing was created


def test_schema_with_a_utf8_bom_is_refused_as_prisma_refuses_it(tmp_path: Path) -> None:
    _project(tmp_path, {SCHEMA: "\ufeff" + _schema("sqlite")}, "file:./dev.db")
    result = lamina(tmp_path, "validate")
    _check(result, 1, "Error code: P1012",
           "error: Error validating: This line is invalid. It does not start with any known Prisma schema keyword.",
           "  -->  prisma/schema.prisma:1", "Validation Error Count: 3")


@pytest.mark.oracle
def test_bom_and_garbage_errors_match_prisma(tmp_path: Path, oracle_dir: Path) -> None:
    for name, content in (("bom.prisma", ("\ufeff" + _schema("sqlite")).encode()), ("garbage.prisma", GARBAGE)):
        (tmp_path / name).write_bytes(content)
        prisma = subprocess.run(["bash", str(oracle_dir / "prisma.sh"), "--schema", name, "--", "validate"],
                                cwd=tmp_path, capture_output=True, text=True, env={"NO_COLOR": "1", "PATH": _path()})
        ours = lamina(tmp_path, "validate", "--schema", name)
        assert prisma.returncode == ours.code == 1, prisma.stderr
        wanted = [line for line in prisma.stderr.splitlines()
                  if line.startswith(("Error code:", "error:", "  -->", "Validation Error Count"))]
        got = [line for line in ours.text.splitlines()
               if line.startswith(("Error code:", "error:", "  -->", "Validation Error Count"))]
        assert got == wanted, ours.text
        assert "Traceback" not in ours.text


def _path() -> str:
    import os

    return os.environ.get("PATH", "")


def test_schema_with_crlf_line_endings_is_valid(tmp_path: Path) -> None:
    _project(tmp_path, {SCHEMA: _schema("sqlite").replace("\n", "\r\n")}, "file:./dev.db")
    _check(lamina(tmp_path, "validate"), 0, "The schema at prisma/schema.prisma is valid 🚀")


@pytest.mark.parametrize("name, content", [
    ("prisma.config.ts", b"export default {} // \xff\xfe\n"),
    (".env", b"X=\xff\xfe\n"),
])
def test_config_files_with_bytes_that_are_not_utf8(tmp_path: Path, name: str, content: bytes) -> None:
    _project(tmp_path, {SCHEMA: _schema("sqlite"), name: content}, "file:./dev.db")
    _check(lamina(tmp_path, "validate"), 0, "The schema at prisma/schema.prisma is valid 🚀")


@pytest.mark.parametrize("toml, expected", [
    ('[datasource]\nurl = 5\n', "`datasource.url` must be a string."),
    ('schema = ["a.prisma"]\n', "`schema` must be a string."),
    ('migrations = "prisma/migrations"\n', "`migrations` must be a table, like [migrations]."),
    ('[migrations]\nseed = ["python", "seed.py"]\n', "`migrations.seed` must be a string."),
])
def test_lamina_toml_values_of_the_wrong_type(tmp_path: Path, toml: str, expected: str) -> None:
    _project(tmp_path, {SCHEMA: _schema("sqlite"), "lamina.toml": toml})
    _check(lamina(tmp_path, "migrate", "status"), 1, f"Error: Could not read {tmp_path / 'lamina.toml'}: {expected}")


@pytest.mark.oracle
def test_config_env_helper_naming_an_unset_variable(tmp_path: Path, oracle_dir: Path, monkeypatch) -> None:
    """`env("X")` from prisma/config throws when X is unset: the same line as Prisma 7 (compared with the real
    CLI, which must run below its install folder to import prisma/config); a .env file that sets X is enough."""
    import os
    import shutil
    import tempfile

    monkeypatch.delenv("LAMINA_TEST_UNSET_VAR", raising=False)
    config = ('import { defineConfig, env } from "prisma/config"\n'
              'export default defineConfig({ schema: "schema.prisma", datasource: { url: env("LAMINA_TEST_UNSET_VAR") } })\n')
    files = {"schema.prisma": _schema("sqlite"), "prisma.config.ts": config}
    anchor = Path(os.environ.get("PRISMA_ANCHOR_DIR", "/tmp/prisma-anchor"))
    oracle_project = Path(tempfile.mkdtemp(prefix=".bad-input.", dir=anchor))
    try:
        _project(oracle_project, files)
        env = {k: v for k, v in os.environ.items() if k != "LAMINA_TEST_UNSET_VAR"} | {"NO_COLOR": "1"}
        prisma = subprocess.run(["bash", str(oracle_dir / "prisma.sh"), "--", "migrate", "status"],
                                cwd=oracle_project, capture_output=True, text=True, env=env)
        ours = lamina(oracle_project, "migrate", "status")
    finally:
        shutil.rmtree(oracle_project, ignore_errors=True)
    assert prisma.returncode == ours.code == 1
    wanted = next(line for line in prisma.stderr.splitlines() if line.startswith("Failed to load config file"))
    _check(ours, 1, "Error: " + wanted,
           "Hint: Set LAMINA_TEST_UNSET_VAR (in the environment or a .env file), or use "
           "process.env.LAMINA_TEST_UNSET_VAR if it is optional.")

    _project(tmp_path, {**files, ".env": "LAMINA_TEST_UNSET_VAR=file:./dev.db\n"})
    _check(lamina(tmp_path, "validate"), 0, "The schema at schema.prisma is valid 🚀")
    monkeypatch.delenv("LAMINA_TEST_UNSET_VAR", raising=False)  # the .env file set it for this process


@pytest.mark.parametrize("argv", [[], ["db"], ["migrate"]], ids=["lamina", "db", "migrate"])
def test_no_command_prints_the_help(tmp_path: Path, argv: list[str]) -> None:
    result = lamina(tmp_path, *argv)
    _check(result, 0, "Commands:")
    assert result.out.startswith(f"Usage: lamina {' '.join(argv)}".rstrip() + " [OPTIONS] COMMAND [ARGS]...")


# --- datasource URLs --------------------------------------------------------------------------------


@pytest.mark.parametrize("argv", [
    ["migrate", "dev", "--name", "x"], ["migrate", "deploy"], ["migrate", "status"], ["db", "push"],
    ["db", "pull", "--print"], ["db", "execute", "--file", "script.sql"],
    ["migrate", "diff", "--from-empty", "--to-config-datasource"],
], ids=lambda argv: "-".join(argv[:2]))
def test_sqlite_url_naming_a_folder(tmp_path: Path, argv: list[str]) -> None:
    _project(tmp_path, {SCHEMA: _schema("sqlite"), "prisma/data": None, "script.sql": "SELECT 1;"},
             "file:./prisma/data")
    result = lamina(tmp_path, *argv)
    _check(result, 1, "Error: SQLite database error",
           f"unable to open database file: {tmp_path / 'prisma' / 'data'}",
           "Hint: Point the `file:` URL at a database file (not a folder) that you may read and write.")


@pytest.mark.skipif(not Path("/proc/self").is_dir(), reason="needs Linux's /proc, where no file can be created")
@pytest.mark.parametrize("argv", [["db", "push"], ["migrate", "dev", "--name", "x"], ["migrate", "deploy"]],
                         ids=lambda argv: "-".join(argv[:2]))
def test_sqlite_file_in_a_folder_that_takes_no_new_file(tmp_path: Path, argv: list[str]) -> None:
    """Even as root, nothing can be created in /proc: the same error as for a file SQLite cannot open."""
    _project(tmp_path, {SCHEMA: _schema("sqlite")}, "file:/proc/lamina_test.db")
    _check(lamina(tmp_path, *argv), 1, "Error: SQLite database error", "unable to open database file: /proc/lamina_test.db")


@pytest.mark.parametrize("argv", [["migrate", "deploy"], ["db", "push"], ["db", "pull", "--print"]],
                         ids=lambda argv: "-".join(argv))
def test_sqlite_file_that_is_not_a_database(tmp_path: Path, argv: list[str]) -> None:
    _project(tmp_path, {SCHEMA: _schema("sqlite"), "prisma/dev.db": b"not a database " * 100}, "file:./prisma/dev.db")
    _check(lamina(tmp_path, *argv), 1, "Error: SQLite database error", "file is not a database")
    assert (tmp_path / "prisma" / "dev.db").read_bytes() == b"not a database " * 100


def _pg_tables(url: str) -> list[str]:
    with psycopg.connect(url, autocommit=True) as conn:
        return [row[0] for row in conn.execute(
            "SELECT table_name FROM information_schema.tables WHERE table_schema = 'public'")]


@pytest.mark.parametrize("argv", [["db", "push"], ["migrate", "dev", "--name", "x"], ["migrate", "deploy"]],
                         ids=lambda argv: "-".join(argv[:2]))
def test_url_of_another_database_than_the_provider(tmp_path: Path, postgres_url: str, argv: list[str]) -> None:
    """A PostgreSQL URL for a SQLite schema is refused before anything is connected or written."""
    _project(tmp_path, {SCHEMA: _schema("sqlite")}, postgres_url)
    result = lamina(tmp_path, *argv)
    _check(result, 1, "Error: Error validating datasource `db`: the URL must start with the protocol `file:`.",
           f"Hint: The URL comes from {tmp_path / 'lamina.toml'}: use one for the schema's provider, or change `provider`.")
    assert _pg_tables(postgres_url) == []
    assert not (tmp_path / "prisma" / "migrations").exists()


@pytest.mark.parametrize("provider, url, protocol", [
    ("postgresql", "mysql://root@127.0.0.1:3306/lamina_never_created", "`postgresql://` or `postgres://`"),
    ("mysql", "file:./dev.db", "`mysql://`"),
])
def test_schema_url_of_another_database_than_the_provider(tmp_path: Path, provider: str, url: str,
                                                          protocol: str) -> None:
    _project(tmp_path, {SCHEMA: _schema(provider, extra=f'  url      = "{url}"\n')})
    result = lamina(tmp_path, "db", "push")
    _check(result, 1, "Error code: P1012",
           f"error: Error validating datasource `db`: the URL must start with the protocol {protocol}.",
           "  -->  prisma/schema.prisma:3")
    assert not (tmp_path / "prisma" / "dev.db").exists()


@pytest.mark.parametrize("provider", ["cockroachdb", "sqlserver"])
def test_provider_lamina_does_not_migrate(tmp_path: Path, postgres_url: str, provider: str) -> None:
    _project(tmp_path, {SCHEMA: _schema(provider)}, postgres_url)
    for argv in (["db", "push"], ["migrate", "diff", "--from-empty", "--to-schema", SCHEMA]):
        result = lamina(tmp_path, *argv)
        _check(result, 1, f"Error: The `{provider}` provider is not supported by lamina: it migrates "
               "PostgreSQL, MySQL/MariaDB and SQLite databases.")
    _check(lamina(tmp_path, "validate"), 0, "The schema at prisma/schema.prisma is valid 🚀")
    assert _pg_tables(postgres_url) == []


def test_tls_required_by_the_url_but_not_offered(tmp_path: Path, postgres_url: str) -> None:
    with psycopg.connect(postgres_url, autocommit=True) as conn:
        ssl = conn.execute("SHOW ssl").fetchone()[0]
    if ssl == "on":
        pytest.skip("this PostgreSQL server accepts TLS connections")
    _project(tmp_path, {SCHEMA: _schema("postgresql")}, postgres_url + "?sslmode=require")
    result = lamina(tmp_path, "migrate", "status")
    _check(result, 1, "Error: P1011: Error opening a TLS connection: server does not support SSL, but SSL was required")


def test_database_the_user_may_not_create(tmp_path: Path, postgres_url: str) -> None:
    """A missing database that the user cannot create: Prisma's P3000 with the server's reason."""
    role = "lamina_test_nocreatedb"
    with psycopg.connect(postgres_url, autocommit=True) as admin:
        admin.execute(f'DROP ROLE IF EXISTS "{role}"')
        admin.execute(f'CREATE ROLE "{role}" LOGIN NOCREATEDB')
        try:
            parts = urlsplit(postgres_url)
            url = parts._replace(netloc=f"{role}@{parts.hostname}:{parts.port or 5432}",
                                 path="/lamina_test_never_created").geturl()
            _project(tmp_path, {SCHEMA: _schema("postgresql")}, url)
            _check(lamina(tmp_path, "db", "push"), 1, "Error: P3000",
                   "Failed to create database: permission denied to create database")
        finally:
            admin.execute(f'DROP ROLE IF EXISTS "{role}"')


@pytest.mark.parametrize("kind", ["closed port", "wrong password"])
def test_mariadb_unreachable_or_refused(tmp_path: Path, mysql_url: str, kind: str) -> None:
    parts = urlsplit(mysql_url)
    if kind == "closed port":
        url = parts._replace(netloc=f"{parts.username or 'root'}@127.0.0.1:5999").geturl()
        expected = ("Error: P1001: Can't reach database server at `127.0.0.1:5999`",
                    "Please make sure your database server is running at `127.0.0.1:5999`.")
    else:
        url = parts._replace(netloc=f"lamina_nobody:wrong@{parts.hostname}:{parts.port or 3306}").geturl()
        expected = ("Error: P1000: Authentication failed against database server, the provided database "
                    "credentials for `lamina_nobody` are not valid.",)
    _project(tmp_path, {SCHEMA: _schema("mysql")}, url)
    _check(lamina(tmp_path, "migrate", "deploy"), 1, *expected)
    assert "wrong" not in lamina(tmp_path, "migrate", "deploy").text


# --- migrations folder ------------------------------------------------------------------------------

MIGRATION = 'CREATE TABLE "A" ("id" INTEGER NOT NULL PRIMARY KEY, "b" TEXT);\n'


def test_lock_file_with_bytes_that_are_not_utf8(tmp_path: Path) -> None:
    files = {SCHEMA: _schema("sqlite"), "prisma/migrations/migration_lock.toml": b"\xff\xfe\x00",
             "prisma/migrations/20240101000000_a/migration.sql": MIGRATION}
    _project(tmp_path, files, "file:./dev.db")
    _check(lamina(tmp_path, "migrate", "deploy"), 1, "Error: P3019",
           "The datasource provider `sqlite` specified in your schema does not match the one specified in the "
           "migration_lock.toml, `<PROVIDER NOT FOUND>`. Please remove your current migration directory and start "
           "a new migration history with lamina migrate dev. Read more: https://pris.ly/d/migrate-provider-switch")
    result = lamina(tmp_path, "migrate", "diff", "--from-migrations", "prisma/migrations", "--to-schema", SCHEMA)
    _check(result, 1, "Error: Could not determine the connector from the migrations directory "
           "(migration_lock.toml names the provider `<PROVIDER NOT FOUND>`).")


def test_migration_with_bytes_that_are_not_utf8_is_applied_as_prisma_applies_it(tmp_path: Path) -> None:
    """Prisma reads migration.sql as UTF-8 text (U+FFFD for bad bytes), applies it and stores the
    checksum of that text (checked against the real engine's deploy on SQLite)."""
    script = b'CREATE TABLE "A" ("id" INTEGER NOT NULL PRIMARY KEY, "b" TEXT); -- caf\xe9 \xff\n'
    files = {SCHEMA: _schema("sqlite"), "prisma/migrations/migration_lock.toml": 'provider = "sqlite"\n',
             "prisma/migrations/20240101000000_a/migration.sql": script}
    _project(tmp_path, files, "file:./prisma/dev.db")
    _check(lamina(tmp_path, "migrate", "deploy"), 0, "All migrations have been successfully applied.")
    rows = sqlite3.connect(tmp_path / "prisma" / "dev.db").execute(
        "SELECT migration_name, checksum FROM _prisma_migrations").fetchall()
    text = script.decode("utf-8", errors="replace")
    assert rows == [("20240101000000_a", hashlib.sha256(text.encode("utf-8")).hexdigest())]
    _check(lamina(tmp_path, "migrate", "status"), 0, "Database schema is up to date!")


@pytest.mark.parametrize("argv", [
    ["migrate", "dev", "--name", "x"], ["migrate", "deploy"], ["migrate", "status"], ["migrate", "reset", "--force"],
    ["migrate", "diff", "--from-migrations", "prisma/migrations", "--to-schema", SCHEMA],
], ids=lambda argv: "-".join(argv[:2]))
def test_migrations_path_is_a_file(tmp_path: Path, argv: list[str]) -> None:
    _project(tmp_path, {SCHEMA: _schema("sqlite"), "prisma/migrations": "not a folder"}, "file:./dev.db")
    result = lamina(tmp_path, *argv)
    _check(result, 1, f"Error: Not a directory: {tmp_path / 'prisma' / 'migrations' / 'migration_lock.toml'}",
           "Hint: Check that the path exists, is a file or a folder as expected, and that you may read and write it.")
    assert (tmp_path / "prisma" / "migrations").read_text() == "not a folder"


# --- flags ----------------------------------------------------------------------------------------


def test_diff_output_to_a_folder(tmp_path: Path) -> None:
    _project(tmp_path, {SCHEMA: _schema("sqlite")})
    result = lamina(tmp_path, "migrate", "diff", "--from-empty", "--to-schema", SCHEMA, "--script", "-o", "prisma")
    _check(result, 1, f"Error: Is a directory: {tmp_path / 'prisma'}")


def test_db_execute_file_with_bytes_that_are_not_utf8(tmp_path: Path) -> None:
    """Read as Prisma reads it (U+FFFD for bad bytes): here they sit in a comment, so the script runs."""
    _project(tmp_path, {SCHEMA: _schema("sqlite"), "prisma/dev.db": b"",
                        "script.sql": b"CREATE TABLE t (x INTEGER); -- \xff\xfe\n"}, "file:./prisma/dev.db")
    _check(lamina(tmp_path, "db", "execute", "--file", "script.sql"), 0, "Script executed successfully.")
    tables = sqlite3.connect(tmp_path / "prisma" / "dev.db").execute("SELECT name FROM sqlite_master").fetchall()
    assert tables == [("t",)]


def test_db_execute_file_with_a_nul_byte(tmp_path: Path) -> None:
    _project(tmp_path, {SCHEMA: _schema("sqlite"), "prisma/dev.db": b"", "script.sql": b"SELECT 1;\x00\n"},
             "file:./prisma/dev.db")
    _check(lamina(tmp_path, "db", "execute", "--file", "script.sql"), 1, "Error: embedded null character")


# --- destructive commands need the flag or the answer -----------------------------------------------


@pytest.fixture(params=["sqlite", "postgresql", "mysql"])
def database(request, tmp_path: Path):
    """(provider, url, run SQL and return rows)."""
    if request.param == "sqlite":
        path = tmp_path / "prisma" / "dev.db"

        def sql_sqlite(sql: str) -> list[tuple]:
            conn = sqlite3.connect(path)
            try:
                rows = conn.execute(sql).fetchall()
                conn.commit()
                return rows
            finally:
                conn.close()

        return "sqlite", "file:./prisma/dev.db", sql_sqlite
    if request.param == "postgresql":
        url = request.getfixturevalue("postgres_url")

        def sql_postgres(sql: str) -> list[tuple]:
            with psycopg.connect(url, autocommit=True) as conn:
                cursor = conn.execute(sql)
                return cursor.fetchall() if cursor.description else []

        return "postgresql", url, sql_postgres
    url = request.getfixturevalue("mysql_url")

    def sql_mysql(sql: str) -> list[tuple]:
        import pymysql

        parts = urlsplit(url)
        conn = pymysql.connect(host=parts.hostname, port=parts.port or 3306, user=parts.username or "root",
                               password=parts.password or "", database=parts.path.lstrip("/"), autocommit=True)
        try:
            with conn.cursor() as cursor:
                cursor.execute(sql.replace('"', "`"))
                return list(cursor.fetchall())
        finally:
            conn.close()

    return "mysql", url, sql_mysql


def _with_a_row(tmp_path: Path, database) -> None:
    provider, url, sql = database
    _project(tmp_path, {SCHEMA: _schema(provider)}, url)
    _check(lamina(tmp_path, "migrate", "dev", "--name", "init"), 0, "Your database is now in sync with your schema.")
    sql("INSERT INTO \"A\" (id, b) VALUES (1, 'kept')")


def test_reset_needs_force_in_a_non_interactive_run(tmp_path: Path, database) -> None:
    _with_a_row(tmp_path, database)
    result = lamina(tmp_path, "migrate", "reset")
    _check(result, 1, "Error: Prisma Migrate has detected that the environment is non-interactive. It is "
           "recommended to run this command in an interactive environment.", "Use --force to run this command "
           "without user interaction.")
    assert database[2]('SELECT b FROM "A"') == [("kept",)]


@pytest.mark.parametrize("error", [KeyboardInterrupt, EOFError], ids=["ctrl-c", "ctrl-d"])
def test_reset_interrupted_at_the_prompt(tmp_path: Path, database, error: type[BaseException]) -> None:
    _with_a_row(tmp_path, database)
    prompter = Interrupted(error)
    result = lamina(tmp_path, "migrate", "reset", prompter=prompter)  # type: ignore[arg-type]
    _check(result, 130)
    assert prompter.asked == ["Are you sure you want to reset your database? All data will be lost."]
    assert database[2]('SELECT b FROM "A"') == [("kept",)]


def test_push_with_data_loss_needs_the_flag(tmp_path: Path, database) -> None:
    _with_a_row(tmp_path, database)
    (tmp_path / SCHEMA).write_text(_schema(database[0], MODEL_WITHOUT_B), encoding="utf-8")
    result = lamina(tmp_path, "db", "push")
    _check(result, 1, "  • You are about to drop the column `b` on the `A` table, which still contains 1 non-null values.",
           "Error: Use the --accept-data-loss flag to ignore the data loss warnings like lamina db push --accept-data-loss")
    assert database[2]('SELECT b FROM "A"') == [("kept",)]
    interrupted = lamina(tmp_path, "db", "push", prompter=Interrupted(KeyboardInterrupt))  # type: ignore[arg-type]
    _check(interrupted, 130)
    assert database[2]('SELECT b FROM "A"') == [("kept",)]


def test_dev_with_data_loss_in_a_non_interactive_run(tmp_path: Path, database) -> None:
    _with_a_row(tmp_path, database)
    (tmp_path / SCHEMA).write_text(_schema(database[0], MODEL_WITHOUT_B), encoding="utf-8")
    result = lamina(tmp_path, "migrate", "dev", "--name", "drop_b")
    _check(result, 1, "Error: Prisma Migrate has detected that the environment is non-interactive, which is "
           "not supported.")
    assert database[2]('SELECT b FROM "A"') == [("kept",)]
    assert [p.name.endswith("_drop_b") for p in (tmp_path / "prisma" / "migrations").iterdir()].count(True) == 0
    interrupted = lamina(tmp_path, "migrate", "dev", "--name", "drop_b",
                         prompter=Interrupted(KeyboardInterrupt))  # type: ignore[arg-type]
    _check(interrupted, 130)
    assert database[2]('SELECT b FROM "A"') == [("kept",)]


def test_dev_that_needs_a_reset_stops(tmp_path: Path, database) -> None:
    _with_a_row(tmp_path, database)
    database[2]('CREATE TABLE "drift" (x INTEGER)')
    for prompter in (ScriptedPrompter(interactive=False), ScriptedPrompter([True, True, "x"], interactive=True)):
        result = lamina(tmp_path, "migrate", "dev", "--name", "more", prompter=prompter)
        _check(result, 130, "Drift detected: Your database schema is not in sync with your migration history.",
               "You may use lamina migrate reset to drop the development database.", "All data will be lost.")
    assert database[2]('SELECT b FROM "A"') == [("kept",)]


@pytest.mark.skipif(sys.platform == "win32", reason="needs a pseudo-terminal")
@pytest.mark.parametrize("key", ["ctrl-c", "ctrl-d"])
def test_real_terminal_interrupt_at_the_reset_prompt(tmp_path: Path, key: str) -> None:
    """The installed command in a pseudo-terminal: SIGINT (or end of input) at the prompt exits 130
    with no traceback, and the database keeps its rows."""
    import os
    import pty
    import select
    import signal
    import time

    _project(tmp_path, {SCHEMA: _schema("sqlite")}, "file:./prisma/dev.db")
    _check(lamina(tmp_path, "db", "push"), 0)
    conn = sqlite3.connect(tmp_path / "prisma" / "dev.db")
    conn.execute("INSERT INTO A (id, b) VALUES (1, 'kept')")
    conn.commit()
    conn.close()
    command = Path(sys.executable).with_name("lamina")
    pid, fd = pty.fork()
    if pid == 0:  # the child: becomes `lamina migrate reset` on the terminal
        os.chdir(tmp_path)
        os.environ.pop("CI", None)
        os.environ["NO_COLOR"] = "1"
        # A shell starts background jobs with SIGINT ignored, and an ignored signal stays ignored
        # across exec: give the command the terminal's default, as an interactive shell does.
        signal.signal(signal.SIGINT, signal.SIG_DFL)
        os.execv(str(command), [str(command), "migrate", "reset"])
    transcript = b""
    deadline = time.monotonic() + 60

    def read_some() -> bytes | None:
        """What the terminal shows next; None once it is closed. Never waits past the deadline."""
        ready, _, _ = select.select([fd], [], [], max(0.0, deadline - time.monotonic()))
        if not ready:
            os.kill(pid, signal.SIGKILL)
            pytest.fail(f"the command hung; it printed: {transcript!r}")
        try:
            return os.read(fd, 4096) or None
        except OSError:
            return None

    while b"Are you sure" not in transcript:
        chunk = read_some()
        if chunk is None:
            break
        transcript += chunk
    # The prompt is printed before the line editor reads the terminal: a key pressed in between can
    # be lost, as it would be for a person typing that fast; press it when the prompt waits, and again
    # (as a person would) while the command is still there.
    time.sleep(0.5)
    presses = 0
    while True:
        if key == "ctrl-c":
            os.kill(pid, signal.SIGINT)
        else:
            os.write(fd, b"\x04")
        presses += 1
        ready, _, _ = select.select([fd], [], [], 3)
        if ready or presses == 3:
            break
    while (chunk := read_some()) is not None:
        transcript += chunk
    _, status = os.waitpid(pid, 0)
    text = transcript.decode("utf-8", errors="replace")
    assert "Are you sure you want to reset your database? All data will be lost." in text
    assert "Traceback" not in text, text
    assert os.waitstatus_to_exitcode(status) == 130, text
    rows = sqlite3.connect(tmp_path / "prisma" / "dev.db").execute("SELECT b FROM A").fetchall()
    assert rows == [("kept",)]


@pytest.mark.parametrize("error", [KeyboardInterrupt, EOFError], ids=["ctrl-c", "ctrl-d"])
def test_dev_interrupted_at_the_name_prompt_writes_nothing(tmp_path: Path, error: type[BaseException]) -> None:
    _project(tmp_path, {SCHEMA: _schema("sqlite")}, "file:./prisma/dev.db")
    prompter = Interrupted(error)
    _check(lamina(tmp_path, "migrate", "dev", prompter=prompter), 130)  # type: ignore[arg-type]
    assert prompter.asked == ["Enter a name for the new migration:"]
    assert not (tmp_path / "prisma" / "migrations").exists()
    tables = sqlite3.connect(tmp_path / "prisma" / "dev.db").execute(
        "SELECT name FROM sqlite_master WHERE type = 'table'").fetchall()
    assert tables == [("_prisma_migrations",)]  # created by the (empty) apply step before the prompt, as in Prisma
