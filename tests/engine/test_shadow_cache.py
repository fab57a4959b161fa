"""The shadow cache (engine/shadow_cache.py): a warm cache gives `migrate dev` the same output and
files as a run without it, on PostgreSQL and SQLite, and drift is still reported."""

from __future__ import annotations

import re
from pathlib import Path

import psycopg
import pytest

from lamina.engine.schema_json import schema_from_json, schema_to_json
from tests.cli.helpers import lamina, write_schema

V1 = ('enum Role {\n  USER\n  ADMIN\n}\n\nmodel User {\n  id    Int    @id @default(autoincrement())\n'
      '  email String @unique\n  role  Role   @default(USER)\n  score Decimal @default(1.5)\n}\n')
V2 = V1.replace("  role  Role", "  name  String?\n  role  Role")
V3 = V2 + '\nmodel Post {\n  id     Int  @id @default(autoincrement())\n  userId Int\n  user   User @relation(fields: [userId], references: [id])\n}\n'
V3 = V3.replace("  score Decimal @default(1.5)\n", "  score Decimal @default(1.5)\n  posts Post[]\n")


def _cache_entries(project: Path) -> list[Path]:
    return sorted((project / "prisma" / ".lamina" / "cache" / "shadow").glob("*.json"))


def _files(project: Path) -> dict[str, str]:
    folder = project / "prisma" / "migrations"
    return {re.sub(r"^\d{14}_", "", str(p.relative_to(folder))): p.read_text() for p in sorted(folder.rglob("*"))
            if p.is_file()}


def _step(project: Path, provider: str, url: str, models: str, name: str, *extra: str):
    write_schema(project, provider, url, models)
    result = lamina(project, "migrate", "dev", "--name", name, *extra)
    text = re.sub(r"\d{14}_", "TS_", result.text)
    return result.code, re.sub(r"_[cd][01]\b", "_mode", text)


def _fresh_database(admin_url: str, name: str) -> str:
    with psycopg.connect(admin_url, autocommit=True) as admin:
        admin.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
        admin.execute(f'CREATE DATABASE "{name}"')
    return admin_url.rsplit("/", 1)[0] + f"/{name}"


@pytest.mark.postgres
def test_warm_cache_gives_the_uncached_output_and_files(tmp_path: Path, postgres_url: str, monkeypatch) -> None:
    """Run the same three steps twice, without the cache and with it: outputs and files equal."""
    outcomes = {}
    for mode in ("0", "1"):
        monkeypatch.setenv("LAMINA_SHADOW_CACHE", mode)
        project = tmp_path / f"cache{mode}"
        url = _fresh_database(postgres_url, postgres_url.rsplit("/", 1)[1][:40] + f"_c{mode}")
        steps = [_step(project, "postgresql", url, V1, "init"),
                 _step(project, "postgresql", url, V2, "add_name", "--create-only"),  # cold for mode 1
                 _step(project, "postgresql", url, V2, "again"),  # applies add_name: history unchanged, warm
                 _step(project, "postgresql", url, V3, "posts")]  # one migration after the cached prefix
        outcomes[mode] = (steps, _files(project))
        if mode == "1":
            assert _cache_entries(project), "no cache written"
            assert (project / "prisma" / ".lamina" / ".gitignore").read_text().endswith("*\n")
        else:
            assert not _cache_entries(project)
        with psycopg.connect(postgres_url.rsplit("/", 1)[0] + "/postgres", autocommit=True) as admin:
            admin.execute(f'DROP DATABASE IF EXISTS "{url.rsplit("/", 1)[1]}" WITH (FORCE)')
    assert all(code == 0 for code, _ in outcomes["1"][0]), outcomes["1"][0]
    assert outcomes["1"] == outcomes["0"]


@pytest.mark.postgres
def test_drift_is_reported_with_a_warm_cache(tmp_path: Path, postgres_url: str, monkeypatch) -> None:
    """The dev database changed by hand: the warm cache still finds Prisma's drift, word for word as
    the uncached run."""
    texts = {}
    for mode in ("0", "1"):
        monkeypatch.setenv("LAMINA_SHADOW_CACHE", mode)
        project = tmp_path / f"drift{mode}"
        url = _fresh_database(postgres_url, postgres_url.rsplit("/", 1)[1][:40] + f"_d{mode}")
        assert _step(project, "postgresql", url, V1, "init")[0] == 0
        assert _step(project, "postgresql", url, V1, "noop")[0] == 0  # warms the cache (mode 1)
        with psycopg.connect(url, autocommit=True) as conn:
            conn.execute('ALTER TABLE "User" ADD COLUMN "manual" TEXT')
        texts[mode] = _step(project, "postgresql", url, V1, "after")
        with psycopg.connect(postgres_url.rsplit("/", 1)[0] + "/postgres", autocommit=True) as admin:
            admin.execute(f'DROP DATABASE IF EXISTS "{url.rsplit("/", 1)[1]}" WITH (FORCE)')
    assert texts["1"][0] == 130, texts["1"]
    assert "Drift detected: Your database schema is not in sync with your migration history." in texts["1"][1]
    assert '[+] Added column `manual`' in texts["1"][1] or "manual" in texts["1"][1]
    assert texts["1"] == texts["0"]


def test_sqlite_warm_cache_matches(tmp_path: Path, monkeypatch) -> None:
    outcomes = {}
    for mode in ("0", "1"):
        monkeypatch.setenv("LAMINA_SHADOW_CACHE", mode)
        project = tmp_path / f"s{mode}"
        steps = [_step(project, "sqlite", "file:./dev.db", V1, "init"),
                 _step(project, "sqlite", "file:./dev.db", V2, "add_name"),
                 _step(project, "sqlite", "file:./dev.db", V3, "posts")]
        outcomes[mode] = (steps, _files(project))
    assert all(code == 0 for code, _ in outcomes["1"][0]), outcomes["1"][0]
    assert outcomes["1"] == outcomes["0"]


def test_an_edited_migration_changes_every_later_key(tmp_path: Path) -> None:
    from lamina.engine.shadow_cache import ShadowCache
    from lamina.migrations.directory import LocalMigration

    cache = ShadowCache.beside(tmp_path / "migrations", provider="postgresql", facts="16")
    history = [LocalMigration(f"2024010100000{i}_m", tmp_path, f"CREATE TABLE t{i} ();") for i in range(3)]
    edited = [history[0], LocalMigration(history[1].name, tmp_path, "CREATE TABLE other ();"), history[2]]
    swapped = [history[0], history[2], history[1]]
    keys = cache.prefix_keys(history)
    assert cache.prefix_keys(edited)[:2] == keys[:2]
    assert not set(cache.prefix_keys(edited)[2:]) & set(keys)
    assert not set(cache.prefix_keys(swapped)[2:]) & set(keys)
    other_server = ShadowCache.beside(tmp_path / "migrations", provider="postgresql", facts="17")
    assert not set(other_server.prefix_keys(history)) & set(keys)


def test_described_schema_round_trips_through_json() -> None:
    from decimal import Decimal
    from lamina.schema.model import Column, ColumnDefault, ColumnType, SqlSchema, Table

    schema = SqlSchema(tables=(Table("T", (Column("d", ColumnType("Decimal", "DECIMAL(65,30)"),
                                                   ColumnDefault("value", Decimal("1.5"))),
                                            Column("b", ColumnType("Binary", "BYTEA"), ColumnDefault("value", b"\x01")),
                                            Column("l", ColumnType("Int", "INTEGER", "list"),
                                                   ColumnDefault("value", (1, 2)))),),),
                       default_namespace="public")
    assert schema_from_json(schema_to_json(schema)) == schema
    for not_a_schema in ('{"$": "Table", "name": "T", "evil": 1}', '{"$": "Popen", "args": "x"}',
                         '{"name": "T"}', '{"$": "SqlSchema", "tables": [{"x": 1}]}', '[]'):
        with pytest.raises(ValueError):
            schema_from_json(not_a_schema)
