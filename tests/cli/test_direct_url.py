"""Prisma 6 runs every migrate and db command over the datasource's `directUrl` when it has one
(psl's `load_direct_url`, used by the schema engine; the CLI's `getEffectiveUrl` for the
datasource line and database creation). Pooler setups: `url` through pgbouncer, `directUrl` to
the server itself. Here `url` points at a closed port, so any use of it fails with P1001."""

from __future__ import annotations

from pathlib import Path
from urllib.parse import urlsplit

import pytest

from tests.cli.helpers import lamina

SCHEMA = '''datasource db {
  provider  = "postgresql"
  url       = env("LAMINA_POOLED_URL")
  directUrl = env("LAMINA_DIRECT_URL")
}

model User {
  id   Int     @id
  name String?
}
'''


@pytest.fixture
def pooled_project(tmp_path: Path, postgres_url: str, monkeypatch) -> Path:
    database = urlsplit(postgres_url).path
    monkeypatch.setenv("LAMINA_POOLED_URL", f"postgresql://postgres@127.0.0.1:6543{database}?pgbouncer=true")
    monkeypatch.setenv("LAMINA_DIRECT_URL", postgres_url)
    (tmp_path / "prisma").mkdir()
    (tmp_path / "prisma" / "schema.prisma").write_text(SCHEMA)
    (tmp_path / "script.sql").write_text('INSERT INTO "User" ("id") VALUES (1);\n')
    return tmp_path


def test_every_migrate_and_db_command_uses_the_direct_url(pooled_project: Path, postgres_url: str) -> None:
    database = urlsplit(postgres_url).path.lstrip("/")
    datasource_line = f'Datasource "db": PostgreSQL database "{database}", schema "public" at "127.0.0.1:5432"'
    for argv in (("migrate", "dev", "--name", "init"), ("migrate", "status"), ("migrate", "deploy"),
                 ("db", "push"), ("db", "pull", "--print"),
                 ("db", "execute", "--file", "script.sql", "--schema", "prisma/schema.prisma"),
                 ("migrate", "diff", "--from-schema-datasource", "prisma/schema.prisma",
                  "--to-schema-datamodel", "prisma/schema.prisma", "--exit-code")):
        result = lamina(pooled_project, *argv)
        assert result.code == 0, f"{argv}:\n{result.text}"
        if argv[0] == "migrate" and argv[1] != "diff" or argv[:2] == ("db", "push"):
            assert datasource_line in result.out, f"{argv}:\n{result.text}"
    manual = pooled_project / "prisma" / "migrations" / "20990101000000_manual"
    manual.mkdir()
    (manual / "migration.sql").write_text("SELECT 1;\n")
    resolved = lamina(pooled_project, "migrate", "resolve", "--applied", "20990101000000_manual")
    assert resolved.code == 0, resolved.text
    reset = lamina(pooled_project, "migrate", "reset", "--force")
    assert reset.code == 0, reset.text
    assert datasource_line in reset.out


def test_unset_direct_url_variable_is_prismas_p1012(pooled_project: Path, monkeypatch) -> None:
    monkeypatch.delenv("LAMINA_DIRECT_URL")
    result = lamina(pooled_project, "migrate", "status")
    assert result.code == 1
    assert "error: Environment variable not found: LAMINA_DIRECT_URL." in result.err
    assert "  -->  prisma/schema.prisma:4" in result.err
    assert 'directUrl = env("LAMINA_DIRECT_URL")' in result.err


def test_empty_direct_url_variable_is_prismas_p1012(pooled_project: Path, monkeypatch) -> None:
    monkeypatch.setenv("LAMINA_DIRECT_URL", "")
    result = lamina(pooled_project, "migrate", "status")
    assert result.code == 1
    assert ("error: Error validating datasource `db`: You must provide a nonempty direct URL. The environment "
            "variable `LAMINA_DIRECT_URL` resolved to an empty string.") in result.err


def test_the_url_variable_must_still_be_set(pooled_project: Path, monkeypatch) -> None:
    monkeypatch.delenv("LAMINA_POOLED_URL")
    result = lamina(pooled_project, "migrate", "status")
    assert result.code == 1
    assert "error: Environment variable not found: LAMINA_POOLED_URL." in result.err


def test_url_flag_wins_over_direct_url(pooled_project: Path, postgres_url: str) -> None:
    result = lamina(pooled_project, "db", "execute", "--file", "script.sql", "--url",
                    postgres_url.replace("127.0.0.1:5432", "127.0.0.1:6543"))
    assert result.code == 1
    assert "P1001" in result.err


def test_prisma6_classic_config_direct_url(tmp_path: Path, postgres_url: str) -> None:
    (tmp_path / "schema.prisma").write_text('datasource db {\n  provider = "postgresql"\n}\n\nmodel A {\n  id Int @id\n}\n')
    closed = postgres_url.replace("127.0.0.1:5432", "127.0.0.1:6543")
    (tmp_path / "prisma.config.ts").write_text(
        'import { defineConfig } from "prisma/config";\n'
        f'export default defineConfig({{\n  engine: "classic",\n  schema: "schema.prisma",\n'
        f'  datasource: {{ url: "{closed}", directUrl: "{postgres_url}" }},\n}});\n')
    result = lamina(tmp_path, "db", "push")
    assert result.code == 0, result.text
    assert "warning" not in result.text
