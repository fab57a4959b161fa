"""Throw-away PostgreSQL databases for the benchmarks, on the server at BENCH_POSTGRES_URL."""

from __future__ import annotations

import os
import uuid
from urllib.parse import urlsplit, urlunsplit

import psycopg

SERVER_URL = os.environ.get("BENCH_POSTGRES_URL",
                            os.environ.get("TEST_POSTGRES_URL", "postgresql://postgres@127.0.0.1:5432/postgres"))


def url_for(database: str) -> str:
    parts = urlsplit(SERVER_URL)
    return urlunsplit(parts._replace(path=f"/{database}"))


def fresh_name(prefix: str) -> str:
    return f"lamina_bench_{prefix}_{uuid.uuid4().hex[:8]}"


def _admin() -> psycopg.Connection:
    return psycopg.connect(SERVER_URL, autocommit=True)


def create_database(name: str, template: str | None = None) -> str:
    """The new database, with the server's dirty buffers flushed (CHECKPOINT) before anything is
    timed: copying a large template writes it through the WAL, and the run that follows would
    otherwise pay for writing it out."""
    with _admin() as conn:
        clause = f' TEMPLATE "{template}"' if template else ""
        conn.execute(f'CREATE DATABASE "{name}"{clause}')
        conn.execute("CHECKPOINT")
    return url_for(name)


def drop_database(name: str) -> None:
    with _admin() as conn:
        conn.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


def drop_leftovers() -> None:
    """Drop databases an interrupted earlier run left behind."""
    with _admin() as conn:
        names = [r[0] for r in conn.execute(
            "SELECT datname FROM pg_database WHERE datname LIKE 'lamina\\_bench\\_%'")]
    for name in names:
        drop_database(name)


def server_version() -> str:
    with _admin() as conn:
        return str(conn.execute("SHOW server_version").fetchone()[0])


def execute_script(url: str, sql: str) -> None:
    with psycopg.connect(url, autocommit=True) as conn:
        conn.execute(sql)
