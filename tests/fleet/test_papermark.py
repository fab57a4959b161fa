"""papermark's real history (107 migrations, the corpus) into 12 tenant schemas: each tenant equals
a single deploy of the history, and Prisma's own `migrate status` with `?schema=` reads a sample as
up to date. (bench/fleet.py runs the same with 200 schemas.)"""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.cli.helpers import lamina
from tests.deploy.test_corpus import oracle_status

from .conftest import create_schemas, history_rows, write_project

pytestmark = [pytest.mark.postgres, pytest.mark.slow]
TENANTS = [f"tenant_{i:02d}" for i in range(1, 13)]


@pytest.fixture
def papermark(corpus: Path) -> Path:
    return corpus / "papermark" / "migrations"


def _deployed(tmp_path: Path, postgres_url: str, papermark: Path) -> Path:
    create_schemas(postgres_url, TENANTS + ["single"])
    project = write_project(tmp_path / "project", "postgresql", postgres_url, migrations_from=papermark)
    result = lamina(project, "migrate", "deploy", "--tenant-schemas", "tenant_*", "--concurrency", "4")
    assert result.code == 0, result.text[-3000:]
    assert result.out.endswith("12 targets: 12 applied.\n")
    return project


def test_papermark_into_twelve_tenants_equals_a_single_deploy(tmp_path: Path, postgres_url: str, papermark: Path) -> None:
    project = _deployed(tmp_path, postgres_url, papermark)
    names = sorted(p.name for p in papermark.iterdir() if (p / "migration.sql").is_file())
    assert len(names) == 107
    for tenant in TENANTS:
        rows = history_rows(postgres_url, tenant)
        assert sorted(name for name, _, _ in rows) == names and all(done for _, done, _ in rows), tenant

    single = f"{postgres_url}?schema=single"  # the reference: one plain deploy with ?schema=
    (project / "prisma" / "schema.prisma").write_text(
        f'datasource db {{\n  provider = "postgresql"\n  url      = "{single}"\n}}\n', encoding="utf-8")
    assert lamina(project, "migrate", "deploy").code == 0
    empty = lamina(project, "migrate", "diff", "--from-url", single, "--to-empty", "--exit-code")
    assert empty.code == 2  # the comparison below is not between two empty schemas
    for tenant in (TENANTS[0], TENANTS[5], TENANTS[-1]):
        diff = lamina(project, "migrate", "diff", "--from-url", single, "--to-url", f"{postgres_url}?schema={tenant}",
                      "--exit-code")
        assert diff.code == 0, f"{tenant} differs from a single deploy:\n{diff.text[-3000:]}"
        status = lamina(project, "migrate", "status", "--schema", "prisma/schema.prisma")
        assert status.code == 0


@pytest.mark.oracle
def test_prisma_reads_each_tenant_history_as_up_to_date(tmp_path: Path, postgres_url: str, papermark: Path,
                                                        oracle_dir: Path) -> None:
    _deployed(tmp_path, postgres_url, papermark)
    for tenant in (TENANTS[0], TENANTS[-1]):
        prisma = oracle_status(oracle_dir, f"{postgres_url}?schema={tenant}", papermark)
        assert prisma.returncode == 0, prisma.stdout + prisma.stderr
        assert "107 migrations found in prisma/migrations" in prisma.stdout
        assert "Database schema is up to date!" in prisma.stdout
