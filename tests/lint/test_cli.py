"""`lamina migrate lint` and `migrate dev --lint`, in-process, whole output compared."""

from __future__ import annotations

import json
import re
import uuid
from pathlib import Path

import psycopg
import pytest

from lamina.cli.prompt import ScriptedPrompter

from tests.cli.helpers import lamina, write_schema
from tests.conftest import url_with_database

INIT = 'CREATE TABLE "User" ("id" SERIAL NOT NULL, "email" TEXT, CONSTRAINT "User_pkey" PRIMARY KEY ("id"));\n'
INDEX = '-- CreateIndex\nCREATE INDEX "User_email_idx" ON "User"("email");\n'
DROP = "SET lock_timeout = '5s';\n-- AlterTable\nALTER TABLE \"User\" DROP COLUMN \"email\";\n"
MODELS = "model User {\n  id Int @id @default(autoincrement())\n}\n"


def _project(tmp_path: Path, *scripts: str, provider: str = "postgresql") -> Path:
    url = "postgresql://postgres@127.0.0.1:5432/x" if provider == "postgresql" else "file:./dev.db"
    write_schema(tmp_path, provider, url, MODELS)
    for i, script in enumerate((INIT, *scripts)):
        folder = tmp_path / "prisma" / "migrations" / f"2024010100000{i}_m{i}"
        folder.mkdir(parents=True)
        (folder / "migration.sql").write_text(script)
    return tmp_path


def test_findings_as_a_compiler_prints_them(tmp_path: Path) -> None:
    _project(tmp_path, INDEX, DROP)
    result = lamina(tmp_path, "migrate", "lint")
    assert result.code == 1
    assert result.out == (
        "prisma/migrations/20240101000001_m1/migration.sql:2: index-without-concurrently: CREATE INDEX "
        '"User_email_idx" on "User" blocks writes to the table while the index is built; use CREATE INDEX '
        "CONCURRENTLY, alone in a migration\n"
        "prisma/migrations/20240101000001_m1/migration.sql:2: missing-lock-timeout: locks \"User\" with no "
        "lock_timeout set before: while it waits for the lock, every query on the table waits behind it; start the "
        "migration with SET LOCAL lock_timeout = '5s'\n"
        "prisma/migrations/20240101000002_m2/migration.sql:3: drop-column: drops column \"email\" of \"User\", which "
        "existed before this migration: code deployed before it fails on it; stop using the column first, drop it "
        "in a later release\n")
    assert result.err == "3 findings (1 error, 2 warnings) in 3 migrations.\n"


def test_names_since_and_json(tmp_path: Path) -> None:
    _project(tmp_path, INDEX, DROP)
    only = lamina(tmp_path, "migrate", "lint", "--json", "20240101000002_m2")
    assert only.code == 1
    data = json.loads(only.out)["result"]
    assert data["findings"] == [{
        "rule": "drop-column", "level": "warning", "file": "prisma/migrations/20240101000002_m2/migration.sql",
        "line": 3, "message": data["findings"][0]["message"], "migration": "20240101000002_m2", "table": '"User"'}]
    assert (data["migrations"], data["ignored"], data["errors"], data["warnings"]) == (1, 0, 0, 1)
    since = lamina(tmp_path, "migrate", "lint", "--since", "20240101000001_m1")
    assert [line.split(":")[0] for line in since.out.splitlines()] == [
        "prisma/migrations/20240101000002_m2/migration.sql"]
    assert lamina(tmp_path, "migrate", "lint", "--since", "20240101000002_m2").code == 0


def test_exit_code_levels(tmp_path: Path) -> None:
    _project(tmp_path, DROP)  # one warning
    assert lamina(tmp_path, "migrate", "lint").code == 1
    assert lamina(tmp_path, "migrate", "lint", "--fail-on", "error").code == 0
    (tmp_path / "lamina.toml").write_text('[lint]\nfailOn = "error"\n')
    assert lamina(tmp_path, "migrate", "lint").code == 0
    (tmp_path / "lamina.toml").write_text('[lint.rules]\ndrop-column = "off"\n')
    quiet = lamina(tmp_path, "migrate", "lint")
    assert (quiet.code, quiet.out, quiet.err) == (0, "", "No findings in 2 migrations.\n")


def test_bad_input_is_a_clear_error(tmp_path: Path) -> None:
    _project(tmp_path, DROP)
    unknown = lamina(tmp_path, "migrate", "lint", "20990101000000_nope")
    assert (unknown.code, unknown.err) == (1, "Error: No migration named `20990101000000_nope` in prisma/migrations.\n")
    both = lamina(tmp_path, "migrate", "lint", "20240101000001_m1", "--since", "20240101000001_m1")
    assert both.err == "Error: Pass migration names or --since, not both.\n"
    (tmp_path / "lamina.toml").write_text('[lint.rules]\ndrop-colum = "off"\n')
    typo = lamina(tmp_path, "migrate", "lint")
    assert typo.err == ("Error: Could not read " + str(tmp_path / "lamina.toml") + ": `lint.rules` names `drop-colum`, "
                        "which is no rule (see docs/lint.md).\n")


def test_only_postgresql(tmp_path: Path) -> None:
    write_schema(tmp_path, "sqlite", "file:./dev.db", MODELS)
    result = lamina(tmp_path, "migrate", "lint")
    assert (result.code, result.err) == (
        1, "Error: `lamina migrate lint` reads PostgreSQL migrations only; this schema's provider is `sqlite`.\n")


@pytest.mark.postgres
def test_url_sizes(tmp_path: Path, postgres_url: str) -> None:
    _project(tmp_path, INDEX)
    with psycopg.connect(postgres_url, autocommit=True) as conn:
        conn.execute(INIT)
    empty = lamina(tmp_path, "migrate", "lint", "--url", postgres_url)
    assert (empty.code, empty.out) == (0, "")
    with psycopg.connect(postgres_url, autocommit=True) as conn:
        conn.execute("INSERT INTO \"User\" (email) SELECT 'a' FROM generate_series(1, 1000); ANALYZE \"User\"")
    full = lamina(tmp_path, "migrate", "lint", "--url", postgres_url)
    assert full.code == 1
    assert 'on "User" (≈1,000 rows, ' in full.out.splitlines()[0]


DEV_BEFORE = "model User {\n  id    Int     @id @default(autoincrement())\n  email String?\n}\n"
DEV_AFTER = "model User {\n  id    Int     @id @default(autoincrement())\n  email String?\n\n  @@index([email])\n}\n"


@pytest.fixture
def twin_url(postgres_url: str):
    """A second empty database on the same server."""
    name = f"lamina_twin_{uuid.uuid4().hex[:10]}"
    with psycopg.connect(postgres_url, autocommit=True) as admin:
        admin.execute(f'CREATE DATABASE "{name}"')
        try:
            yield url_with_database(postgres_url, name)
        finally:
            admin.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


def _dev(project: Path, url: str, *flags: str):
    write_schema(project, "postgresql", url, DEV_BEFORE)
    assert lamina(project, "migrate", "dev", "--name", "init").code == 0
    write_schema(project, "postgresql", url, DEV_AFTER)
    result = lamina(project, "migrate", "dev", "--name", "index", *flags)
    assert result.code == 0, result.text
    return result


@pytest.mark.postgres
def test_migrate_dev_lint_adds_findings_after_prismas_text(tmp_path: Path, postgres_url: str, twin_url: str) -> None:
    plain = _dev(tmp_path / "plain", postgres_url)
    linted = _dev(tmp_path / "linted", twin_url, "--lint")

    def same(text: str) -> str:
        return re.sub(r"\d{14}", "<timestamp>", text).replace(twin_url.rsplit("/", 1)[1], "<db>").replace(
            postgres_url.rsplit("/", 1)[1], "<db>")

    assert same(linted.out) == same(plain.out)
    assert linted.out.endswith("Your database is now in sync with your schema.\n")
    folder = sorted(p.name for p in (tmp_path / "linted" / "prisma" / "migrations").iterdir() if p.is_dir())[-1]
    assert same(linted.err) == same(plain.err) + (
        "\n"
        f"prisma/migrations/{same(folder)}/migration.sql:2: index-without-concurrently: CREATE INDEX \"User_email_idx\" "
        'on "User" blocks writes to the table while the index is built; use CREATE INDEX CONCURRENTLY, alone in a '
        "migration\n"
        f"prisma/migrations/{same(folder)}/migration.sql:2: missing-lock-timeout: locks \"User\" with no lock_timeout "
        "set before: while it waits for the lock, every query on the table waits behind it; start the migration with "
        "SET LOCAL lock_timeout = '5s'\n"
        "2 findings (1 error, 1 warning) in 1 migration.\n")


@pytest.mark.postgres
def test_dev_lint_on_create_only_and_from_configuration(tmp_path: Path, postgres_url: str) -> None:
    write_schema(tmp_path, "postgresql", postgres_url, DEV_BEFORE)
    assert lamina(tmp_path, "migrate", "dev", "--name", "init").code == 0
    write_schema(tmp_path, "postgresql", postgres_url, DEV_AFTER)
    (tmp_path / "lamina.toml").write_text("[lint]\ndev = true\n")
    result = lamina(tmp_path, "migrate", "dev", "--name", "index", "--create-only")
    assert result.code == 0
    folder = result.out.split("without applying it ")[1].split("\n")[0]
    assert result.text.endswith(
        "You can now edit it and apply it by running lamina migrate dev.\n\n"
        f"prisma/migrations/{folder}/migration.sql:2: index-without-concurrently: CREATE INDEX \"User_email_idx\" on "
        '"User" blocks writes to the table while the index is built; use CREATE INDEX CONCURRENTLY, alone in a '
        "migration\n"
        f"prisma/migrations/{folder}/migration.sql:2: missing-lock-timeout: locks \"User\" with no lock_timeout set "
        "before: while it waits for the lock, every query on the table waits behind it; start the migration with "
        "SET LOCAL lock_timeout = '5s'\n"
        "2 findings (1 error, 1 warning) in 1 migration.\n")
    assert "index-without-concurrently" in result.err and "index-without-concurrently" not in result.out


def test_dev_lint_and_safe_need_postgresql(tmp_path: Path) -> None:
    write_schema(tmp_path, "sqlite", "file:./dev.db", MODELS)
    result = lamina(tmp_path, "migrate", "dev", "--safe")
    assert (result.code, result.err.splitlines()[-1]) == (
        1, "Error: `migrate dev --safe` works on PostgreSQL migrations only; this schema's provider is `sqlite`.")
    (tmp_path / "lamina.toml").write_text('[lint]\nlockTimeout = "5s\'; DROP TABLE x; --"\n')
    bad = lamina(tmp_path, "migrate", "lint")
    assert bad.err == ("Error: Could not read " + str(tmp_path / "lamina.toml") + ": `lint.lockTimeout` must be a "
                       'duration such as "5s" or "500ms".\n')


@pytest.mark.postgres
def test_safe_plan_keeps_and_names_what_has_no_safe_form(tmp_path: Path, postgres_url: str) -> None:
    write_schema(tmp_path, "postgresql", postgres_url, DEV_BEFORE)
    assert lamina(tmp_path, "migrate", "dev", "--name", "init").code == 0
    write_schema(tmp_path, "postgresql", postgres_url, DEV_BEFORE.replace("String?", "String? @db.VarChar(50)"))
    result = lamina(tmp_path, "migrate", "dev", "--name", "narrow", "--safe", "--create-only",
                    prompter=ScriptedPrompter([True]))
    assert result.code == 0, result.text
    folder = result.out.split("without applying it ")[1].split("\n")[0]
    script = (tmp_path / "prisma" / "migrations" / folder / "migration.sql").read_text()
    assert script.endswith("*/\nSET LOCAL lock_timeout = '5s';\n\n-- AlterTable\n"
                           'ALTER TABLE "User" ALTER COLUMN "email" SET DATA TYPE VARCHAR(50);\n')
    assert result.err.endswith(
        "\nlamina lint: these statements have no lock-safe form that lamina can write; each message says what to do "
        "instead (docs/lint.md):\n"
        f'prisma/migrations/{folder}/migration.sql:10: column-type-change: changes "email" of "User" from TEXT to '
        "VARCHAR(50): this rewrites the table under an ACCESS EXCLUSIVE lock, and fails if an existing value does "
        "not fit the new type; add a new column, backfill it, then switch\n"
        "1 finding (1 error, 0 warnings) in 1 migration.\n")


@pytest.mark.postgres
def test_safe_plan_keeps_the_rename_comment(tmp_path: Path, postgres_url: str) -> None:
    write_schema(tmp_path, "postgresql", postgres_url, DEV_BEFORE)
    assert lamina(tmp_path, "migrate", "dev", "--name", "init").code == 0
    write_schema(tmp_path, "postgresql", postgres_url,
                 DEV_AFTER.replace("email String?", "mail  String?").replace("[email]", "[mail]"))
    result = lamina(tmp_path, "migrate", "dev", "--name", "mail", "--safe", "--create-only",
                    "--rename", "User.email=mail")
    assert result.code == 0, result.text
    folders = result.out.split("without applying it ")[1].split("\n")[0].split(", ")
    scripts = [(tmp_path / "prisma" / "migrations" / f / "migration.sql").read_text() for f in folders]
    assert scripts[0].startswith("-- Rename: User.email -> mail\n"), scripts
    assert 'RENAME COLUMN "email" TO "mail"' in scripts[0]
    assert all("-- Rename" not in s for s in scripts[1:])
