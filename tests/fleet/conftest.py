"""Fleet tests: tenant schemas in a fresh PostgreSQL database, databases listed in a targets file."""

from __future__ import annotations

import json
from pathlib import Path

import psycopg

from tests.cli.helpers import Result, lamina
from tests.deploy.conftest import write_project  # noqa: F401 - re-exported for the tests

HISTORY = {  # a small history that needs nothing else than the tenant's schema
    "20240101000000_init": 'CREATE TABLE "User" ("id" SERIAL PRIMARY KEY, "email" TEXT NOT NULL);\n',
    "20240102000000_post": 'CREATE TABLE "Post" ("id" SERIAL PRIMARY KEY, "authorId" INTEGER NOT NULL '
                           'REFERENCES "User"("id"));\n',
    "20240103000000_index": 'CREATE UNIQUE INDEX "User_email_key" ON "User"("email");\n',
}


def create_schemas(url: str, names: list[str]) -> None:
    with psycopg.connect(url, autocommit=True) as conn:
        for name in names:
            conn.execute(f'CREATE SCHEMA "{name}"')


def history_rows(url: str, schema: str = "public") -> list[tuple[str, bool, bool]]:
    """(name, finished, rolled back) of every row, oldest first."""
    with psycopg.connect(url, autocommit=True) as conn:
        return [tuple(row) for row in conn.execute(
            f'SELECT migration_name, finished_at IS NOT NULL, rolled_back_at IS NOT NULL '
            f'FROM "{schema}"._prisma_migrations ORDER BY started_at, migration_name')]


def fleet(project: Path, *argv: str) -> Result:
    return lamina(project, *argv)


def fleet_json(project: Path, *argv: str) -> tuple[int, dict]:
    result = lamina(project, *argv, "--json")
    return result.code, json.loads(result.out)
