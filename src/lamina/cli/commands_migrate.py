"""`lamina migrate ...`: flags of Prisma 6 and Prisma 7 alike."""

from __future__ import annotations

import click

from lamina.cli.main import Env, pass_env


@click.group()
def migrate() -> None:
    """Create, apply and inspect migrations."""


_common = [
    click.option("--schema", help="Path to the schema file or folder."),
    click.option("--config", help="Path to prisma.config.ts."),
]


def common(fn):
    for option in reversed(_common):
        fn = option(fn)
    return fn


@migrate.command("dev")
@common
@click.option("-n", "--name", help="Name of the migration.")
@click.option("--create-only", is_flag=True, help="Create the migration without applying it.")
@click.option("--skip-generate", is_flag=True, help="Skip generators (Prisma 6).")
@click.option("--skip-seed", is_flag=True, help="Skip the seed (Prisma 6).")
@click.option("--url", help="Database URL, overriding the configuration (Prisma 7).")
@pass_env
def dev(env: Env, **options) -> int:
    """Create a migration from the schema, apply it, and keep the database in sync."""
    from lamina.commands import migrate_dev

    return migrate_dev.run(env, **options)


@migrate.command("deploy")
@common
@click.option("--dry-run", is_flag=True, help="List the migrations deploy would apply, in order, without changing the database.")
@pass_env
def deploy(env: Env, **options) -> int:
    """Apply pending migrations (production)."""
    from lamina.commands import migrate_deploy

    return migrate_deploy.run(env, **options)


@migrate.command("status")
@common
@pass_env
def status(env: Env, **options) -> int:
    """Compare the migrations folder with the database's history."""
    from lamina.commands import migrate_status

    return migrate_status.run(env, **options)


@migrate.command("reset")
@common
@click.option("-f", "--force", is_flag=True, help="Skip the confirmation prompt.")
@click.option("--skip-generate", is_flag=True, help="Skip generators (Prisma 6).")
@click.option("--skip-seed", is_flag=True, help="Skip the seed (Prisma 6).")
@pass_env
def reset(env: Env, **options) -> int:
    """Drop the database, re-apply every migration, run the seed."""
    from lamina.commands import migrate_reset

    return migrate_reset.run(env, **options)


@migrate.command("resolve")
@common
@click.option("--applied", help="Record a migration as applied.")
@click.option("--rolled-back", help="Record a failed migration as rolled back.")
@pass_env
def resolve(env: Env, **options) -> int:
    """Mark a migration as applied or rolled back."""
    from lamina.commands import migrate_resolve

    return migrate_resolve.run(env, **options)


def _side_options(fn):
    for side in ("to", "from"):
        fn = click.option(f"--{side}-local-d1", is_flag=True, hidden=True)(fn)
        fn = click.option(f"--{side}-config-datasource", is_flag=True, help="The configured database (Prisma 7).")(fn)
        fn = click.option(f"--{side}-url", help="A live database URL (Prisma 6).")(fn)
        fn = click.option(f"--{side}-migrations", help="A migrations folder, replayed on a shadow database.")(fn)
        fn = click.option(f"--{side}-schema-datasource", help="The database of a schema's datasource (Prisma 6).")(fn)
        fn = click.option(f"--{side}-schema-datamodel", help="A schema file (Prisma 6).")(fn)
        fn = click.option(f"--{side}-schema", help="A schema file or folder (Prisma 7).")(fn)
        fn = click.option(f"--{side}-empty", is_flag=True, help="An empty schema.")(fn)
    return fn


@migrate.command("diff")
@_side_options
@click.option("--shadow-database-url", help="Shadow database for --from/--to-migrations.")
@click.option("--script", is_flag=True, help="Print SQL instead of a summary.")
@click.option("--exit-code", is_flag=True, help="Exit 2 when there is a difference, 0 when none.")
@click.option("-o", "--output", "output_file", help="Write the result to a file.")
@common
@pass_env
def diff(env: Env, **options) -> int:
    """Compare two schemas (empty, schema file, migrations, live database)."""
    from lamina.commands import migrate_diff

    return migrate_diff.run(env, **options)
