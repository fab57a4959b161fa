"""Running the configured seed command (`migrations.seed`), as `db seed` and Prisma 6's reset do."""

from __future__ import annotations

import subprocess

from lamina.cli.output import Output
from lamina.operations.context import LoadedSchema
from lamina.operations.seed import SeedFailed


def configured_seed(loaded: LoadedSchema) -> str | None:
    value, _ = loaded.project.setting("seed")
    return value


def run_seed(loaded: LoadedSchema, output: Output, extra_args: tuple[str, ...] = ()) -> bool:
    """Run the seed command if one is configured; False when there is none."""
    command = configured_seed(loaded)
    if not command:
        return False
    if extra_args:
        command = command + " " + " ".join(extra_args)
    output.line()
    output.line(f"Running seed command `{command}` ...")
    status = subprocess.call(command, shell=True, cwd=loaded.project.root)
    if status != 0:
        raise SeedFailed(command, status)
    output.line()
    output.line("🌱  The seed command has been executed.")
    return True
