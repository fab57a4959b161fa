"""`migrate dev` for a role without CREATEDB and no shadowDatabaseUrl: the history is replayed in a
temporary schema of the development database, which gives the superuser's migration and leaves
nothing behind."""

from __future__ import annotations

import re
import uuid
from pathlib import Path

import psycopg
import pytest

from tests.cli.helpers import lamina, write_schema

pytestmark = pytest.mark.postgres

V1 = ('enum Role {\n  USER\n  ADMIN\n}\n\nmodel User {\n  id    Int    @id @default(autoincrement())\n'
      '  email String @unique\n  role  Role   @default(USER)\n}\n')
V2 = V1 + '\nmodel Post {\n  id     Int  @id @default(autoincrement())\n  userId Int\n  user   User @relation(fields: [userId], references: [id])\n}\n'
V2 = V2.replace("  role  Role   @default(USER)\n", "  role  Role   @default(USER)\n  posts Post[]\n")
V3 = V2.replace("  userId Int\n", "  userId Int\n  title  String?\n")


@pytest.fixture
def limited_url(postgres_url: str):
    """A role LOGIN NOCREATEDB owning a fresh database; both dropped afterwards."""
    role = f"lamina_nocreatedb_{uuid.uuid4().hex[:8]}"
    server = postgres_url.rsplit("/", 1)[0]
    database = f"{role}_db"
    with psycopg.connect(f"{server}/postgres", autocommit=True) as admin:
        admin.execute(f'CREATE ROLE "{role}" LOGIN NOCREATEDB')
        admin.execute(f'CREATE DATABASE "{database}" OWNER "{role}"')
    user_url = server.replace("://postgres@", f"://{role}@") + f"/{database}"
    try:
        yield user_url, f"{server}/{database}"
    finally:
        with psycopg.connect(f"{server}/postgres", autocommit=True) as admin:
            admin.execute(f'DROP DATABASE IF EXISTS "{database}" WITH (FORCE)')
            admin.execute(f'DROP ROLE IF EXISTS "{role}"')


def _owned_databases(admin_url: str, user_url: str) -> set[str]:
    role = user_url.split("://", 1)[1].split("@", 1)[0]
    with psycopg.connect(admin_url.rsplit("/", 1)[0] + "/postgres") as conn:
        return {name for (name,) in conn.execute(
            "SELECT datname FROM pg_database d JOIN pg_roles r ON r.oid = d.datdba WHERE r.rolname = %s", (role,))}


def _leftover_schemas(url: str) -> list[str]:
    with psycopg.connect(url) as conn:
        return [n for (n,) in conn.execute("SELECT nspname FROM pg_namespace WHERE nspname LIKE 'prisma_migrate_shadow%'")]


def _run(project: Path, url: str, models: str, name: str):
    write_schema(project, "postgresql", url, models)
    result = lamina(project, "migrate", "dev", "--name", name)
    return result.code, re.sub(r"\d{14}_", "TS_", result.text)


def _migrations(project: Path) -> list[str]:
    folder = project / "prisma" / "migrations"
    return [p.read_text() for p in sorted(folder.glob("*/migration.sql"))]


def test_role_without_createdb_gets_the_superusers_migration(tmp_path: Path, postgres_url: str, limited_url,
                                                              monkeypatch) -> None:
    monkeypatch.setenv("LAMINA_SHADOW_CACHE", "0")  # every run replays the history
    user_url, admin_view = limited_url
    with psycopg.connect(user_url) as conn:  # the role really may not create databases
        with pytest.raises(psycopg.errors.InsufficientPrivilege):
            conn.autocommit = True
            conn.execute('CREATE DATABASE "lamina_should_not_exist"')
    limited = [_run(tmp_path / "limited", user_url, v, n) for v, n in ((V1, "init"), (V2, "posts"), (V3, "title"))]
    superuser = [_run(tmp_path / "super", postgres_url, v, n) for v, n in ((V1, "init"), (V2, "posts"), (V3, "title"))]
    assert [code for code, _ in limited] == [0, 0, 0], limited
    assert _migrations(tmp_path / "limited") == _migrations(tmp_path / "super")
    assert len(_migrations(tmp_path / "limited")) == 3
    assert _leftover_schemas(admin_view) == []
    assert _owned_databases(postgres_url, user_url) == {admin_view.rsplit('/', 1)[1]}
    # drift is still found through the temporary schema
    with psycopg.connect(user_url, autocommit=True) as conn:
        conn.execute('ALTER TABLE "Post" ADD COLUMN "manual" TEXT')
    code, text = _run(tmp_path / "limited", user_url, V3, "after")
    assert code == 130 and "Drift detected" in text, text
    assert _leftover_schemas(admin_view) == []


def test_a_migration_with_an_extension_keeps_p3014(tmp_path: Path, limited_url, monkeypatch) -> None:
    monkeypatch.setenv("LAMINA_SHADOW_CACHE", "0")
    user_url, admin_view = limited_url
    assert _run(tmp_path, user_url, V1, "init")[0] == 0
    folder = sorted((tmp_path / "prisma" / "migrations").glob("*_init"))[0]
    extension = folder.parent / "20990101000000_ext"
    extension.mkdir()
    (extension / "migration.sql").write_text('CREATE EXTENSION IF NOT EXISTS "citext";\n')
    code, text = _run(tmp_path, user_url, V2, "posts")
    assert code == 1
    assert "Error: P3014" in text or "P3014" in text, text
    assert "`TS_ext` creates, alters or drops an extension" in text, text
    assert _leftover_schemas(admin_view) == []


def test_a_failing_migration_leaves_no_schema(tmp_path: Path, limited_url, monkeypatch) -> None:
    monkeypatch.setenv("LAMINA_SHADOW_CACHE", "0")
    user_url, admin_view = limited_url
    assert _run(tmp_path, user_url, V1, "init")[0] == 0
    broken = tmp_path / "prisma" / "migrations" / "20990101000000_broken"
    broken.mkdir()
    (broken / "migration.sql").write_text('ALTER TABLE "Nope" ADD COLUMN "x" INTEGER;\n')
    code, text = _run(tmp_path, user_url, V2, "posts")
    assert code == 1 and "P3006" in text, text
    assert _leftover_schemas(admin_view) == []
