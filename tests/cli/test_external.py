"""prisma.config.ts `tables.external`, `enums.external` and `migrations.initShadowDb`, compared with
the real Prisma 7.10.1 CLI on the project in tests/cli/external (tests/cli/external/expected.json,
from scripts/regen_external_goldens.py): external objects are never created, altered or dropped
and never drift, foreign keys to them are kept, the shadow database runs initShadowDb before the
replay, `db pull` still writes them, and they do not make a database "not empty" (P3005)."""

from __future__ import annotations

import json
import shutil
from pathlib import Path
from urllib.parse import urlsplit

import psycopg
import pytest

from tests.cli.helpers import lamina
from tests.conftest import url_with_database

CASE = Path(__file__).parent / "external"

# (step, database it runs on, argv, what is compared: stdout, the migration written, or the exit code)
STEPS = (
    ("diff_from_empty", "dev", ("migrate", "diff", "--from-empty", "--to-schema", "schema.prisma", "--script"), "stdout"),
    ("dev_init", "dev", ("migrate", "dev", "--name", "init"), "migration"),
    ("diff_from_migrations", "dev",
     ("migrate", "diff", "--from-migrations", "migrations", "--to-schema", "schema.prisma", "--script"), "stdout"),
    ("diff_from_database", "dev",
     ("migrate", "diff", "--from-config-datasource", "--to-schema", "schema.prisma", "--script"), "stdout"),
    ("dev_again", "dev", ("migrate", "dev", "--name", "again"), "exit"),
    ("pull", "dev", ("db", "pull", "--print"), "stdout"),
    ("deploy", "deploy", ("migrate", "deploy"), "exit"),
    ("push", "push", ("db", "push"), "exit"),
    ("diff_after_push", "push",
     ("migrate", "diff", "--from-config-datasource", "--to-schema", "schema.prisma", "--script"), "stdout"),
)


@pytest.fixture
def databases(postgres_url: str):
    """Three databases holding setup.sql's objects (the first is the fixture's own)."""
    server = postgres_url
    names = {"dev": urlsplit(postgres_url).path[1:]}
    with psycopg.connect(server, autocommit=True) as admin:
        for key in ("deploy", "push"):
            names[key] = f"{names['dev']}_{key}"[:63]
            admin.execute(f'CREATE DATABASE "{names[key]}"')
    urls = {key: url_with_database(postgres_url, name) for key, name in names.items()}
    for url in urls.values():
        with psycopg.connect(url, autocommit=True) as conn:
            conn.execute((CASE / "setup.sql").read_text(encoding="utf-8"))
    yield urls
    with psycopg.connect(server, autocommit=True) as admin:
        for key in ("deploy", "push"):
            admin.execute(f'DROP DATABASE IF EXISTS "{names[key]}" WITH (FORCE)')


def test_external_objects_as_prisma_handles_them(tmp_path: Path, databases: dict[str, str], monkeypatch) -> None:
    expected = json.loads((CASE / "expected.json").read_text(encoding="utf-8"))
    for name in ("schema.prisma", "prisma.config.ts"):
        shutil.copyfile(CASE / name, tmp_path / name)
    for step, database, argv, compared in STEPS:
        monkeypatch.setenv("LAMINA_EXTERNAL_URL", databases[database])
        result = lamina(tmp_path, *argv)
        output = result.out
        if compared == "migration":
            (folder,) = [p for p in (tmp_path / "migrations").iterdir() if p.is_dir()]
            output = (folder / "migration.sql").read_text(encoding="utf-8")
        # trailing newlines aside: how many `migrate diff --script` prints is another matter
        assert (result.code, output.rstrip("\n") if compared != "exit" else "") == \
            (expected[step]["exit_code"], expected[step]["output"].rstrip("\n")), f"{step}:\n{result.text}"
    with psycopg.connect(databases["push"]) as conn:
        columns = conn.execute("SELECT column_name FROM information_schema.columns WHERE table_name = 'users' "
                               "ORDER BY ordinal_position").fetchall()
        values = conn.execute("SELECT enum_range(NULL::role)::text").fetchone()
    assert [c[0] for c in columns] == ["id", "name"] and values == ("{reader,writer}",)


def _case_project(tmp_path: Path, replace: tuple[str, str] = ("", "")) -> None:
    shutil.copyfile(CASE / "schema.prisma", tmp_path / "schema.prisma")
    config = (CASE / "prisma.config.ts").read_text(encoding="utf-8").replace(*replace)
    (tmp_path / "prisma.config.ts").write_text(config)


def test_external_names_must_be_qualified_on_postgres(tmp_path: Path, postgres_url: str, monkeypatch) -> None:
    _case_project(tmp_path, ('["public.users"]', '["users"]'))
    monkeypatch.setenv("LAMINA_EXTERNAL_URL", postgres_url)
    result = lamina(tmp_path, "db", "push")
    assert result.code == 1
    assert "Error: P3023" in result.err and "fully qualified identifiers" in result.err


def test_a_failing_init_shadow_db_script_says_so(tmp_path: Path, postgres_url: str, monkeypatch) -> None:
    _case_project(tmp_path, ("CREATE TABLE users", "CREATE TABEL users"))
    monkeypatch.setenv("LAMINA_EXTERNAL_URL", postgres_url)
    result = lamina(tmp_path, "migrate", "dev", "--name", "init")
    assert result.code == 1
    assert "Error: The shadow database's initialisation script (`migrations.initShadowDb`) failed:" in result.err
    assert 'syntax error at or near "TABEL"' in result.err


def test_external_names_must_not_be_qualified_on_sqlite(tmp_path: Path) -> None:
    (tmp_path / "schema.prisma").write_text('datasource db {\n  provider = "sqlite"\n}\n\nmodel A {\n  id Int @id\n}\n')
    (tmp_path / "prisma.config.ts").write_text(
        'export default { schema: "schema.prisma", experimental: { externalTables: true },\n'
        '  tables: { external: ["main.users"] }, datasource: { url: "file:./dev.db" } }\n')
    result = lamina(tmp_path, "db", "push")
    assert result.code == 1
    assert "Error: P3024" in result.err
