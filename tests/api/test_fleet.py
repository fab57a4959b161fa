"""lamina.deploy_fleet / lamina.status_fleet from Python: URLs as a list, tenant schemas by glob;
one failing target never stops the others, and the result holds each target's outcome."""

from __future__ import annotations

from pathlib import Path

import pytest

import lamina
from lamina.fleet.targets import NoTenantSchemas
from lamina.operations.fleet import FleetResult, TenantSchemasNeedPostgres, deploy_fleet, status_fleet
from tests.fleet.conftest import HISTORY, create_schemas, history_rows, write_project

SQLITE_HISTORY = {name: script.replace("SERIAL", "INTEGER") for name, script in HISTORY.items()}


def test_sqlite_targets_from_a_list(tmp_path: Path) -> None:
    project = write_project(tmp_path / "project", "sqlite", "file:./dev.db", SQLITE_HISTORY)
    seen: list[str] = []
    result = deploy_fleet(project=project, targets=["file:./a.db", f"file:{tmp_path}/b.db", "postgresql://x@h/db"],
                          concurrency=2, on_finished=lambda outcome: seen.append(outcome.target.label))
    assert isinstance(result, FleetResult)
    assert [o.verdict for o in result.outcomes] == ["applied", "applied", "failed"]
    assert result.outcomes[0].applied == tuple(HISTORY)
    assert result.outcomes[2].error == "This is a postgresql URL; the schema's provider is sqlite."
    assert result.failed == (result.outcomes[2],) and not result.ok
    assert sorted(seen) == sorted(o.target.label for o in result.outcomes)
    assert (project / "prisma" / "a.db").is_file() and (tmp_path / "b.db").is_file()

    status = status_fleet(project=project, targets=["file:./a.db", f"file:{tmp_path}/c.db"])
    assert [o.verdict for o in status.outcomes] == ["up to date", "failed"]  # status creates nothing
    assert status.outcomes[1].error is not None and status.outcomes[1].error.startswith("P1003: ")
    assert not status.ok and not (tmp_path / "c.db").exists()
    assert status_fleet(project=project, targets=["file:./a.db"]).ok


def test_a_targets_file_relative_to_the_project(tmp_path: Path) -> None:
    project = write_project(tmp_path / "project", "sqlite", "file:./dev.db", SQLITE_HISTORY)
    (project / "targets.txt").write_text("# the shards\nfile:./one.db\n\nfile:./two.db\n")
    result = lamina.deploy_fleet(project=project, targets_file="targets.txt")
    assert result.ok and result.migrations_found == 3
    assert [o.verdict for o in result.outcomes] == ["applied", "applied"]


@pytest.mark.postgres
def test_tenant_schemas_each_with_their_own_history(tmp_path: Path, postgres_url: str) -> None:
    tenants = ["tenant_a", "tenant_b", "tenant_c"]
    create_schemas(postgres_url, [*tenants, "other"])
    project = write_project(tmp_path / "project", "postgresql", postgres_url, HISTORY)
    result = lamina.deploy_fleet(project=project, tenant_schemas="tenant_*", concurrency=2)
    assert result.ok and [o.target.tenant_schema for o in result.outcomes] == tenants
    for tenant in tenants:
        assert history_rows(postgres_url, tenant) == [(name, True, False) for name in HISTORY]
    assert lamina.status_fleet(project=project, tenant_schemas="tenant_*").ok
    with pytest.raises(NoTenantSchemas) as error:
        status_fleet(project=project, tenant_schemas="nobody_*")
    assert "matches `nobody_*`" in error.value.message()


def test_tenant_schemas_need_postgresql(tmp_path: Path) -> None:
    project = write_project(tmp_path / "project", "sqlite", "file:./dev.db", SQLITE_HISTORY)
    with pytest.raises(TenantSchemasNeedPostgres):
        deploy_fleet(project=project, tenant_schemas="tenant_*")
