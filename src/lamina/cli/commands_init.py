"""`lamina init`: the flags of Prisma 7's `init` that make sense without Prisma's cloud."""

from __future__ import annotations

import click

from lamina.cli.json_output import json_option
from lamina.cli.main import Env, pass_env


@click.command("init")
@click.option("--datasource-provider", help="postgresql (default), sqlite, mysql, sqlserver, mongodb or cockroachdb.")
@click.option("--url", help="The database URL; the provider is taken from it.")
@click.option("--generator-provider", help='The generator provider (default "prisma-client").')
@click.option("--preview-feature", multiple=True, help="A preview feature for the generator (repeatable).")
@click.option("--output", help='The generator output (default "../generated/prisma").')
@click.option("--with-model", is_flag=True, help="Add an example User model.")
@json_option
@pass_env
def init(env: Env, **options) -> int:
    """Create prisma/schema.prisma, prisma.config.ts and .env in a new project."""
    from lamina.cli.commands import init as command

    return command.run(env, **options)
