"""One history, many databases or tenant schemas (docs/fleet.md), from Python:
`deploy_fleet(...)` and `status_fleet(...)` read the project as `migrate deploy` does, resolve the
targets (fleet/targets.py), refuse a history that cannot be applied schema by schema
(fleet/tenancy.py), and run the single-database deploy or status on every target, a few at a time
(fleet/run.py). One failing target never stops the others: each target's outcome is in the result."""

from __future__ import annotations

import threading
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from functools import partial
from pathlib import Path
from typing import Literal

from lamina.engine.urls import DatabaseUrl
from lamina.errors import KnownError, UsageError
from lamina.fleet.run import (
    Outcome, Progress, default_concurrency, deploy_target, plan_scripts, run_fleet, status_target,
)
from lamina.fleet.targets import NoTenantSchemas, Target, list_tenant_schemas, read_targets_file, tenant_targets, url_targets
from lamina.fleet.tenancy import check_tenant_history
from lamina.migrations.directory import check_lock_provider, list_migrations
from lamina.operations.context import LoadedSchema, datasource_url, external_objects
from lamina.operations.existing import open_existing
from lamina.operations.project import PathLike, resolve_project
from lamina.project.project import Project, display_path

Command = Literal["deploy", "status"]


class TenantSchemasNeedPostgres(KnownError):
    def message(self) -> str:
        return "--tenant-schemas works on PostgreSQL only: the configured datasource is not a PostgreSQL database."


@dataclass(frozen=True)
class FleetResult:
    command: Command
    outcomes: tuple[Outcome, ...]  # one per target, in the targets' order
    migrations_found: int  # in the migrations folder
    concurrency: int
    interrupted_by: BaseException | None = None  # Ctrl-C or SIGTERM stopped the run

    @property
    def failed(self) -> tuple[Outcome, ...]:
        return tuple(o for o in self.outcomes if o.is_failed)

    @property
    def ok(self) -> bool:
        """deploy: no target failed; status: every target is up to date, none with missing rows."""
        if self.interrupted_by is not None:
            return False
        if self.command == "deploy":
            return not self.failed
        return all(o.verdict == "up to date" and not o.missing for o in self.outcomes)


@dataclass(frozen=True)
class FleetPlan:
    """The resolved fleet, before anything runs (the CLI prints its first lines from it)."""

    loaded: LoadedSchema
    targets: tuple[Target, ...]
    concurrency: int
    migrations_found: int


def plan_fleet(*, project: PathLike | LoadedSchema | None = None, schema: PathLike | None = None,
               config: PathLike | None = None, cwd: PathLike | None = None,
               targets: Sequence[str] | None = None, targets_file: PathLike | None = None,
               tenant_schemas: str | None = None, concurrency: int | None = None) -> FleetPlan:
    """`targets`: database URLs; `targets_file`: a file of them (one per line, `#` comments),
    relative to the project; `tenant_schemas`: a glob over the configured PostgreSQL database's
    schemas. Neither: the `targets` list of lamina.toml or [tool.lamina]."""
    loaded = resolve_project(project=project, schema=schema, config=config, cwd=cwd, config_only=True)
    check_lock_provider(loaded.project.migrations_dir, loaded.provider)
    local = list_migrations(loaded.project.migrations_dir)
    server_limit: int | None = None
    if tenant_schemas is not None:
        url = datasource_url(loaded)
        if url is None or url.provider != "postgresql":
            raise TenantSchemasNeedPostgres()
        check_tenant_history(local)
        fleet, server_limit = _tenant_fleet(url, tenant_schemas)
    else:
        fleet = _url_fleet(loaded.provider, loaded.project, targets, targets_file)
    workers = concurrency or server_limit or default_concurrency(None, len(fleet))
    return FleetPlan(loaded, tuple(fleet), workers, len(local))


def run_plan(plan: FleetPlan, command: Command, *,
             on_finished: Callable[[Outcome], None] = lambda outcome: None,
             on_tick: Callable[[list[Progress]], None] = lambda progress: None) -> FleetResult:
    """`on_finished` is called with each target's outcome as it finishes, `on_tick` a few times a
    second with every target's progress (the live table)."""
    local = list_migrations(plan.loaded.project.migrations_dir)
    plan_scripts(local, plan.loaded.provider)
    work: Callable[[Target, Progress, threading.Event], Outcome]
    if command == "deploy":
        work = partial(deploy_target, local=local, external_tables=external_objects(plan.loaded.project).tables)
    else:
        work = partial(status_target, local=local)
    run = run_fleet(list(plan.targets), work, plan.concurrency, on_finished=on_finished, on_tick=on_tick)
    return FleetResult(command, tuple(run.outcomes), len(local), plan.concurrency, run.interrupted_by)


def deploy_fleet(*, project: PathLike | LoadedSchema | None = None, schema: PathLike | None = None,
                 config: PathLike | None = None, cwd: PathLike | None = None,
                 targets: Sequence[str] | None = None, targets_file: PathLike | None = None,
                 tenant_schemas: str | None = None, concurrency: int | None = None,
                 on_finished: Callable[[Outcome], None] = lambda outcome: None) -> FleetResult:
    """`migrate deploy --targets | --tenant-schemas`: every target deployed; `.failed` lists the
    targets that failed, each with the migration and the database's error (password removed)."""
    plan = plan_fleet(project=project, schema=schema, config=config, cwd=cwd, targets=targets,
                      targets_file=targets_file, tenant_schemas=tenant_schemas, concurrency=concurrency)
    return run_plan(plan, "deploy", on_finished=on_finished)


def status_fleet(*, project: PathLike | LoadedSchema | None = None, schema: PathLike | None = None,
                 config: PathLike | None = None, cwd: PathLike | None = None,
                 targets: Sequence[str] | None = None, targets_file: PathLike | None = None,
                 tenant_schemas: str | None = None, concurrency: int | None = None,
                 on_finished: Callable[[Outcome], None] = lambda outcome: None) -> FleetResult:
    """`migrate status --targets | --tenant-schemas`: nothing is changed; each outcome's verdict is
    "up to date", "pending" or "failed", with its pending, failed, edited and missing migrations."""
    plan = plan_fleet(project=project, schema=schema, config=config, cwd=cwd, targets=targets,
                      targets_file=targets_file, tenant_schemas=tenant_schemas, concurrency=concurrency)
    return run_plan(plan, "status", on_finished=on_finished)


def _url_fleet(provider: str, project: Project, targets: Sequence[str] | None,
               targets_file: PathLike | None) -> list[Target]:
    cwd = project.root
    if targets is not None:
        urls = [(f"entry {number}", url) for number, url in enumerate(targets, start=1)]
        where = "the targets given"
    elif targets_file is not None:
        path = (cwd / targets_file).resolve()
        urls, where = read_targets_file(path), display_path(path, cwd)
    else:
        value, source = project.setting("targets")
        if value is None:
            raise UsageError("--targets without a file reads the `targets` list of lamina.toml or [tool.lamina] "
                             "in pyproject.toml, and there is none. Pass a file: --targets targets.txt")
        urls = [(f"entry {number}", url) for number, url in enumerate(value, start=1)]
        assert source is not None
        where = "`targets` in " + display_path(Path(source.source), cwd)
    fleet = url_targets(urls, where, project.schema_dir)
    return [_same_provider(target, provider) for target in fleet]


def _same_provider(target: Target, provider: str) -> Target:
    if target.url is None or target.url.provider == provider:
        return target
    return Target(target.label, None, problem=f"This is a {target.url.provider} URL; the schema's provider is "
                                              f"{provider}.")


def _tenant_fleet(url: DatabaseUrl, pattern: str) -> tuple[list[Target], int]:
    with open_existing(url) as conn:
        schemas = list_tenant_schemas(conn, pattern)
        limit = default_concurrency(conn, len(schemas))
    if not schemas:
        raise NoTenantSchemas(pattern, url.database)
    return tenant_targets(url, schemas), limit
