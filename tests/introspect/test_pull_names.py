"""Any database name survives `db pull`: a table, column, index, constraint, enum or enum value
named with quotes, backslashes, newlines, control characters or any other character comes back as
an escaped PSL string literal (`@map("x\\")…")`), so the pulled schema validates and diffs empty
against the database it came from. (A name with no ASCII letter is commented out, as in Prisma:
the hand-made goldens cover that.)"""

from __future__ import annotations

import sqlite3
from pathlib import Path
from urllib.parse import urlsplit

import psycopg
import pytest
from hypothesis import HealthCheck, assume, given, settings
from hypothesis import strategies as st

from lamina.introspect.names import sanitize
from tests.cli.helpers import lamina

NAMES = st.text(st.characters(exclude_characters="\x00", exclude_categories=("Cs",)), min_size=1, max_size=15)
EXAMPLES = settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])


def _round_trip(project: Path, provider: str, url: str) -> None:
    project.mkdir(exist_ok=True)
    schema = project / "schema.prisma"
    schema.write_text(f'datasource db {{\n  provider = "{provider}"\n}}\n', encoding="utf-8")
    pulled = lamina(project, "db", "pull", "--schema", "schema.prisma", "--url", url)
    assert pulled.code == 0, pulled.text
    text = schema.read_text(encoding="utf-8")
    checked = lamina(project, "validate", "--schema", "schema.prisma")
    assert checked.code == 0, f"{checked.text}\n{text}"
    diffed = lamina(project, "migrate", "diff", "--from-url", url, "--to-schema", "schema.prisma", "--exit-code")
    assert diffed.code == 0, f"{diffed.text}\n{text}"


def _quoted(name: str, quote: str = '"') -> str:
    return quote + name.replace(quote, quote * 2) + quote


def _text(value: str) -> str:
    return "'" + value.replace("'", "''") + "'"


def _usable(name: str) -> bool:
    """A name Prisma keeps as a field (some ASCII letter left once sanitised), other than `id`."""
    return sanitize("c" + name) != "cid"


@EXAMPLES
@given(name=NAMES)
def test_postgres_names_round_trip(name: str, postgres_url: str, tmp_path_factory: pytest.TempPathFactory) -> None:
    assume(_usable(name) and "id" != name)
    q = _quoted
    with psycopg.connect(postgres_url, autocommit=True) as conn:
        conn.execute("DROP SCHEMA public CASCADE; CREATE SCHEMA public")
        conn.execute(
            f"CREATE TYPE {q('e' + name)} AS ENUM ({_text('v' + name)}, 'plain');"
            f"CREATE TABLE {q('t' + name)} (id INTEGER CONSTRAINT {q('p' + name)} PRIMARY KEY,"
            f" {q('c' + name)} TEXT DEFAULT {_text(name)} CONSTRAINT {q('u' + name)} UNIQUE,"
            f" {q('k' + name)} {q('e' + name)} DEFAULT {_text('v' + name)});"
            f"CREATE INDEX {q('i' + name)} ON {q('t' + name)} ({q('k' + name)});"
            f"CREATE TABLE {q('o' + name)} (id INTEGER PRIMARY KEY,"
            f" ref INTEGER CONSTRAINT {q('f' + name)} REFERENCES {q('t' + name)}(id))")
    _round_trip(tmp_path_factory.mktemp("names") / "project", "postgresql", postgres_url)


@EXAMPLES
@given(name=NAMES)
def test_sqlite_names_round_trip(name: str, tmp_path_factory: pytest.TempPathFactory) -> None:
    assume(_usable(name))
    folder = tmp_path_factory.mktemp("names")
    path = folder / "dev.db"
    q = _quoted
    conn = sqlite3.connect(path)
    conn.executescript(
        f"CREATE TABLE {q('t' + name)} (id INTEGER NOT NULL CONSTRAINT {q('p' + name)} PRIMARY KEY,"
        f" {q('c' + name)} TEXT DEFAULT {_text(name)}, {q('k' + name)} INTEGER);"
        f"CREATE UNIQUE INDEX {q('u' + name)} ON {q('t' + name)}({q('c' + name)});"
        f"CREATE INDEX {q('i' + name)} ON {q('t' + name)}({q('k' + name)});"
        f"CREATE TABLE {q('o' + name)} (id INTEGER NOT NULL PRIMARY KEY, ref INTEGER,"
        f" CONSTRAINT {q('f' + name)} FOREIGN KEY (ref) REFERENCES {q('t' + name)}(id));")
    conn.close()
    _round_trip(folder / "project", "sqlite", f"file:{path}")


# MariaDB: names are at most 64 characters of the Basic Multilingual Plane and never end with
# white space (the server refuses them).
MYSQL_NAMES = st.text(st.characters(exclude_characters="\x00", exclude_categories=("Cs",), max_codepoint=0xFFFF),
                      min_size=1, max_size=16).filter(lambda n: n == n.rstrip(" \t\n\r\x0b\x0c"))


@EXAMPLES
@given(name=MYSQL_NAMES)
def test_mysql_names_round_trip(name: str, mysql_url: str, tmp_path_factory: pytest.TempPathFactory) -> None:
    import pymysql

    assume(_usable(name))
    parts = urlsplit(mysql_url)
    q = lambda n: _quoted(n, "`")  # noqa: E731
    text = lambda v: "'" + v.replace("\\", "\\\\").replace("'", "''") + "'"  # noqa: E731
    conn = pymysql.connect(host=parts.hostname, port=parts.port or 3306, user=parts.username or "root",
                           password=parts.password or "", database=parts.path.lstrip("/"), autocommit=True)
    try:
        with conn.cursor() as cursor:
            cursor.execute("SELECT table_name FROM information_schema.tables WHERE table_schema = DATABASE()")
            tables = [row[0] for row in cursor.fetchall()]
            cursor.execute("SET FOREIGN_KEY_CHECKS = 0")
            for table in tables:
                cursor.execute(f"DROP TABLE {q(table)}")
            cursor.execute("SET FOREIGN_KEY_CHECKS = 1")
            cursor.execute(
                f"CREATE TABLE {q('t' + name)} (id INTEGER NOT NULL, {q('c' + name)} VARCHAR(191) DEFAULT"
                f" {text(name)}, {q('k' + name)} ENUM({text('v' + name)}, 'plain'), PRIMARY KEY (id),"
                f" UNIQUE INDEX {q('u' + name)} ({q('c' + name)}), INDEX {q('i' + name)} ({q('k' + name)}))")
            cursor.execute(
                f"CREATE TABLE {q('o' + name)} (id INTEGER NOT NULL PRIMARY KEY, ref INTEGER,"
                f" CONSTRAINT {q('f' + name)} FOREIGN KEY (ref) REFERENCES {q('t' + name)}(id))")
    finally:
        conn.close()
    _round_trip(tmp_path_factory.mktemp("names") / "project", "mysql", mysql_url)
