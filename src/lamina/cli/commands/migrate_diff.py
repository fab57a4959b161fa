"""`lamina migrate diff` (PRISMA-COMPAT.md §1.8): compare any two of empty, a schema file, a
migrations folder (replayed on a shadow database) and a live database; Prisma 6 and 7 flags.
The work is lamina.operations.diff; this runner prints the script or the summary."""

from __future__ import annotations

from typing import Any

from lamina.cli.main import EXIT_DIFF_FOUND, Env
from lamina.operations.context import announce_config
from lamina.operations.diff import diff
from lamina.project.project import find_config_file


def run(env: Env, **options: Any) -> int:
    # Prisma reads its config before anything else, and says so as every command does.
    announce_config(env.output, find_config_file(env.cwd.resolve(), options.get("config")), env.cwd.resolve())
    exit_code, output_file = options.pop("exit_code", False), options.pop("output_file", None)
    result = diff(cwd=env.cwd, output=output_file, **options)
    if output_file is None:
        # The engine's text, written by the CLI as a line of its own, printed as a line: two more newlines.
        env.output.out.write((result.script if options.get("script") else result.summary) + "\n\n")
        env.output.out.flush()
    if env.json is not None:
        env.json.result(result)
    return EXIT_DIFF_FOUND if exit_code and not result.is_empty else 0
