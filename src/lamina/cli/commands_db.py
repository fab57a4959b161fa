"""`lamina db ...`: push, pull, execute and seed, with the flags of Prisma 6 and Prisma 7 alike
(PRISMA-COMPAT.md §1.9)."""

from __future__ import annotations

import click

from lamina.cli.json_output import json_option
from lamina.cli.main import Env, pass_env


@click.group()
def db() -> None:
    """Work with the database directly (push, pull, execute, seed)."""


@db.command("push")
@click.option("--schema", help="Path to the schema file or folder.")
@click.option("--config", help="Path to prisma.config.ts.")
@click.option("--accept-data-loss", is_flag=True, help="Ignore data loss warnings.")
@click.option("--force-reset", is_flag=True, help="Reset the database before pushing the schema.")
@click.option("--skip-generate", is_flag=True, help="Skip generators (Prisma 6).")
@click.option("--url", help="Database URL, overriding the configuration (Prisma 7).")
@json_option
@pass_env
def push(env: Env, **options) -> int:
    """Push the schema to the database without migrations (prototyping)."""
    from lamina.cli.commands import db_push

    return db_push.run(env, **options)


@db.command("pull")
@click.option("--schema", help="Path to the schema file or folder.")
@click.option("--config", help="Path to prisma.config.ts.")
@click.option("--print", "print_only", is_flag=True, help="Print the introspected schema instead of writing it.")
@click.option("--force", is_flag=True, help="Ignore the current schema's models, @map names and order.")
@click.option("--url", help="Database URL, overriding the configuration.")
@click.option("--schemas", help="Comma-separated PostgreSQL schemas to introspect.")
@click.option("--composite-type-depth", type=int, hidden=True, help="MongoDB only.")
@click.option("--local-d1", is_flag=True, hidden=True, help="Cloudflare D1 (Prisma 6): not supported.")
@click.option("--skip-generate", is_flag=True, help="Skip lamina's generators.")
@json_option
@pass_env
def pull(env: Env, **options) -> int:
    """Introspect the database and write its models into the schema."""
    from lamina.cli.commands import db_pull

    return db_pull.run(env, **options)


@db.command("execute")
@click.option("--schema", help="Use this schema's datasource (Prisma 6).")
@click.option("--url", help="Database URL (Prisma 6).")
@click.option("--config", help="Path to prisma.config.ts.")
@click.option("--file", "file", help="Path to a file with the script to run.")
@click.option("--stdin", is_flag=True, help="Read the script from standard input.")
@json_option
@pass_env
def execute(env: Env, **options) -> int:
    """Run a SQL script on the database, as one command."""
    from lamina.cli.commands import db_execute

    return db_execute.run(env, **options)


@db.command("seed", context_settings={"ignore_unknown_options": True, "allow_extra_args": True})
@click.option("--schema", help="Path to the schema file or folder.")
@click.option("--config", help="Path to prisma.config.ts.")
@click.argument("extra", nargs=-1, type=click.UNPROCESSED)
@json_option
@pass_env
def seed(env: Env, **options) -> int:
    """Run the configured seed command; arguments after `--` are passed on."""
    from lamina.cli.commands import db_seed

    return db_seed.run(env, **options)
