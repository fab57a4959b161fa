"""Fixtures for the describer tests: a fresh PostgreSQL database per test, SQLite files in tmp_path.

A PostgreSQL server that cannot be reached skips these tests locally and fails them with `CI=true`.
"""

from __future__ import annotations

import os
import re
import sqlite3
import uuid
from collections.abc import Iterator
from pathlib import Path

import psycopg
from psycopg.conninfo import make_conninfo
import pytest

from lamina.schema.model import ColumnDefault, IndexColumn, SqlSchema

REPO = Path(__file__).resolve().parents[2]
DEFAULT_POSTGRES_URL = "postgresql://postgres@127.0.0.1:5432/postgres"


def corpus_root() -> Path | None:
    """The shared corpus ($LAMINA_CORPUS or ../shared/corpus); None (or a failure on CI) when absent."""
    root = Path(os.environ.get("LAMINA_CORPUS") or REPO.parent / "shared" / "corpus")
    if root.is_dir():
        return root
    if os.environ.get("CI") == "true":
        pytest.fail(f"the corpus is missing at {root}")
    return None


def _server_url() -> str:
    return os.environ.get("TEST_POSTGRES_URL", DEFAULT_POSTGRES_URL)


def _with_database(url: str, database: str) -> str:
    return make_conninfo(url, dbname=database)


@pytest.fixture
def pg_url(request: pytest.FixtureRequest) -> Iterator[str]:
    """URL of a uniquely named, empty PostgreSQL database, dropped after the test."""
    server = _server_url()
    try:
        admin = psycopg.connect(server, autocommit=True, connect_timeout=5)
    except psycopg.OperationalError as error:
        if os.environ.get("CI") == "true":
            pytest.fail(f"PostgreSQL unreachable at {server}: {error}")
        pytest.skip(f"PostgreSQL unreachable at {server}")
    slug = re.sub(r"[^a-z0-9]+", "_", request.node.name.lower())[:30]
    name = f"lamina_describe_{slug}_{uuid.uuid4().hex[:8]}"
    with admin:
        admin.execute(f'CREATE DATABASE "{name}"')
        try:
            yield _with_database(server, name)
        finally:
            admin.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


@pytest.fixture
def pg_conn(pg_url: str) -> Iterator[psycopg.Connection]:
    with psycopg.connect(pg_url, autocommit=True) as conn:
        yield conn


@pytest.fixture
def sqlite_conn(tmp_path: Path) -> Iterator[sqlite3.Connection]:
    conn = sqlite3.connect(tmp_path / "dev.db", isolation_level=None)
    try:
        yield conn
    finally:
        conn.close()


def schema_text(schema: SqlSchema) -> str:
    """A compact, line-per-fact rendering of a SqlSchema for expectations in tests."""
    lines: list[str] = []
    for ns in schema.namespaces:
        lines.append(f"namespace {ns}")
    for enum in schema.enums:
        lines.append(f"enum {_qualified(enum.namespace, enum.name)}: {', '.join(enum.values)}")
    for table in schema.tables:
        lines.append(f"table {_qualified(table.namespace, table.name)}")
        for column in table.columns:
            suffix = {"required": "", "nullable": "?", "list": "[]"}[column.type.arity]
            text = f"  {column.name} {column.type.full_data_type} {column.type.family}{suffix}"
            if column.auto_increment:
                text += " autoincrement"
            if column.default is not None:
                text += " = " + _default_text(column.default)
            lines.append(text)
        if table.primary_key is not None:
            lines.append(f"  pk {table.primary_key.name} ({_index_columns(table.primary_key.columns)})")
        for index in table.indexes:
            using = f" using {index.algorithm}" if index.algorithm else ""
            lines.append(f"  {index.kind} {index.name} ({_index_columns(index.columns)}){using}")
        for fk in table.foreign_keys:
            target = _qualified(fk.referenced_namespace, fk.referenced_table)
            lines.append(
                f"  fk {fk.name} ({', '.join(fk.columns)}) -> {target}({', '.join(fk.referenced_columns)})"
                f" delete={fk.on_delete} update={fk.on_update}"
            )
    for view in schema.views:
        lines.append(f"view {_qualified(view.namespace, view.name)}")
    return "\n".join(lines) + "\n"


def _qualified(namespace: str | None, name: str) -> str:
    return f"{namespace}.{name}" if namespace else name


def _default_text(default: ColumnDefault) -> str:
    match default.kind:
        case "value":
            return repr(default.value)
        case "dbgenerated":
            return f"dbgenerated({default.value!r})"
        case kind:
            return f"{kind}({default.value!r})" if default.value is not None else f"{kind}()"


def _index_columns(columns: tuple[IndexColumn, ...]) -> str:
    parts = []
    for column in columns:
        text = column.name
        if column.sort == "desc":
            text += " desc"
        if column.operator_class:
            text += f" {column.operator_class}"
        parts.append(text)
    return ", ".join(parts)


@pytest.fixture
def render_schema():
    return schema_text
