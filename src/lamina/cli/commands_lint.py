"""`lamina migrate lint`: findings as a compiler prints them (`file:line: rule-id: message`) or as JSON."""

from __future__ import annotations

import dataclasses
import json

import click

from lamina.cli.main import EXIT_ERROR, EXIT_OK, Env, pass_env
from lamina.lint.findings import FAIL_ON, Finding, LintResult


@click.command("lint")
@click.argument("names", nargs=-1)
@click.option("--since", metavar="NAME", help="Lint the migrations after NAME (the history before it is only replayed).")
@click.option("--url", help="A PostgreSQL database whose table sizes decide what is flagged (empty tables are not).")
@click.option("--json", "as_json", is_flag=True, help="Print the findings as JSON.")
@click.option("--fail-on", type=click.Choice(FAIL_ON), help="Lowest level that makes the exit code 1 (default: warning).")
@click.option("--schema", help="Path to the schema file or folder.")
@click.option("--config", help="Path to prisma.config.ts.")
@pass_env
def lint(env: Env, names, since, url, as_json, fail_on, schema, config) -> int:
    """Check PostgreSQL migrations for statements that lock or break a live database."""
    from lamina.cli.commands.migrate_lint import lint_migrations, lint_settings
    from lamina.project.project import load_project

    project = load_project(env.cwd, schema=schema, config=config)
    settings = lint_settings(project)
    result = lint_migrations(project, names=names, since=since, url=url, settings=settings)
    if as_json:
        env.output.line(render_json(result))
    else:
        for line in render_findings(result.findings):
            env.output.line(line)
        env.output.error_line(summary(result))
    return EXIT_ERROR if result.fails(fail_on or settings.fail_on) else EXIT_OK


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


def render_json(result: LintResult) -> str:
    return json.dumps({
        "findings": [dataclasses.asdict(f) for f in result.findings],
        "migrations": result.migrations,
        "ignored": result.ignored,
        **{f"{level}s": count for level, count in result.counts().items()},
    }, indent=2, ensure_ascii=False)
