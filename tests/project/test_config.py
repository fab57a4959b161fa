"""Where the schema, migrations folder and URLs come from (PRISMA-COMPAT.md §1.2), Prisma 6 and 7 style."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from lamina.operations.context import LoadedSchema, datasource_url, read_project_schema
from lamina.errors import KnownError
from lamina.project.config_errors import ConfigFileError
from lamina.project.dotenv import parse_dotenv
from lamina.project.project import SchemaNotFound, load_project
from tests.cli.helpers import lamina

SQLITE_SCHEMA = 'datasource db {\n  provider = "sqlite"\n  url      = env("LAMINA_TEST_URL")\n}\n\nmodel A {\n  id Int @id\n}\n'
NO_URL_SCHEMA = 'datasource db {\n  provider = "sqlite"\n}\n\nmodel A {\n  id Int @id\n}\n'


@pytest.fixture(autouse=True)
def clean_env(monkeypatch):
    for name in ("LAMINA_TEST_URL", "LAMINA_TEST_SHADOW", "DATABASE_URL"):
        monkeypatch.delenv(name, raising=False)


def url_of(project_dir: Path, **flags) -> str:
    project = load_project(project_dir, **flags)
    files, schema = read_project_schema(project)
    url = datasource_url(LoadedSchema(project, files, schema))
    return str(url.path) if url.provider == "sqlite" else url.url


def test_prisma6_env_from_dotenv_beside_schema_and_relative_sqlite_path(tmp_path: Path) -> None:
    (tmp_path / "prisma").mkdir()
    (tmp_path / "prisma" / "schema.prisma").write_text(SQLITE_SCHEMA)
    (tmp_path / "prisma" / ".env").write_text('LAMINA_TEST_URL="file:./dev.db"\n')
    assert url_of(tmp_path) == str(tmp_path / "prisma" / "dev.db")
    os.environ.pop("LAMINA_TEST_URL", None)


def test_root_dotenv_wins_over_schema_folder_dotenv(tmp_path: Path) -> None:
    (tmp_path / "prisma").mkdir()
    (tmp_path / "prisma" / "schema.prisma").write_text(SQLITE_SCHEMA)
    (tmp_path / ".env").write_text("LAMINA_TEST_URL=file:./root.db # comment\n")
    (tmp_path / "prisma" / ".env").write_text("LAMINA_TEST_URL=file:./beside.db\n")
    assert url_of(tmp_path) == str(tmp_path / "prisma" / "root.db")
    os.environ.pop("LAMINA_TEST_URL", None)


def test_schema_at_root_when_no_prisma_folder(tmp_path: Path) -> None:
    (tmp_path / "schema.prisma").write_text(NO_URL_SCHEMA)
    project = load_project(tmp_path)
    assert project.schema_path == tmp_path / "schema.prisma"
    assert project.migrations_dir == tmp_path / "migrations"


def test_missing_schema_is_a_clear_error(tmp_path: Path) -> None:
    with pytest.raises(SchemaNotFound) as info:
        load_project(tmp_path)
    assert "Could not find Prisma Schema" in info.value.message()
    assert info.value.hint


def test_prisma7_config_ts_literals_env_and_process_env(tmp_path: Path, monkeypatch) -> None:
    (tmp_path / "db").mkdir()
    (tmp_path / "db" / "main.prisma").write_text(NO_URL_SCHEMA)
    monkeypatch.setenv("LAMINA_TEST_SHADOW", "file:./shadow.db")
    (tmp_path / "prisma.config.ts").write_text(
        'import "dotenv/config";\nimport { defineConfig, env } from "prisma/config";\n\n'
        "export default defineConfig({\n"
        '  schema: "db/main.prisma",\n'
        "  migrations: {\n    path: 'db/history', // comment\n    seed: `python seed.py`,\n  },\n"
        '  datasource: {\n    url: env("DATABASE_URL"),\n    shadowDatabaseUrl: process.env.LAMINA_TEST_SHADOW,\n  },\n'
        "});\n")
    (tmp_path / ".env").write_text("DATABASE_URL=file:./from-config.db\n")
    project = load_project(tmp_path)
    assert project.schema_path == tmp_path / "db" / "main.prisma"
    assert project.migrations_dir == tmp_path / "db" / "history"
    assert project.setting("seed")[0] == "python seed.py"
    # a URL from prisma.config.ts is relative to the config file's folder
    assert url_of(tmp_path) == str(tmp_path / "from-config.db")
    os.environ.pop("DATABASE_URL", None)


def test_config_ts_unreadable_value_names_the_key(tmp_path: Path) -> None:
    (tmp_path / "schema.prisma").write_text(NO_URL_SCHEMA)
    (tmp_path / "prisma.config.ts").write_text(
        'export default defineConfig({ datasource: { url: buildUrl("x") } })\n')
    with pytest.raises(ConfigFileError) as info:
        load_project(tmp_path)
    assert "`datasource.url`" in info.value.message()


def test_precedence_flag_over_lamina_toml_over_pyproject_over_config_ts_over_schema(tmp_path: Path, monkeypatch) -> None:
    (tmp_path / "schema.prisma").write_text(SQLITE_SCHEMA)
    monkeypatch.setenv("LAMINA_TEST_URL", "file:./schema.db")
    assert url_of(tmp_path) == str(tmp_path / "schema.db")
    (tmp_path / "prisma.config.ts").write_text('export default defineConfig({ datasource: { url: "file:./config.db" } })')
    assert url_of(tmp_path) == str(tmp_path / "config.db")
    (tmp_path / "pyproject.toml").write_text('[tool.lamina.datasource]\nurl = "file:./pyproject.db"\n')
    assert url_of(tmp_path) == str(tmp_path / "pyproject.db")
    (tmp_path / "lamina.toml").write_text('[datasource]\nurl = "file:./lamina.db"\n')
    assert url_of(tmp_path) == str(tmp_path / "lamina.db")
    assert url_of(tmp_path, url="file:./flag.db") == str(tmp_path / "flag.db")


def test_unset_env_var_is_prismas_p1012(tmp_path: Path) -> None:
    (tmp_path / "schema.prisma").write_text(SQLITE_SCHEMA)
    result = lamina(tmp_path, "migrate", "status")
    assert result.code == 1
    assert "error: Environment variable not found: LAMINA_TEST_URL." in result.err
    assert "Error code: P1012" in result.err
    assert '  url      = env("LAMINA_TEST_URL")' in result.err


def test_postgres_alias_and_prisma6_url_work_together(tmp_path: Path, postgres_url: str) -> None:
    (tmp_path / "schema.prisma").write_text(
        f'datasource db {{\n  provider = "postgres"\n  url = "{postgres_url}"\n}}\n\nmodel A {{\n  id Int @id\n}}\n')
    result = lamina(tmp_path, "migrate", "dev", "--name", "init")
    assert result.code == 0, result.text
    assert 'PostgreSQL database "' in result.out


def test_dotenv_parsing() -> None:
    assert parse_dotenv('A=1\n# c\nexport B="x y"\nC=\'z\'\nD=v # trailing\n\nbad line\n') == {
        "A": "1", "B": "x y", "C": "z", "D": "v"}


def test_known_error_for_bad_toml(tmp_path: Path) -> None:
    (tmp_path / "schema.prisma").write_text(NO_URL_SCHEMA)
    (tmp_path / "lamina.toml").write_text("[datasource\n")
    with pytest.raises(KnownError):
        load_project(tmp_path)


def test_prisma6_constructs_are_accepted_with_one_warning(tmp_path: Path) -> None:
    (tmp_path / "schema.prisma").write_text(
        'generator client {\n  provider        = "prisma-client-js"\n  previewFeatures = ["metrics", "tracing"]\n}\n\n'
        'datasource db {\n  provider  = "sqlite"\n  url       = "file:./dev.db"\n  directUrl = "file:./dev.db"\n}\n\n'
        "model A {\n  id Int @id\n}\n")
    result = lamina(tmp_path, "validate")
    assert result.code == 0, result.text
    warnings = [line for line in result.err.splitlines() if line.startswith("warning:")]
    assert warnings == ["warning: Prisma 7 rejects `url` in the datasource block and `directUrl` in the datasource "
                        "block and the preview features `metrics`, `tracing`; lamina accepts them as Prisma 6 does "
                        "(Prisma 7 reads URLs from prisma.config.ts)."]


def test_prisma7_schema_gets_no_warning(tmp_path: Path) -> None:
    (tmp_path / "schema.prisma").write_text(NO_URL_SCHEMA)
    result = lamina(tmp_path, "validate")
    assert result.code == 0 and "warning" not in result.text
