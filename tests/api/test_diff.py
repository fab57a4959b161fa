"""lamina.operations.diff.diff from Python: schema against empty, a live database, a migrations
folder replayed on a shadow database."""

from __future__ import annotations

from pathlib import Path

import pytest

from lamina.errors import UsageError
from lamina.operations.diff import DiffResult, diff
from lamina.operations.diff_sources import ProvidersDiffer
from lamina.operations.execute import execute
from tests.cli.helpers import write_schema

MODELS = "model User {\n  id   Int    @id @default(autoincrement())\n  name String\n}\n"


def test_empty_to_schema_on_sqlite(tmp_path: Path) -> None:
    write_schema(tmp_path, "sqlite", "file:./dev.db", MODELS)
    result = diff(from_empty=True, to_schema="prisma/schema.prisma", project=tmp_path)
    assert isinstance(result, DiffResult)
    assert not result.is_empty and result.steps == ("CreateTable",)
    assert 'CREATE TABLE "User"' in result.script
    assert result.summary == "\n[+] Added tables\n  - User\n"
    assert result.schema_diff is not None and len(result.schema_diff.steps) == 1


def test_live_database_against_schema_on_postgres(tmp_path: Path, postgres_url: str) -> None:
    write_schema(tmp_path, "postgresql", postgres_url, MODELS)
    execute(sql='CREATE TABLE "User" (id SERIAL PRIMARY KEY)', url=postgres_url, cwd=tmp_path)
    result = diff(from_config_datasource=True, to_schema="prisma/schema.prisma", cwd=tmp_path, script=True,
                  output="out.sql")
    assert (result.from_kind, result.to_kind, result.provider) == ("config_datasource", "schema", "postgresql")
    assert result.steps == ("AlterTable",)
    assert 'ADD COLUMN     "name" TEXT NOT NULL' in result.script
    assert result.output_file == tmp_path / "out.sql"
    assert (tmp_path / "out.sql").read_text() == result.script + "\n"
    same = diff(from_url=postgres_url, to_url=postgres_url, cwd=tmp_path)
    assert same.is_empty and same.summary == "No difference detected.\n"


def test_migrations_replayed_on_a_shadow_database(tmp_path: Path, postgres_url: str) -> None:
    write_schema(tmp_path, "postgresql", postgres_url, MODELS)
    first = diff(from_empty=True, to_schema="prisma/schema.prisma", project=tmp_path)
    folder = tmp_path / "prisma" / "migrations" / "20240101000000_init"
    folder.mkdir(parents=True)
    (folder / "migration.sql").write_text(first.script)
    (folder.parent / "migration_lock.toml").write_text('provider = "postgresql"\n')
    result = diff(from_migrations="prisma/migrations", to_schema="prisma/schema.prisma", project=tmp_path)
    assert result.is_empty, result.summary


def test_one_side_each(tmp_path: Path) -> None:
    with pytest.raises(UsageError):
        diff(from_empty=True, project=tmp_path)


def test_providers_must_match(tmp_path: Path) -> None:
    write_schema(tmp_path, "sqlite", "file:./dev.db", MODELS)
    with pytest.raises(ProvidersDiffer):
        diff(from_url="postgresql://postgres@127.0.0.1:5432/x", to_schema="prisma/schema.prisma", project=tmp_path)
