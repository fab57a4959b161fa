"""`lamina migrate deploy` and `status` through the CLI: dry run, plan lines, progress only on a
terminal, passwords never printed, edited and missing migrations reported."""

from __future__ import annotations

import io
from pathlib import Path
from urllib.parse import urlsplit

import psycopg
import pytest

from lamina.cli.main import main
from lamina.cli.prompt import ScriptedPrompter
from tests.cli.helpers import lamina

from .conftest import write_project

FIRST = 'CREATE TABLE "A" ("id" INTEGER NOT NULL PRIMARY KEY);\n'
SECOND = 'CREATE TABLE "B" ("id" INTEGER NOT NULL PRIMARY KEY);\nCREATE INDEX CONCURRENTLY "B_id" ON "B"("id");\n'
THIRD = 'CREATE TABLE "C" ("id" INTEGER NOT NULL PRIMARY KEY);\n'


def with_password(url: str, password: str) -> str:
    parts = urlsplit(url)
    netloc = f"{parts.username or 'postgres'}:{password}@{parts.hostname}:{parts.port or 5432}"
    return parts._replace(netloc=netloc).geturl()


def history_exists(url: str) -> bool:
    with psycopg.connect(url, autocommit=True) as conn:
        return conn.execute("SELECT to_regclass('public._prisma_migrations') IS NOT NULL").fetchone()[0]


def test_dry_run_lists_pending_in_order_without_touching_the_database(tmp_path: Path, postgres_url: str) -> None:
    url = with_password(postgres_url, "s3cr3t-pw")  # trust authentication ignores it
    write_project(tmp_path, "postgresql", url, {"1_a": FIRST, "2_b": SECOND, "3_c": THIRD})

    dry = lamina(tmp_path, "migrate", "deploy", "--dry-run")
    assert dry.code == 0, dry.text
    assert "3 migrations found in prisma/migrations" in dry.out
    assert "The following migration(s) would be applied, in this order (3):" in dry.out
    assert dry.out.index("1_a/") < dry.out.index("2_b/") < dry.out.index("3_c/")
    assert ("Migration `2_b` runs in 2 steps: CREATE INDEX CONCURRENTLY outside a transaction, "
            "the other statements in 1 transaction.") in dry.out
    assert "Dry run: the database was not changed." in dry.out
    assert not history_exists(postgres_url)

    deployed = lamina(tmp_path, "migrate", "deploy")
    assert deployed.code == 0, deployed.text
    assert "Migration `2_b` runs in 2 steps" in deployed.out
    assert "All migrations have been successfully applied." in deployed.out
    assert "Applying migration 1 of" not in deployed.out  # not a terminal: no progress

    (tmp_path / "prisma" / "migrations" / "4_d").mkdir()
    (tmp_path / "prisma" / "migrations" / "4_d" / "migration.sql").write_text('CREATE TABLE "D" ("id" INTEGER);\n')
    dry = lamina(tmp_path, "migrate", "deploy", "--dry-run")
    assert dry.code == 0
    assert "(1):" in dry.out and "4_d/" in dry.out and "1_a/" not in dry.out
    with psycopg.connect(postgres_url) as conn:
        assert conn.execute("SELECT count(*) FROM _prisma_migrations").fetchone() == (3,)
        assert conn.execute("SELECT to_regclass('public.\"D\"')").fetchone() == (None,)

    failing = tmp_path / "prisma" / "migrations" / "5_e"
    failing.mkdir()
    (failing / "migration.sql").write_text('SELECT * FROM "nowhere";\n')
    for argv in (("migrate", "deploy"), ("migrate", "status"), ("migrate", "deploy", "--dry-run")):
        result = lamina(tmp_path, *argv)
        assert "s3cr3t-pw" not in result.text, argv


def test_dry_run_does_not_create_a_missing_database(tmp_path: Path, postgres_url: str) -> None:
    import uuid

    missing = urlsplit(postgres_url)._replace(path=f"/lamina_never_created_{uuid.uuid4().hex[:8]}").geturl()
    write_project(tmp_path, "postgresql", missing, {"1_a": FIRST})
    dry = lamina(tmp_path, "migrate", "deploy", "--dry-run")
    assert dry.code == 0, dry.text
    assert "does not exist yet: deploy would create it." in dry.out
    assert "1_a/" in dry.out
    name = urlsplit(missing).path.lstrip("/")
    with psycopg.connect(urlsplit(postgres_url)._replace(path="/postgres").geturl()) as admin:
        assert admin.execute("SELECT count(*) FROM pg_database WHERE datname = %s", (name,)).fetchone() == (0,)


def test_dry_run_on_sqlite_creates_no_file(tmp_path: Path) -> None:
    write_project(tmp_path, "sqlite", "file:./dev.db", {"1_a": FIRST})
    dry = lamina(tmp_path, "migrate", "deploy", "--dry-run")
    assert dry.code == 0, dry.text
    assert "1_a/" in dry.out
    assert not (tmp_path / "prisma" / "dev.db").exists()


class _Terminal(io.StringIO):
    def isatty(self) -> bool:
        return True


def test_progress_on_a_terminal(tmp_path: Path, monkeypatch) -> None:
    monkeypatch.setenv("NO_COLOR", "1")
    write_project(tmp_path, "sqlite", "file:./dev.db", {"1_a": FIRST, "3_c": THIRD})
    out, err = _Terminal(), io.StringIO()
    code = main(["migrate", "deploy"], out=out, err=err, cwd=tmp_path, prompter=ScriptedPrompter(interactive=False))
    assert code == 0, out.getvalue() + err.getvalue()
    text = out.getvalue()
    assert "Applying migration 1 of 2: `1_a` (" in text
    assert "Applying migration 2 of 2: `3_c` (" in text
    assert "2 of 2 migration(s) run in " in text
    assert "All migrations have been successfully applied." in text


@pytest.mark.parametrize("provider", ["sqlite", "postgresql"])
def test_status_reports_edited_and_missing_migrations(tmp_path: Path, provider: str, request) -> None:
    url = "file:./dev.db" if provider == "sqlite" else request.getfixturevalue("postgres_url")
    write_project(tmp_path, provider, url, {"1_a": FIRST, "2_c": THIRD})
    assert lamina(tmp_path, "migrate", "deploy").code == 0
    status = lamina(tmp_path, "migrate", "status")
    assert status.code == 0 and "Database schema is up to date!" in status.out
    assert "modified" not in status.text

    migrations = tmp_path / "prisma" / "migrations"
    (migrations / "1_a" / "migration.sql").write_text(FIRST + "-- edited after it was applied\n")
    edited = lamina(tmp_path, "migrate", "status")
    assert edited.code == 0, edited.text  # Prisma's exit code: edits are not an error for status
    assert "Database schema is up to date!" in edited.out
    assert "The migration `1_a` was modified after it was applied." in edited.out

    (migrations / "2_c" / "migration.sql").unlink()
    (migrations / "2_c").rmdir()
    missing = lamina(tmp_path, "migrate", "status")
    assert missing.code == 0, missing.text
    assert "Database schema is up to date!" in missing.out
    assert ("The following migration(s) are applied to the database but missing from the local "
            "migrations directory: 2_c") in missing.out
    assert "The migration `1_a` was modified after it was applied." in missing.out

    (migrations / "3_new").mkdir()
    (migrations / "3_new" / "migration.sql").write_text('CREATE TABLE "N" ("id" INTEGER);\n')
    diverged = lamina(tmp_path, "migrate", "status")
    assert diverged.code == 1
    assert "Your local migration history and the migrations table from your database are different:" in diverged.err
    assert "The migration `1_a` was modified after it was applied." in diverged.out


def test_interrupted_concurrent_index_says_what_to_run(tmp_path: Path, postgres_url: str) -> None:
    """A migration that runs outside a transaction and was killed: P3009, plus what to check and run."""
    import uuid as uuid_module

    from lamina.migrations.directory import checksum

    script = 'CREATE INDEX CONCURRENTLY "A_id_idx" ON "A"("id");\n'
    write_project(tmp_path, "postgresql", postgres_url, {"1_a": FIRST, "2_index": script})
    assert lamina(tmp_path, "migrate", "deploy").code == 0
    with psycopg.connect(postgres_url, autocommit=True) as conn:
        # What a kill -9 during the index build leaves: the row started, never finished, no logs,
        # and an invalid index.
        conn.execute("DELETE FROM _prisma_migrations WHERE migration_name = '2_index'")
        conn.execute(
            "INSERT INTO _prisma_migrations (id, checksum, started_at, migration_name) VALUES (%s, %s, now(), %s)",
            (str(uuid_module.uuid4()), checksum(script), "2_index"),
        )
        conn.execute("UPDATE pg_index SET indisvalid = false WHERE indexrelid = '\"A_id_idx\"'::regclass")
    blocked = lamina(tmp_path, "migrate", "deploy")
    assert blocked.code == 1
    assert "Error: P3009" in blocked.err
    assert ("The migration `2_index` was interrupted before it finished (it runs outside a transaction "
            "(CREATE INDEX CONCURRENTLY)): no database error was recorded.") in blocked.err
    assert 'lamina migrate resolve --rolled-back "2_index"' in blocked.err
    assert 'drop it with DROP INDEX CONCURRENTLY "A_id_idx";' in blocked.err
