"""`lamina validate` (and, later, format and init)."""

from __future__ import annotations

import click

from lamina.cli.json_output import json_option
from lamina.cli.main import Env, pass_env


@click.command()
@click.option("--schema", help="Path to the schema file or folder.")
@click.option("--config", help="Path to prisma.config.ts.")
@json_option
@pass_env
def validate(env: Env, **options) -> int:
    """Check the schema and print Prisma's diagnostics."""
    from lamina.cli.commands import validate as command

    return command.run(env, **options)


EXTRA: list[click.Command] = []
EXTRA.append(__import__("lamina.cli.commands_format", fromlist=["format_command"]).format_command)
EXTRA.append(__import__("lamina.cli.commands_init", fromlist=["init"]).init)
