"""Fixtures for the describer tests: a fresh PostgreSQL database per test, SQLite files in tmp_path.

A PostgreSQL server that cannot be reached skips these tests locally and fails them with `CI=true`.
"""

from __future__ import annotations

import json
import os
import re
import sqlite3
import uuid
from dataclasses import replace
from collections.abc import Iterator
from pathlib import Path

import psycopg
from psycopg.conninfo import make_conninfo
import pytest

from lamina.diffing.pairing import DEFAULT_OPERATOR_CLASSES
from lamina.schema.model import Column, ColumnDefault, Index, IndexColumn, SqlSchema, PrimaryKey

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
            type_name = _qualified(column.type.namespace, column.type.full_data_type)
            text = f"  {column.name} {type_name} {column.type.family}{suffix}"
            if column.auto_increment:
                text += " autoincrement"
            if column.default is not None:
                text += " = " + _default_text(column.default)
            lines.append(text)
        if table.primary_key is not None:
            lines.append(f"  pk {table.primary_key.name} ({_index_columns(table.primary_key.columns)})")
        for index in table.indexes:
            using = f" using {index.algorithm}" if index.algorithm else ""
            where = f" where {index.predicate}" if index.predicate is not None else ""
            lines.append(f"  {index.kind} {index.name} ({_index_columns(index.columns)}){using}{where}")
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


def roundtrip_mismatches(calculated: SqlSchema, described: SqlSchema, is_sqlite: bool = False) -> list[str]:
    """Differences between a calculated schema and the description of the database Prisma's SQL for
    it creates, after the normalisations the model's conventions allow:

    * enums: calculated in declaration order, described by name — compared by name;
    * JSON value defaults: compared as parsed JSON (PostgreSQL normalises jsonb text);
    * `dbgenerated()` without argument: "some default exists", matches any described default;
    * the calculator's `has_prisma_level_default` flag: a PSL fact the database cannot hold;
    * index sort orders: the calculator keeps what the schema says (None when unsaid), a
      describer reports the database's order (ASC) — None and "asc" are the same order;
    * index operator classes that are their type's default (`array_ops` on a GIN array index):
      a schema may name them, the model spells them None;
    * DateTime literal defaults: spelled differently by PSL and databases, never diffed;
    * PostgreSQL time types created without precision: described with the default precision, 6;
    * SQLite autoincrement: every single-column `Int @id` is created AUTOINCREMENT (described as
      such even without `@default(autoincrement())`), `BigInt` ids cannot be; the differ ignores it.
    """
    problems: list[str] = []
    if sorted(calculated.enums, key=repr) != sorted(described.enums, key=repr):
        problems.append(f"enums: {calculated.enums} != {described.enums}")
    if calculated.namespaces != described.namespaces:
        problems.append(f"namespaces: {calculated.namespaces} != {described.namespaces}")
    before = {(t.namespace, t.name): t for t in calculated.tables}
    after = {(t.namespace, t.name): t for t in described.tables}
    if set(before) != set(after):
        problems.append(f"tables only calculated: {set(before) - set(after)}, only described: {set(after) - set(before)}")
    for key in sorted(set(before) & set(after), key=repr):
        calc, desc = before[key], after[key]
        if [c.name for c in calc.columns] != [c.name for c in desc.columns]:
            problems.append(f"{key}: columns {[c.name for c in calc.columns]} != {[c.name for c in desc.columns]}")
        described_columns = {c.name: c for c in desc.columns}
        for column in calc.columns:
            other = described_columns.get(column.name)
            if other is not None and _normal_column(column, other, is_sqlite) != _normal_column(other, column, is_sqlite):
                problems.append(f"{key}: column calculated {column} != described {other}")
        if _normal_key(calc.primary_key) != _normal_key(desc.primary_key):
            problems.append(f"{key}: primary key {calc.primary_key} != {desc.primary_key}")
        calc_indexes = sorted(map(_normal_index, calc.indexes), key=repr)
        if calc_indexes != sorted(map(_normal_index, desc.indexes), key=repr):
            problems.append(f"{key}: indexes {set(calc.indexes) ^ set(desc.indexes)}")
        if sorted(calc.foreign_keys, key=repr) != sorted(desc.foreign_keys, key=repr):
            problems.append(f"{key}: foreign keys {set(calc.foreign_keys) ^ set(desc.foreign_keys)}")
    return problems


def _normal_key(key: PrimaryKey | None) -> PrimaryKey | None:
    if key is None:
        return None
    return replace(key, columns=tuple(replace(c, sort=c.sort or "asc") for c in key.columns))


def _normal_index(index: Index) -> Index:
    columns = tuple(
        replace(c, operator_class=None if c.operator_class in DEFAULT_OPERATOR_CLASSES else c.operator_class,
                sort=c.sort or "asc")
        for c in index.columns
    )
    return replace(index, columns=columns)


def _normal_column(column: Column, other: Column, is_sqlite: bool) -> tuple:
    default: object = column.default
    if column.default is not None and column.default.kind == "value" and column.type.family == "Json":
        try:
            default = ("json", json.dumps(json.loads(column.default.value), sort_keys=True))
        except (TypeError, ValueError):
            pass
    if column.default is not None and column.default.kind == "value" and column.type.family == "DateTime":
        default = "a DateTime literal"  # spelled differently by PSL and databases; never diffed
    for side in (column, other):
        if side.default is not None and side.default.kind == "dbgenerated" and side.default.value is None:
            default = "any"
    auto_increment = None if is_sqlite else column.auto_increment
    column_type = column.type
    if not is_sqlite and column_type.full_data_type in ("TIMESTAMP", "TIMESTAMPTZ", "TIME", "TIMETZ"):
        # a time type created without precision is described with PostgreSQL's default, 6
        column_type = replace(column_type, full_data_type=f"{column_type.full_data_type}(6)")
    return (column.name, column_type, default, auto_increment)
