"""`lamina format`: rewrite the schema file(s) in Prisma's canonical layout (PRISMA-COMPAT.md §1.11).

As `prisma format` does: every file is formatted, the formatted schema is validated (diagnostics
point into the formatted text), and only a valid result is written. `--check` writes nothing and
fails when a file would change.
"""

from __future__ import annotations

import os
import time
from pathlib import Path

from lamina.cli.main import Env
from lamina.operations.context import announce_config, validation_error
from lamina.project.project import display_path, load_project
from lamina.psl import check_schema, read_schema_files
from lamina.psl.ast import SourceFile
from lamina.psl.format import format_schema


def run(env: Env, *, schema: str | None, config: str | None, check: bool = False) -> int:
    started = time.monotonic()
    output = env.output
    project = load_project(env.cwd, schema=schema, config=config)
    announce_config(output, project.config_file, env.cwd)
    shown = display_path(project.schema_path, env.cwd)
    output.error_line(output.dim(f"Prisma schema loaded from {shown}."))

    read = read_schema_files(project.schema_path)
    originals = [SourceFile(display_path(Path(f.path), env.cwd), f.text) for f in read]
    formatted = format_schema(originals)
    _, diagnostics = check_schema(formatted)
    warnings = diagnostics.warnings
    if warnings and not os.environ.get("PRISMA_DISABLE_WARNINGS"):
        output.error_line(output.yellow(f"\nPrisma schema warning{'s' if len(warnings) > 1 else ''}:"))
        for warning in warnings:
            output.error_line(output.yellow(f"- {warning.message}"))
    if diagnostics.has_errors():
        raise validation_error(diagnostics, formatted)

    if check:
        if any(before.text != after.text for before, after in zip(originals, formatted)):
            # Prisma's HelpError: printed as is (no "Error: " prefix), exit code 1.
            mark = output.style("!", "1;31", output.err)
            output.error_line(f"{mark} There are unformatted files. Run lamina format to format them.")
            return 1
        output.line("All files are formatted correctly!")
        return 0

    for source, before, after in zip(read, originals, formatted):
        if before.text != after.text:
            (env.cwd / source.path).write_bytes(after.text.encode("utf-8"))
    elapsed = round((time.monotonic() - started) * 1000)
    took = f"{elapsed}ms" if elapsed < 1000 else f"{elapsed / 1000:.2f}s"
    output.line(f"Formatted {shown} in {took} 🚀")
    return 0
