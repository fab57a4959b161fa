"""`lamina migrate ...`: flags of Prisma 6 and Prisma 7 alike."""

from __future__ import annotations

import click

from lamina.cli.json_output import json_option, switch_to_json
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
@click.option("--accept-data-loss", is_flag=True,
              help="Create (and apply) the migration despite data loss warnings, without asking (scripts, CI).")
@click.option("--skip-generate", is_flag=True, help="Skip generators (Prisma 6).")
@click.option("--skip-seed", is_flag=True, help="Skip the seed (Prisma 6).")
@click.option("--url", help="Database URL, overriding the configuration (Prisma 7).")
@click.option("--lint", is_flag=True, help="lamina: print lint findings on the new migration (docs/lint.md).")
@click.option("--safe", is_flag=True, help="lamina: write a lock-safe plan of several migrations (PostgreSQL).")
@click.option("--no-down", is_flag=True, help="lamina: do not write down.sql beside the new migration (docs/rollback.md).")
@click.option("--rename", multiple=True, metavar="MODEL.FIELD=NEW",
              help="lamina: the field (or enum value) was renamed; keep its data (docs/renames.md). Repeatable.")
@click.option("--rename-model", multiple=True, metavar="OLD=NEW",
              help="lamina: the model was renamed; keep its table's rows (docs/renames.md). Repeatable.")
@json_option
@pass_env
def dev(env: Env, **options) -> int:
    """Create a migration from the schema, apply it, and keep the database in sync."""
    from lamina.cli.commands import migrate_dev

    return migrate_dev.run(env, **options)


def fleet_options(fn):
    """lamina's fleet flags (docs/fleet.md), on deploy and status."""
    fn = click.option("--json", "as_json", is_flag=True,
                      help="Print one JSON document on stdout (docs/json.md); human text goes to stderr. "
                           "With --targets or --tenant-schemas, the fleet report (docs/fleet.md).")(fn)
    fn = click.option("--concurrency", type=click.IntRange(min=1), metavar="N",
                      help="lamina: how many targets at a time (default: up to 4, fewer when the server has few "
                           "free connections).")(fn)
    fn = click.option("--tenant-schemas", metavar="GLOB",
                      help="lamina: every PostgreSQL schema of the configured database matching GLOB "
                           "(e.g. 'tenant_*'), each with its own history.")(fn)
    fn = click.option("--targets", metavar="FILE", is_flag=False, flag_value="",
                      help="lamina: the databases listed in FILE (one URL per line, # comments); alone, the "
                           "`targets` list of lamina.toml or [tool.lamina].")(fn)
    return fn


def _fleet(env: Env, command: str, options: dict) -> int | None:
    """Run the fleet command when a fleet flag is given; None otherwise (the single-database command)."""
    targets, tenant_schemas = options.pop("targets"), options.pop("tenant_schemas")
    concurrency, as_json = options.pop("concurrency"), options.pop("as_json")
    if targets is None and tenant_schemas is None:
        if concurrency is not None:
            raise click.UsageError("--concurrency goes with --targets or --tenant-schemas.")
        if as_json:  # the single-database command's envelope document (docs/json.md)
            switch_to_json(click.get_current_context())
        return None
    if targets is not None and tenant_schemas is not None:
        raise click.UsageError("Use either --targets or --tenant-schemas, not both.")
    if options.get("dry_run"):
        raise click.UsageError("--dry-run deploys nothing to a fleet: run `lamina migrate status` with the same "
                               "flags to see what is pending on every target.")
    from lamina.cli.commands import migrate_fleet

    return migrate_fleet.run(env, command=command, schema=options["schema"], config=options["config"],
                             targets=targets, tenant_schemas=tenant_schemas, concurrency=concurrency,
                             as_json=as_json)


@migrate.command("deploy")
@common
@click.option("--dry-run", is_flag=True, help="List the migrations deploy would apply, in order, without changing the database.")
@fleet_options
@pass_env
def deploy(env: Env, **options) -> int:
    """Apply pending migrations (production)."""
    if (code := _fleet(env, "deploy", options)) is not None:
        return code
    from lamina.cli.commands import migrate_deploy

    return migrate_deploy.run(env, **options)


@migrate.command("status")
@common
@click.option("--list", "as_list", is_flag=True,
              help="lamina: every migration as a row: name, applied at, duration, state.")
@fleet_options
@pass_env
def status(env: Env, **options) -> int:
    """Compare the migrations folder with the database's history."""
    as_list = options.pop("as_list")
    if as_list and (options["targets"] is not None or options["tenant_schemas"] is not None):
        raise click.UsageError("--list shows one database: leave out --targets and --tenant-schemas.")
    if (code := _fleet(env, "status", options)) is not None:
        return code
    from lamina.cli.commands import migrate_status

    return migrate_status.run(env, as_list=as_list, **options)


@migrate.command("reset")
@common
@click.option("-f", "--force", is_flag=True, help="Skip the confirmation prompt.")
@click.option("--skip-generate", is_flag=True, help="Skip generators (Prisma 6).")
@click.option("--skip-seed", is_flag=True, help="Skip the seed (Prisma 6).")
@json_option
@pass_env
def reset(env: Env, **options) -> int:
    """Drop the database, re-apply every migration, run the seed."""
    from lamina.cli.commands import migrate_reset

    return migrate_reset.run(env, **options)


@migrate.command("resolve")
@common
@click.option("--applied", help="Record a migration as applied.")
@click.option("--rolled-back", help="Record a failed migration as rolled back.")
@json_option
@pass_env
def resolve(env: Env, **options) -> int:
    """Mark a migration as applied or rolled back."""
    from lamina.cli.commands import migrate_resolve

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
@json_option
@pass_env
def diff(env: Env, **options) -> int:
    """Compare two schemas (empty, schema file, migrations, live database)."""
    from lamina.cli.commands import migrate_diff

    return migrate_diff.run(env, **options)


@migrate.command("down")
@common
@click.argument("names", nargs=-1)
@click.option("--steps", type=int, help="How many applied migrations to revert, newest first (default 1).")
@click.option("--to", help="Revert every migration applied after this one (it stays applied).")
@click.option("--dry-run", is_flag=True, help="Print the SQL that would run, without changing the database.")
@click.option("--accept-data-loss", is_flag=True, help="Revert despite data loss warnings, without asking.")
@click.option("-f", "--force", is_flag=True, help="Revert even when the database has drifted from its history.")
@click.option("--write", is_flag=True, help="Write the missing down.sql files of the history (or of NAMES).")
@json_option
@pass_env
def down(env: Env, **options) -> int:
    """lamina: revert the last applied migrations with their down.sql (docs/rollback.md)."""
    from lamina.cli.commands import migrate_down

    return migrate_down.run(env, **options)


@migrate.command("squash")
@common
@click.option("--from", "from_name", help="The first migration of the range (default: the first one).")
@click.option("--to", "to_name", help="The last migration of the range (default: the last one).")
@click.option("-n", "--name", required=True, help="Name of the migration that replaces the range.")
@click.option("--url", help="The database whose history is updated (default: the configured one).")
@json_option
@pass_env
def squash(env: Env, **options) -> int:
    """lamina: replace a range of migrations by one (docs/rollback.md)."""
    from lamina.cli.commands import migrate_squash

    return migrate_squash.run_squash(env, **options)


@migrate.command("baseline")
@common
@click.option("-n", "--name", required=True, help="Name of the baseline migration.")
@click.option("--url", help="The database to baseline (default: the configured one).")
@json_option
@pass_env
def baseline(env: Env, **options) -> int:
    """lamina: write the first migration from the live database and record it as applied (docs/rollback.md)."""
    from lamina.cli.commands import migrate_squash

    return migrate_squash.run_baseline(env, **options)
