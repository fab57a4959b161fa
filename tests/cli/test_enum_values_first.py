"""An enum value added and used in the same change (PostgreSQL refuses the use in the transaction
that adds it, 55P04, prisma/prisma#8424): `migrate dev` writes the added values as a migration of
their own, first, so that a fresh database deploys with lamina and with Prisma. Without such a
use, the migration stays Prisma's single one."""

from __future__ import annotations

import subprocess
from pathlib import Path

import psycopg
import pytest

from tests.cli.helpers import lamina, write_schema
from tests.conftest import _admin_connection, url_with_database

pytestmark = pytest.mark.postgres
PRISMA_GOLDEN = Path(__file__).resolve().parents[1] / "migrations" / "enum_value_added_and_used"

BEFORE = """model Workspace {
  id   Int  @id @default(autoincrement())
  plan Plan @default(FREE)
}

enum Plan {
  FREE
  PRO
}
"""
# TRIAL becomes the default; TEAM is added unused; a new table's column defaults to TEAM.
AFTER = """model Workspace {
  id   Int  @id @default(autoincrement())
  plan Plan @default(TRIAL)
}

model Seat {
  id   Int  @id @default(autoincrement())
  plan Plan @default(TEAM)
}

enum Plan {
  FREE
  PRO
  TRIAL
  TEAM
}
"""
ADD_VALUES = """-- AlterEnum
-- This migration adds more than one value to an enum.
-- With PostgreSQL versions 11 and earlier, this is not possible
-- in a single migration. This can be worked around by creating
-- multiple migrations, each migration adding only one value to
-- the enum.


ALTER TYPE "Plan" ADD VALUE 'TRIAL';
ALTER TYPE "Plan" ADD VALUE 'TEAM';
"""
REST = """-- AlterTable
ALTER TABLE "Workspace" ALTER COLUMN "plan" SET DEFAULT 'TRIAL';

-- CreateTable
CREATE TABLE "Seat" (
    "id" SERIAL NOT NULL,
    "plan" "Plan" NOT NULL DEFAULT 'TEAM',

    CONSTRAINT "Seat_pkey" PRIMARY KEY ("id")
);
"""


def folders(project: Path) -> list[Path]:
    return sorted(p for p in (project / "prisma" / "migrations").iterdir() if p.is_dir())


@pytest.fixture
def second_database(postgres_url: str):
    """Another empty database on the same server, for a fresh deploy."""
    name = postgres_url.rsplit("/", 1)[1] + "_fresh"
    with _admin_connection() as admin:
        admin.execute(f'CREATE DATABASE "{name}"')
        try:
            yield url_with_database(postgres_url, name)
        finally:
            admin.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


def create_history(project: Path, url: str) -> None:
    write_schema(project, "postgresql", url, BEFORE)
    assert lamina(project, "migrate", "dev", "--name", "init").code == 0
    write_schema(project, "postgresql", url, AFTER)
    result = lamina(project, "migrate", "dev", "--name", "trial")
    assert result.code == 0, result.text
    first = folders(project)[1].name
    assert (f"New values of the enum(s) `Plan` are used in this migration, which PostgreSQL refuses in the "
            f"transaction that adds them: they are added first, in the migration {first}.\n") in result.out


def test_migrate_dev_writes_the_new_values_first(tmp_path: Path, postgres_url: str) -> None:
    create_history(tmp_path, postgres_url)
    init, values, rest = folders(tmp_path)
    assert values.name.endswith("_trial_add_enum_values") and rest.name.endswith("_trial")
    assert int(rest.name[:14]) == int(values.name[:14]) + 1 or rest.name[:14] > values.name[:14]
    assert (values / "migration.sql").read_text() == ADD_VALUES
    assert (rest / "migration.sql").read_text() == REST
    # Prisma's single migration (oracle golden), cut between its steps.
    assert ADD_VALUES + "\n" + REST == (PRISMA_GOLDEN / "postgresql.sql").read_text()
    with psycopg.connect(postgres_url) as conn:
        rows = conn.execute('SELECT migration_name FROM "_prisma_migrations" WHERE finished_at IS NOT NULL '
                            "AND rolled_back_at IS NULL ORDER BY started_at").fetchall()
    assert [r[0] for r in rows] == [init.name, values.name, rest.name]


def test_one_migration_would_fail_on_postgresql(postgres_url: str) -> None:
    """Why: Prisma's single migration (both parts, run in one transaction as a deploy does)."""
    with psycopg.connect(postgres_url) as conn:
        conn.execute('CREATE TYPE "Plan" AS ENUM (\'FREE\', \'PRO\'); '
                     'CREATE TABLE "Workspace" ("id" SERIAL PRIMARY KEY, "plan" "Plan" NOT NULL DEFAULT \'FREE\')')
        conn.commit()
        with pytest.raises(psycopg.errors.UnsafeNewEnumValueUsage):
            with conn.transaction():
                conn.execute(ADD_VALUES.replace("-- ", "--") + REST)


def test_fresh_database_deploys_with_lamina(tmp_path: Path, postgres_url: str, second_database: str) -> None:
    create_history(tmp_path, postgres_url)
    write_schema(tmp_path, "postgresql", second_database, AFTER)
    result = lamina(tmp_path, "migrate", "deploy")
    assert result.code == 0, result.text
    with psycopg.connect(second_database) as conn:
        assert conn.execute('SELECT count(*) FROM "_prisma_migrations" WHERE finished_at IS NOT NULL').fetchone() == (3,)
        conn.execute('INSERT INTO "Seat" DEFAULT VALUES')
        assert conn.execute('SELECT plan::text FROM "Seat"').fetchone() == ("TEAM",)


@pytest.mark.oracle
def test_fresh_database_deploys_with_prisma(tmp_path: Path, postgres_url: str, second_database: str,
                                            oracle_dir: Path) -> None:
    create_history(tmp_path, postgres_url)
    result = subprocess.run([str(oracle_dir / "prisma-deploy.sh"), second_database,
                             str(tmp_path / "prisma" / "migrations")], capture_output=True, text=True)
    assert result.returncode == 0, result.stdout + result.stderr
    with psycopg.connect(second_database) as conn:
        assert conn.execute('SELECT count(*) FROM "_prisma_migrations" WHERE finished_at IS NOT NULL').fetchone() == (3,)


def test_unused_new_value_stays_one_migration(tmp_path: Path, postgres_url: str) -> None:
    write_schema(tmp_path, "postgresql", postgres_url, BEFORE)
    assert lamina(tmp_path, "migrate", "dev", "--name", "init").code == 0
    write_schema(tmp_path, "postgresql", postgres_url, BEFORE.replace("  PRO\n", "  PRO\n  TEAM\n"))
    result = lamina(tmp_path, "migrate", "dev", "--name", "team")
    assert result.code == 0, result.text
    assert "added first" not in result.out
    assert len(folders(tmp_path)) == 2
    assert (folders(tmp_path)[1] / "migration.sql").read_text() == '-- AlterEnum\nALTER TYPE "Plan" ADD VALUE \'TEAM\';\n'
