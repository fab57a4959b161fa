"""`lamina migrate lint`: findings as a compiler prints them (`file:line: rule-id: message`), or in the
`--json` document. The work is lamina.operations.lint."""

from __future__ import annotations

import dataclasses
from typing import TYPE_CHECKING, Any

import click

from lamina.cli.json_output import json_option
from lamina.cli.main import EXIT_ERROR, EXIT_OK, Env, pass_env
from lamina.lint.levels import FAIL_ON

if TYPE_CHECKING:
    from lamina.lint.findings import Finding, LintResult
    from lamina.operations.lint import LintReport


@click.command("lint")
@click.argument("names", nargs=-1)
@click.option("--since", metavar="NAME", help="Lint the migrations after NAME (the history before it is only replayed).")
@click.option("--url", help="A PostgreSQL database whose table sizes decide what is flagged (empty tables are not).")
@json_option
@click.option("--fail-on", type=click.Choice(FAIL_ON), help="Lowest level that makes the exit code 1 (default: warning).")
@click.option("--schema", help="Path to the schema file or folder.")
@click.option("--config", help="Path to prisma.config.ts.")
@pass_env
def lint(env: Env, names, since, url, fail_on, schema, config) -> int:
    """Check PostgreSQL migrations for statements that lock or break a live database."""
    from lamina.operations.lint import migrate_lint

    report = migrate_lint(cwd=env.cwd, schema=schema, config=config, names=names, since=since, url=url,
                          fail_on=fail_on)
    for line in render_findings(list(report.findings)):
        env.output.line(line)
    env.output.error_line(summary(report._result))
    if env.json is not None:
        env.json.result(json_result(report))
    return EXIT_ERROR if report.fails else EXIT_OK


def render_findings(findings: list[Finding]) -> list[str]:
    return [finding.text() for finding in findings]


def summary(result: LintResult) -> str:
    counts = result.counts()
    migrations = f"{result.migrations} migration{'s' if result.migrations != 1 else ''}"
    ignored = f"; {result.ignored} silenced by lamina:lint-ignore" if result.ignored else ""
    if not result.findings:
        return f"No findings in {migrations}{ignored}."
    total = len(result.findings)
    return (f"{total} finding{'s' if total != 1 else ''} ({counts['error']} error{'s' if counts['error'] != 1 else ''}, "
            f"{counts['warning']} warning{'s' if counts['warning'] != 1 else ''}) in {migrations}{ignored}.")


def json_result(report: LintReport) -> dict[str, Any]:
    """The `result` of `--json` (docs/json/migrate-lint.schema.json): the fields `--json` printed
    before the envelope (findings, migrations, ignored, errors, warnings), then fail_on and fails."""
    return {
        "findings": [dataclasses.asdict(f) for f in report.findings],
        "migrations": report.migrations,
        "ignored": report.ignored,
        "errors": report.error_count,
        "warnings": report.warning_count,
        "fail_on": report.fail_on,
        "fails": report.fails,
    }
