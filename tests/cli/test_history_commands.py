"""deploy failures, status, resolve and diff through the CLI, on SQLite and PostgreSQL."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.cli.helpers import lamina, write_schema

MODELS = "model User {\n  id    Int    @id @default(autoincrement())\n  email String @unique\n}\n"


@pytest.fixture(params=["sqlite", "postgresql"])
def url(request) -> str:
    if request.param == "sqlite":
        return "file:./dev.db"
    return request.getfixturevalue("postgres_url")


def _provider(url: str) -> str:
    return "sqlite" if url.startswith("file:") else "postgresql"


def _add_migration(project: Path, name: str, sql: str) -> None:
    folder = project / "prisma" / "migrations" / name
    folder.mkdir(parents=True)
    (folder / "migration.sql").write_text(sql)


def test_failed_migration_then_resolve(tmp_path: Path, url: str) -> None:
    write_schema(tmp_path, _provider(url), url, MODELS)
    assert lamina(tmp_path, "migrate", "dev", "--name", "init").code == 0
    _add_migration(tmp_path, "20990101000000_broken", 'CREATE TABLE "Nope" (id INTEGER);\nSELECT * FROM "missing_table";\n')

    failed = lamina(tmp_path, "migrate", "deploy")
    assert failed.code == 1
    assert "Error: P3018\n\nA migration failed to apply. New migrations cannot be applied before the error is recovered from." in failed.err
    assert "Migration name: 20990101000000_broken" in failed.err
    assert "missing_table" in failed.err

    blocked = lamina(tmp_path, "migrate", "deploy")
    assert blocked.code == 1
    assert "Error: P3009\n\nmigrate found failed migrations in the target database" in blocked.err
    assert "The `20990101000000_broken` migration started at" in blocked.err

    status = lamina(tmp_path, "migrate", "status")
    assert status.code == 1
    assert "Following migration have failed:\n20990101000000_broken" in status.err
    assert 'lamina migrate resolve --rolled-back "20990101000000_broken"' in status.err

    never = lamina(tmp_path, "migrate", "resolve", "--rolled-back", "20990101000000_nope")
    assert never.code == 1 and "P3011" in never.err

    rolled = lamina(tmp_path, "migrate", "resolve", "--rolled-back", "20990101000000_broken")
    assert rolled.code == 0, rolled.text
    assert "Migration 20990101000000_broken marked as rolled back." in rolled.out

    (tmp_path / "prisma" / "migrations" / "20990101000000_broken" / "migration.sql").write_text("SELECT 1;\n")
    resolved = lamina(tmp_path, "migrate", "resolve", "--applied", "20990101000000_broken")
    assert resolved.code == 0, resolved.text
    assert "Migration 20990101000000_broken marked as applied." in resolved.out
    again = lamina(tmp_path, "migrate", "resolve", "--applied", "20990101000000_broken")
    assert again.code == 1
    assert "P3008" in again.err and "is already recorded as applied in the database." in again.err

    status = lamina(tmp_path, "migrate", "status")
    assert status.code == 0, status.text
    assert "Database schema is up to date!" in status.out


def test_resolve_needs_exactly_one_flag(tmp_path: Path) -> None:
    write_schema(tmp_path, "sqlite", "file:./dev.db", MODELS)
    assert lamina(tmp_path, "migrate", "deploy").code == 0
    none = lamina(tmp_path, "migrate", "resolve")
    assert none.code == 1
    assert ("\nError: --applied or --rolled-back must be part of the command like:\n"
            "lamina migrate resolve --applied 20201231000000_example\n") in none.err
    both = lamina(tmp_path, "migrate", "resolve", "--applied", "a", "--rolled-back", "b")
    assert both.code == 1 and "Pass either --applied or --rolled-back, not both." in both.err
    missing = lamina(tmp_path, "migrate", "resolve", "--applied", "nope")
    assert missing.code == 1 and "The migration nope could not be found." in missing.err


def test_status_of_an_unmanaged_database(tmp_path: Path) -> None:
    """No history table: the migrations are pending, as Prisma 7.10.1 says; no baseline advice,
    which on an empty database would record a migration whose tables were never created."""
    write_schema(tmp_path, "sqlite", "file:./dev.db", MODELS)
    (tmp_path / "prisma" / "dev.db").touch()
    _add_migration(tmp_path, "20240101000000_init", "SELECT 1;\n")
    result = lamina(tmp_path, "migrate", "status")
    assert result.code == 1
    assert "Following migration have not yet been applied:\n20240101000000_init\n" in result.out
    assert "resolve --applied" not in result.text


def test_diff_flags_of_prisma6_and_prisma7(tmp_path: Path, url: str) -> None:
    write_schema(tmp_path, _provider(url), url, MODELS)
    p6 = lamina(tmp_path, "migrate", "diff", "--from-empty", "--to-schema-datamodel", "prisma/schema.prisma", "--script")
    p7 = lamina(tmp_path, "migrate", "diff", "--from-empty", "--to-schema", "prisma/schema.prisma", "--script")
    assert p6.code == 0 and p7.code == 0, p6.text + p7.text
    assert p6.out == p7.out and "-- CreateTable" in p6.out
    summary = lamina(tmp_path, "migrate", "diff", "--from-empty", "--to-schema", "prisma/schema.prisma")
    # PostgreSQL's default schema is created too (tests/cli/diff_output has Prisma's own summaries).
    schemas = "\n[+] Added Schemas\n  - public\n" if _provider(url) == "postgresql" else ""
    assert summary.out == schemas + ("\n[+] Added tables\n  - User\n\n[*] Changed the `User` table\n"
                                     "  [+] Added unique index on columns (email)\n\n\n")
    code = lamina(tmp_path, "migrate", "diff", "--from-empty", "--to-schema", "prisma/schema.prisma", "--exit-code")
    assert code.code == 2
    assert lamina(tmp_path, "migrate", "dev", "--name", "init").code == 0
    same = lamina(tmp_path, "migrate", "diff", "--from-config-datasource", "--to-schema", "prisma/schema.prisma",
                  "--script", "--exit-code")
    assert same.code == 0, same.text
    assert same.out == "-- This is an empty migration.\n\n\n"
    none = lamina(tmp_path, "migrate", "diff", "--from-migrations", "prisma/migrations",
                  "--to-schema-datamodel", "prisma/schema.prisma", "--exit-code")
    assert none.code == 0, none.text
    assert none.out == "No difference detected.\n\n\n"
    out_file = lamina(tmp_path, "migrate", "diff", "--from-empty", "--to-schema", "prisma/schema.prisma", "--script",
                      "-o", "out/diff.sql")
    assert out_file.code == 0 and out_file.out == ""
    assert (tmp_path / "out" / "diff.sql").read_text() + "\n" == p6.out  # printed: one more newline


def test_diff_needs_one_side_each(tmp_path: Path) -> None:
    result = lamina(tmp_path, "migrate", "diff", "--to-empty")
    assert result.code == 1
    assert "0 `--from-...` parameter(s) provided. 1 must be provided." in result.err
