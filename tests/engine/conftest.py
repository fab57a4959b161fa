"""`db_url`: the same engine test on a fresh PostgreSQL database and on a SQLite file."""

from __future__ import annotations

from pathlib import Path

import pytest

from lamina.engine.connection import Connection, connect
from lamina.engine.urls import DatabaseUrl, parse_database_url
from lamina.migrations.directory import LocalMigration, list_migrations, write_migration


@pytest.fixture(params=["postgresql", "sqlite"])
def db_url(request: pytest.FixtureRequest) -> DatabaseUrl:
    fixture = "postgres_url" if request.param == "postgresql" else "sqlite_url"
    return parse_database_url(request.getfixturevalue(fixture))


@pytest.fixture
def conn(db_url: DatabaseUrl) -> Connection:
    with connect(db_url) as connection:
        yield connection


def make_migrations(directory: Path, scripts: dict[str, str]) -> list[LocalMigration]:
    for name, script in scripts.items():
        write_migration(directory, name, script)
    return list_migrations(directory)
