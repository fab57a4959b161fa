"""`lamina format`."""

from __future__ import annotations

import click

from lamina.cli.json_output import json_option
from lamina.cli.main import Env, pass_env


@click.command("format")
@click.option("--schema", help="Path to the schema file or folder.")
@click.option("--config", help="Path to prisma.config.ts.")
@click.option("--check", is_flag=True, help="Fail if a file is not formatted; write nothing.")
@json_option
@pass_env
def format_command(env: Env, **options) -> int:
    """Format the schema file(s) as `prisma format` does."""
    from lamina.cli.commands import format as command

    return command.run(env, **options)
