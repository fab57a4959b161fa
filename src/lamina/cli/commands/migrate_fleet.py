"""`lamina migrate deploy|status --targets FILE | --tenant-schemas GLOB` (docs/fleet.md): one
history, many databases or tenant schemas, a few at a time, then one report.

Reads the project as `migrate deploy` does, runs the fleet operation (lamina/operations/fleet.py)
and renders its progress and outcomes (fleet/report.py).
"""

from __future__ import annotations

from lamina.cli.main import EXIT_CANCELLED, Env
from lamina.fleet.report import LiveTable, finished_line, report_json, report_text
from lamina.fleet.run import Outcome
from lamina.migrations.directory import migrations_found_line
from lamina.operations.context import load_schema
from lamina.operations.fleet import Command, FleetPlan, FleetResult, plan_fleet, run_plan


def run(env: Env, *, command: Command, schema: str | None, config: str | None, targets: str | None,
        tenant_schemas: str | None, concurrency: int | None, as_json: bool) -> int:
    output = env.output
    loaded = load_schema(output, env.cwd, schema=schema, config=config, config_only=True)
    plan = plan_fleet(project=loaded, targets_file=targets or None, tenant_schemas=tenant_schemas,
                      concurrency=concurrency)
    if not as_json:
        output.line(migrations_found_line(plan.migrations_found))
        verb = "Deploying to" if command == "deploy" else "Reading"
        count = len(plan.targets)
        output.line(f"{verb} {count} target{'s' if count != 1 else ''}, {plan.concurrency} at a time")
        output.line()
    result = _run(env, plan, command, quiet=as_json)
    outcomes = list(result.outcomes)
    if as_json:
        output.line(report_json(outcomes, command=command, migrations=result.migrations_found,
                                interrupted=result.interrupted_by is not None))
    else:
        output.line()
        output.line(report_text(outcomes, command=command, migrations=result.migrations_found))
    if result.interrupted_by is not None:
        code = getattr(result.interrupted_by, "code", None)
        return code if isinstance(code, int) and code else EXIT_CANCELLED
    return 0 if result.ok else 1


def _run(env: Env, plan: FleetPlan, command: Command, *, quiet: bool) -> FleetResult:
    stream = env.output.out
    on_terminal = hasattr(stream, "isatty") and stream.isatty()
    if quiet:
        return run_plan(plan, command)
    if not on_terminal:
        def on_finished(outcome: Outcome) -> None:
            env.output.line(finished_line(outcome, command=command))
        return run_plan(plan, command, on_finished=on_finished)
    with LiveTable(stream, command=command, total=len(plan.targets)) as table:
        return run_plan(plan, command, on_finished=table.finished, on_tick=table.update)
