"""`lamina migrate deploy|status --targets FILE | --tenant-schemas GLOB` (docs/fleet.md): one
history, many databases or tenant schemas, a few at a time, then one report.

Reads the project as `migrate deploy` does, resolves the targets (fleet/targets.py), refuses a
history that cannot be applied schema by schema (fleet/tenancy.py), runs the single-database
deploy or status on every target (fleet/run.py), and renders the outcomes (fleet/report.py).
"""

from __future__ import annotations

from functools import partial
from pathlib import Path

from lamina.cli.main import EXIT_CANCELLED, Env
from lamina.operations.context import datasource_url, external_objects, load_schema
from lamina.cli.commands.database import open_existing
from lamina.engine.urls import DatabaseUrl
from lamina.errors import KnownError, UsageError
from lamina.fleet.report import LiveTable, finished_line, report_json, report_text
from lamina.fleet.run import (
    Outcome, default_concurrency, deploy_target, plan_scripts, run_fleet, status_target,
)
from lamina.fleet.targets import NoTenantSchemas, Target, list_tenant_schemas, read_targets_file, tenant_targets, url_targets
from lamina.fleet.tenancy import check_tenant_history
from lamina.migrations.directory import check_lock_provider, list_migrations, migrations_found_line
from lamina.project.project import display_path


class TenantSchemasNeedPostgres(KnownError):
    def message(self) -> str:
        return "--tenant-schemas works on PostgreSQL only: the configured datasource is not a PostgreSQL database."


def run(env: Env, *, command: str, schema: str | None, config: str | None, targets: str | None,
        tenant_schemas: str | None, concurrency: int | None, as_json: bool) -> int:
    output = env.output
    loaded = load_schema(output, env.cwd, schema=schema, config=config, config_only=True)
    project = loaded.project
    check_lock_provider(project.migrations_dir, loaded.provider)
    local = list_migrations(project.migrations_dir)

    if tenant_schemas is not None:
        url = datasource_url(loaded)
        if url is None or url.provider != "postgresql":
            raise TenantSchemasNeedPostgres()
        check_tenant_history(local)
        fleet, server_limit = _tenant_fleet(url, tenant_schemas)
    else:
        fleet, server_limit = _url_fleet(env, loaded.provider, project, targets), None
    workers = concurrency or server_limit or default_concurrency(None, len(fleet))
    plan_scripts(local, loaded.provider)

    if command == "deploy":
        work = partial(deploy_target, local=local, external_tables=external_objects(project).tables)
    else:
        work = partial(status_target, local=local)
    if not as_json:
        output.line(migrations_found_line(len(local)))
        verb = "Deploying to" if command == "deploy" else "Reading"
        output.line(f"{verb} {len(fleet)} target{'s' if len(fleet) != 1 else ''}, {workers} at a time")
        output.line()
    run = _run(env, fleet, work, workers, command=command, quiet=as_json)
    outcomes = run.outcomes
    if as_json:
        output.line(report_json(outcomes, command=command, migrations=len(local),
                                interrupted=run.interrupted_by is not None))
    else:
        output.line()
        output.line(report_text(outcomes, command=command, migrations=len(local)))
    if run.interrupted_by is not None:
        code = getattr(run.interrupted_by, "code", None)
        return code if isinstance(code, int) and code else EXIT_CANCELLED
    if command == "deploy":
        return 1 if any(o.is_failed for o in outcomes) else 0
    return 1 if any(o.verdict != "up to date" or o.missing for o in outcomes) else 0


def _run(env: Env, fleet: list[Target], work, workers: int, *, command: str, quiet: bool):
    stream = env.output.out
    on_terminal = hasattr(stream, "isatty") and stream.isatty()
    if quiet:
        return run_fleet(fleet, work, workers)
    if not on_terminal:
        def on_finished(outcome: Outcome) -> None:
            env.output.line(finished_line(outcome, command=command))
        return run_fleet(fleet, work, workers, on_finished=on_finished)
    with LiveTable(stream, command=command, total=len(fleet)) as table:
        return run_fleet(fleet, work, workers, on_finished=table.finished, on_tick=table.update)


def _url_fleet(env: Env, provider: str, project, targets: str | None) -> list[Target]:
    if targets:  # --targets FILE
        path = (env.cwd / targets).resolve()
        urls, where = read_targets_file(path), display_path(path, env.cwd)
    else:  # --targets alone: the `targets` setting
        value, source = project.setting("targets")
        if value is None:
            raise UsageError("--targets without a file reads the `targets` list of lamina.toml or [tool.lamina] "
                             "in pyproject.toml, and there is none. Pass a file: --targets targets.txt")
        urls = [(f"entry {number}", url) for number, url in enumerate(value, start=1)]
        where = "`targets` in " + display_path(Path(source.source), env.cwd)
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
