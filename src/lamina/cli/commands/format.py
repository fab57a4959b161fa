"""`lamina format`: rewrite the schema file(s) in Prisma's canonical layout (PRISMA-COMPAT.md §1.11).

The work is lamina.operations.format; this runner prints Prisma's text. `--check` writes nothing
and fails when a file would change.
"""

from __future__ import annotations

import time

from lamina.cli.main import Env
from lamina.cli.output import Output
from lamina.operations.context import announce_config
from lamina.operations.format import SchemaWarnings, format_project
from lamina.project.project import display_path, load_project


def run(env: Env, *, schema: str | None, config: str | None, check: bool = False) -> int:
    started = time.monotonic()
    output = env.output
    project = load_project(env.cwd, schema=schema, config=config)
    announce_config(output, project.config_file, env.cwd)
    shown = display_path(project.schema_path, env.cwd)
    output.error_line(output.dim(f"Prisma schema loaded from {shown}."))

    def warn_before_error(event: object) -> None:
        if isinstance(event, SchemaWarnings):
            _warn(output, event.warnings)

    result = format_project(project, check=check, listener=warn_before_error)
    _warn(output, result.warnings)
    if check:
        if result.changed:
            # Prisma's HelpError: printed as is (no "Error: " prefix), exit code 1.
            mark = output.style("!", "1;31", output.err)
            output.error_line(f"{mark} There are unformatted files. Run lamina format to format them.")
        else:
            output.line("All files are formatted correctly!")
    else:
        elapsed = round((time.monotonic() - started) * 1000)
        took = f"{elapsed}ms" if elapsed < 1000 else f"{elapsed / 1000:.2f}s"
        output.line(f"Formatted {shown} in {took} 🚀")
    if env.json is not None:
        env.json.result(result)
    return 1 if check and result.changed else 0


def _warn(output: Output, warnings: tuple[str, ...]) -> None:
    if warnings:
        output.error_line(output.yellow(f"\nPrisma schema warning{'s' if len(warnings) > 1 else ''}:"))
        for warning in warnings:
            output.error_line(output.yellow(f"- {warning}"))
