"""PostgreSQL projects whose URL names a schema (`?schema=tenant1`): the enum recreation of a
removed value runs in that schema with `migrate dev` and `db push`, and leaves no failed
migration behind."""

from __future__ import annotations

from pathlib import Path

import psycopg
import pytest

from tests.cli.helpers import lamina, write_schema

pytestmark = pytest.mark.postgres

BEFORE = """model Workspace {
  id   Int    @id @default(autoincrement())
  plan Plan   @default(FREE)
  list Plan[]
}

enum Plan {
  FREE
  PRO
  TEAM
}
"""
AFTER = BEFORE.replace("  TEAM\n", "")


def tenant_url(postgres_url: str) -> str:
    return postgres_url + "?schema=tenant1"


def plan_values(postgres_url: str) -> list[str]:
    with psycopg.connect(postgres_url) as conn:
        return [row[0] for row in conn.execute(
            "SELECT e.enumlabel FROM pg_enum e JOIN pg_type t ON t.oid = e.enumtypid "
            "JOIN pg_namespace n ON n.oid = t.typnamespace WHERE n.nspname = 'tenant1' AND t.typname = 'Plan' "
            "ORDER BY e.enumsortorder")]


def test_migrate_dev_removes_an_enum_value_in_the_url_schema(tmp_path: Path, postgres_url: str) -> None:
    url = tenant_url(postgres_url)
    write_schema(tmp_path, "postgresql", url, BEFORE)
    assert lamina(tmp_path, "migrate", "dev", "--name", "init").code == 0
    write_schema(tmp_path, "postgresql", url, AFTER)
    result = lamina(tmp_path, "migrate", "dev", "--name", "drop_team", "--accept-data-loss")
    assert result.code == 0, result.text
    script = next((tmp_path / "prisma" / "migrations").glob("*_drop_team")).joinpath("migration.sql").read_text()
    assert 'ALTER TABLE "tenant1"."Workspace" ALTER COLUMN "plan" DROP DEFAULT;' in script
    assert 'DROP TYPE "tenant1"."Plan_old";' in script
    assert '"public"' not in script
    with psycopg.connect(postgres_url) as conn:
        rows = conn.execute('SELECT migration_name, finished_at IS NOT NULL, rolled_back_at '
                            'FROM tenant1."_prisma_migrations" ORDER BY started_at').fetchall()
    assert [(finished, rolled_back) for _, finished, rolled_back in rows] == [(True, None), (True, None)]
    assert plan_values(postgres_url) == ["FREE", "PRO"]
    status = lamina(tmp_path, "migrate", "status")
    assert status.code == 0, status.text
    assert lamina(tmp_path, "migrate", "diff", "--from-config-datasource", "--to-schema", "prisma/schema.prisma",
                  "--exit-code").code == 0


def test_db_push_removes_an_enum_value_in_the_url_schema(tmp_path: Path, postgres_url: str) -> None:
    url = tenant_url(postgres_url)
    write_schema(tmp_path, "postgresql", url, BEFORE)
    assert lamina(tmp_path, "db", "push").code == 0
    write_schema(tmp_path, "postgresql", url, AFTER)
    result = lamina(tmp_path, "db", "push", "--accept-data-loss")
    assert result.code == 0, result.text
    assert plan_values(postgres_url) == ["FREE", "PRO"]
    with psycopg.connect(postgres_url) as conn:
        default = conn.execute("SELECT column_default FROM information_schema.columns WHERE table_schema = 'tenant1' "
                               "AND table_name = 'Workspace' AND column_name = 'plan'").fetchone()
    assert default == ("'FREE'::tenant1.\"Plan\"",)
