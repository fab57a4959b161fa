"""Connecting: URL parsing, P1xxx errors on real servers, auto-create, SQLite files."""

from __future__ import annotations

import socket
import struct
import threading
from pathlib import Path

import pytest

from lamina.engine.connection import connect, create_database, database_exists, drop_database
from lamina.engine.urls import parse_database_url
from lamina.errors import (
    AuthenticationFailed,
    DatabaseDoesNotExist,
    DatabaseUnreachable,
    InvalidDatabaseString,
)

from ..conftest import postgres_server_url, url_with_database


# --- URLs ----------------------------------------------------------------------------------------


def test_postgres_url_parts_and_redaction() -> None:
    url = parse_database_url("postgresql://bob:s3cr%40t@db.example:6543/app?schema=tenant&sslmode=disable")
    assert (url.provider, url.host, url.port, url.user, url.password) == ("postgresql", "db.example", 6543, "bob", "s3cr@t")
    assert (url.database, url.schema, url.location) == ("app", "tenant", "db.example:6543")
    assert url.redacted == "postgresql://bob:****@db.example:6543/app?schema=tenant&sslmode=disable"
    assert "s3cr" not in repr(url)


def test_postgres_url_defaults() -> None:
    url = parse_database_url("postgres://localhost/mydb")
    assert (url.provider, url.port, url.schema, url.password) == ("postgresql", 5432, "public", None)
    assert url.redacted == "postgres://localhost/mydb"


def test_sqlite_url_relative_to_schema_folder(tmp_path: Path) -> None:
    url = parse_database_url("file:./dev.db", base_dir=tmp_path / "prisma")
    assert url.provider == "sqlite"
    assert url.path == tmp_path / "prisma" / "dev.db"
    assert url.database == "dev.db"
    assert parse_database_url("file:/abs/x.db").path == Path("/abs/x.db")


def test_mysql_url() -> None:
    url = parse_database_url("mysql://root:pw@127.0.0.1/shop")
    assert (url.provider, url.port, url.database, url.schema) == ("mysql", 3306, "shop", None)


@pytest.mark.parametrize(
    "text", ["postgresql://h:abc/x", "nonsense", "mongodb+srv://x/y"], ids=["bad-port", "no-scheme", "other-scheme"]
)
def test_invalid_urls_are_p1013(text: str) -> None:
    with pytest.raises(InvalidDatabaseString) as error:
        parse_database_url(text)
    assert error.value.code == "P1013"
    assert error.value.message().startswith("The provided database string is invalid. ")


# --- PostgreSQL errors ---------------------------------------------------------------------------


def test_database_that_does_not_exist_is_p1003(postgres_url: str) -> None:
    missing = parse_database_url(url_with_database(postgres_server_url(), "lamina_surely_missing_db"))
    with pytest.raises(DatabaseDoesNotExist) as error:
        connect(missing)
    assert error.value.code == "P1003"
    assert error.value.message() == "Database `lamina_surely_missing_db` does not exist"


def test_unreachable_server_is_p1001() -> None:
    with socket.socket() as probe:  # a port nothing listens on
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    with pytest.raises(DatabaseUnreachable) as error:
        connect(parse_database_url(f"postgresql://postgres:pw@127.0.0.1:{port}/x"))
    assert error.value.code == "P1001"
    assert error.value.message() == (
        f"Can't reach database server at `127.0.0.1:{port}`\n\n"
        f"Please make sure your database server is running at `127.0.0.1:{port}`."
    )


def _refusing_server(sock: socket.socket) -> None:
    """Speaks just enough of the PostgreSQL protocol to reject the password, as a server does."""
    client, _ = sock.accept()
    with client:
        while True:
            header = client.recv(8)
            length, code = struct.unpack("!ii", header)
            if length == 8 and code in (80877103, 80877104):  # SSLRequest / GSSENCRequest
                client.sendall(b"N")
                continue
            client.recv(length - 8)
            break
        fields = b"SFATAL\0VFATAL\0C28P01\0Mpassword authentication failed for user \"bob\"\0\0"
        client.sendall(b"E" + struct.pack("!i", len(fields) + 4) + fields)


def test_wrong_password_is_p1000() -> None:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        sock.listen(1)
        port = sock.getsockname()[1]
        thread = threading.Thread(target=_refusing_server, args=(sock,), daemon=True)
        thread.start()
        with pytest.raises(AuthenticationFailed) as error:
            connect(parse_database_url(f"postgresql://bob:wrong@127.0.0.1:{port}/app?sslmode=disable"))
        thread.join(5)
    assert error.value.code == "P1000"
    message = error.value.message()
    assert message == (
        "Authentication failed against database server, the provided database credentials for `bob` are "
        "not valid.\n\nPlease make sure to provide valid database credentials for the database server at "
        "the configured address."
    )
    assert "wrong" not in message


def test_create_and_drop_postgres_database(postgres_url: str) -> None:
    url = parse_database_url(url_with_database(postgres_url, "lamina_created_db") + "?schema=app")
    drop_database(url, force=True)
    assert not database_exists(url)
    assert create_database(url) == "lamina_created_db"
    try:
        assert database_exists(url)
        with connect(url) as conn:
            assert conn.query("SELECT current_schema()") == [("app",)]
    finally:
        drop_database(url, force=True)
    assert not database_exists(url)


def test_connection_runs_scripts_as_one_message(postgres_url: str) -> None:
    with connect(parse_database_url(postgres_url)) as conn:
        conn.execute_script("CREATE TABLE a (x int); INSERT INTO a VALUES (1); INSERT INTO a VALUES (2);")
        assert conn.query("SELECT x FROM a ORDER BY x") == [(1,), (2,)]
        with pytest.raises(Exception):
            conn.execute_script("INSERT INTO a VALUES (3); SELECT 1/0;")
        assert conn.query("SELECT count(*) FROM a") == [(2,)]  # implicit transaction rolled back


# --- SQLite --------------------------------------------------------------------------------------


def test_missing_sqlite_file_is_p1003_then_created(tmp_path: Path) -> None:
    url = parse_database_url("file:./sub/dir/dev.db", base_dir=tmp_path)
    assert not database_exists(url)
    with pytest.raises(DatabaseDoesNotExist) as error:
        connect(url)
    assert error.value.message() == "Database `dev.db` does not exist"
    assert create_database(url) == str(tmp_path / "sub" / "dir" / "dev.db")
    with connect(url) as conn:
        conn.execute_script("CREATE TABLE t (x); INSERT INTO t VALUES (1);")
        assert conn.query("SELECT x FROM t") == [(1,)]
    drop_database(url)
    assert not url.path.exists()


def test_sqlite_enforces_foreign_keys_like_prisma(sqlite_url: str) -> None:
    import sqlite3

    with connect(parse_database_url(sqlite_url)) as conn:
        conn.execute_script('CREATE TABLE "P" ("id" INTEGER PRIMARY KEY); CREATE TABLE "C" ("p" INTEGER REFERENCES "P"("id"));')
        with pytest.raises(sqlite3.IntegrityError):
            conn.execute_script('INSERT INTO "C" VALUES (1);')


def test_sql_without_parameters_is_sent_untouched(db_url) -> None:
    with connect(db_url) as conn:
        assert conn.query("SELECT 'a%b' LIKE 'a%'") in ([(True,)], [(1,)])
        assert conn.query("SELECT 'x' || %s" if db_url.provider == "postgresql" else "SELECT 'x' || ?", ("%",)) == [("x%",)]
