"""`lamina migrate dev` (PRISMA-COMPAT.md §1.3, §5): the work is lamina.operations.dev; this runner
prints Prisma's text as it goes, then runs the generators and (on a new database) the seed."""

from __future__ import annotations

from typing import Any

from lamina.cli.commands.database import render_connecting
from lamina.cli.commands.dev_lint import DevLint
from lamina.cli.commands.generate_and_seed import generate_and_seed
from lamina.cli.main import EXIT_CANCELLED, Env
from lamina.cli.output import Output, migration_tree
from lamina.operations.context import LoadedSchema, datasource_line, datasource_url, load_schema
from lamina.operations.database import Connecting, DatabaseCreated
from lamina.operations.dev import (
    DataLossWarnings, DevNeedsReset, DevResult, EnumValuesFirst, PendingMigrationsApplied, UnexecutableChanges, dev,
    unexecutable_text,
)
from lamina.project.project import display_path
from lamina.prompting import NoPrompter


def run(env: Env, *, schema, config, name, create_only, skip_generate, skip_seed, url, accept_data_loss,
        lint=False, safe=False, no_down=False, rename=(), rename_model=()) -> int:
    out = env.output
    loaded = load_schema(out, env.cwd, schema=schema, config=config, url=url, has_url_flag=True,
                         warn_prisma6=True)
    dev_lint = DevLint.for_project(loaded, lint=lint, safe=safe)  # lamina's --lint/--safe (docs/lint.md)
    out.line(out.dim(datasource_line(loaded, datasource_url(loaded))))
    try:
        result = dev(project=loaded, name=name, create_only=create_only, accept_data_loss=accept_data_loss,
                     renames=rename, rename_models=rename_model, no_down=no_down, safe=dev_lint.safe,
                     lock_timeout=dev_lint.settings.lock_timeout,
                     prompter=NoPrompter() if env.json is not None else env.prompter,
                     listener=lambda event: _event(env, event))
    except DevNeedsReset as stop:
        if env.json is not None:
            raise
        out.line(stop.reason_text)
        out.line(stop.target)
        out.line()
        out.line("You may use lamina migrate reset to drop the development database.")
        out.line("All data will be lost.")
        return EXIT_CANCELLED
    code = _print_result(env, loaded, result, dev_lint, skip_generate, skip_seed)
    if env.json is not None:
        env.json.result(result)
    return code


def _print_result(env: Env, loaded: LoadedSchema, result: DevResult, dev_lint: DevLint,
                  skip_generate: bool, skip_seed: bool) -> int:
    out = env.output
    migrations_dir = loaded.project.migrations_dir
    if result.cancelled:
        out.line()
        out.line("Migration cancelled.")
        return EXIT_CANCELLED
    if result.in_sync:
        if result.applied:
            out.line()
            out.line("Your database is now in sync with your schema.")
        else:
            out.line("Already in sync, no schema change or pending migration was found.")
            out.line()
        _after(env, loaded, result.database_created, skip_generate, skip_seed)
        return 0
    # Prisma names the migration folder; lamina's safe plan names each of its migrations.
    shown = ", ".join(m.name for m in result.created) if dev_lint.safe else result.created[-1].name
    if result.create_only:
        out.line(f"Prisma Migrate created the following migration without applying it {shown}")
        out.line()
        out.line("You can now edit it and apply it by running lamina migrate dev.")
        dev_lint.report(out, migrations_dir, env.cwd, shown)  # lamina: findings on stderr
        return 0
    out.line()
    out.line("The following migration(s) have been created and applied from new schema changes:")
    out.line()
    out.line(migration_tree(display_path(migrations_dir, env.cwd), [m.name for m in result.created if m.applied], out))
    out.line()
    out.line(out.green("Your database is now in sync with your schema."))
    _after(env, loaded, result.database_created, skip_generate, skip_seed)
    dev_lint.report(out, migrations_dir, env.cwd, shown)  # lamina: findings on stderr
    return 0


def _event(env: Env, event: Any) -> None:
    """The operation's progress (operations/dev.py), as Prisma's text."""
    out = env.output
    match event:
        case Connecting() | DatabaseCreated():
            render_connecting(out, event)
        case PendingMigrationsApplied(names=names, migrations_dir=migrations_dir):
            out.line()
            out.line("The following migration(s) have been applied:")
            out.line()
            out.line(migration_tree(display_path(migrations_dir, env.cwd), list(names), out))
        case UnexecutableChanges(messages=messages, create_only=create_only):
            out.line()
            if create_only:
                out.error_line(unexecutable_text(messages) + "\n")
        case DataLossWarnings(warnings=warnings):
            _print_warnings(out, warnings)
        case EnumValuesFirst(enums=enums, migration=first):
            names = ", ".join(f"`{enum}`" for enum in enums)
            out.line(f"New values of the enum(s) {names} are used in this migration, which PostgreSQL refuses in the "
                     f"transaction that adds them: they are added first, in the migration {first}.")


def _print_warnings(out: Output, warnings: tuple[str, ...]) -> None:
    out.line()
    out.line(out.yellow("⚠️  Warnings for the current datasource:"))
    out.line()
    for warning in warnings:
        out.line(f"  • {warning}")
    out.line()


def _after(env: Env, loaded: LoadedSchema, created: bool, skip_generate: bool, skip_seed: bool) -> None:
    """Prisma 6: generators unless skipped; the seed only when the database was just created."""
    generate_and_seed(env, loaded, skip_generate=skip_generate, seed=created and not skip_seed)
