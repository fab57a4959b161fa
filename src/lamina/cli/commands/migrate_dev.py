"""`lamina migrate dev` (PRISMA-COMPAT.md §1.3, §5): diagnose the history against a shadow
replay, apply what is pending, diff the replayed history to the schema, write and apply a migration."""

from __future__ import annotations

import os
from dataclasses import dataclass
from datetime import datetime, timedelta, timezone

from lamina.cli.commands_generate import run_generators
from lamina.cli.main import EXIT_CANCELLED, Env
from lamina.cli.output import migration_tree
from lamina.operations.context import (
    datasource_line, datasource_schemas, datasource_url, external_filter, external_objects, load_schema,
)
from lamina.cli.commands import migrate_down
from lamina.cli.commands.database import open_or_create
from lamina.cli.commands.dev_diagnostic import reset_reasons, reset_target
from lamina.cli.commands.dev_lint import DevLint
from lamina.cli.commands.dev_renames import (
    RenamedRowCounts, RenameFlags, check_renamed_steps, decide_renames, rename_plan, renamed_steps, rendering_dialect,
)
from lamina.cli.commands.seed import run_seed
from lamina.dialects import connected_dialect
from lamina.diffing.differ import diff_schemas
from lamina.diffing.enum_values import ENUM_VALUES_SUFFIX, split_new_enum_values
from lamina.diffing.renames import rename_header
from lamina.diffing.safety import check_steps
from lamina.diffing.script import render_script
from lamina.engine.apply import apply_migrations
from lamina.engine.tables import read_history
from lamina.engine.describe import describe_database
from lamina.engine.lock import release_migration_lock
from lamina.engine.row_counts import LiveRowCounts
from lamina.engine.shadow import refuse_shadow_in_use, shadow_database
from lamina.engine.shadow_cache import replayed_states, shadow_cache_for
from lamina.errors import KnownError
from lamina.migrations.directory import (
    check_lock_provider, list_migrations, write_lock_file, write_migration,
)
from lamina.migrations.names import migration_directory_name, slugify_migration_name
from lamina.migrations.plan import diagnose_history
from lamina.project.project import display_path
from lamina.schema.calculate import calculate_sql_schema


@dataclass
class MigrateDevNonInteractive(KnownError):
    """Data-loss warnings and no terminal to confirm them on (scripts, CI): Prisma's refusal."""

    create_only: bool = False

    def message(self) -> str:
        return ("Prisma Migrate has detected that the environment is non-interactive, which is not supported.\n\n"
                "`lamina migrate dev` is an interactive command designed to create new migrations and evolve "
                "the database in development.\nTo apply existing migrations in deployments, use lamina migrate deploy.\n"
                "See https://pris.ly/d/migrate-deploy")

    @property
    def hint(self) -> str | None:
        command = "lamina migrate dev --create-only --accept-data-loss" if self.create_only else \
            "lamina migrate dev --accept-data-loss"
        return f"Run it in a terminal to confirm, or accept the data loss warnings with `{command}`."


def _unexecutable_text(messages: list[str]) -> str:
    return "\n⚠️ We found changes that cannot be executed:\n\n" + "\n".join(f"  • {m}" for m in messages)


class UnexecutableSteps(KnownError):
    def __init__(self, messages: list[str]):
        self.messages = messages

    def message(self) -> str:
        return (_unexecutable_text(self.messages) + "\n\n"
                "You can use lamina migrate dev --create-only to create the migration file, and manually modify it "
                "to address the underlying issue(s).\nThen run lamina migrate dev to apply it and verify it works.\n")


def run(env: Env, *, schema, config, name, create_only, skip_generate, skip_seed, url, accept_data_loss,
        lint=False, safe=False, no_down=False, rename=(), rename_model=()) -> int:
    out = env.output
    loaded = load_schema(out, env.cwd, schema=schema, config=config, url=url, has_url_flag=True,
                         warn_prisma6=True)
    dev_lint = DevLint.for_project(loaded, lint=lint, safe=safe)  # lamina's --lint/--safe (docs/lint.md)
    db_url = datasource_url(loaded)
    shadow_url = datasource_url(loaded, shadow=True)
    out.line(out.dim(datasource_line(loaded, db_url)))
    provider = loaded.provider
    migrations_dir = loaded.project.migrations_dir
    check_lock_provider(migrations_dir, provider)
    namespaces = datasource_schemas(loaded)
    refuse_shadow_in_use(shadow_url, db_url)  # before anything connects: the shadow gets reset
    conn, created = open_or_create(db_url, out)
    with conn:
        dialect = connected_dialect(conn)
        local = list_migrations(migrations_dir)
        records = read_history(conn)
        diagnostic = diagnose_history(local, records or [])
        applied_names = {r.migration_name for r in records or [] if r.is_applied}
        applied_local = [m for m in local if m.name in applied_names]
        replayed = applied_local + [m for m in local if m.name not in applied_names]
        init_script = loaded.project.setting("init_shadow_db")[0]
        states = replayed_states(  # from the shadow cache when it has them (docs/fast-dev.md)
            shadow_cache_for(migrations_dir, conn, shadow_url, namespaces, init_script),
            lambda: shadow_database(db_url, shadow_url, namespaces, history=replayed), replayed, (len(applied_local), len(replayed)),
            lambda shadow: describe_database(shadow, namespaces), dialect, init_script)
        expected, history_schema = states[len(applied_local)], states[len(replayed)]
        actual = describe_database(conn, namespaces)
        external = external_objects(loaded.project)
        exclude = external_filter(external, db_url, dialect.capabilities.default_namespace)
        drift = diff_schemas(exclude(expected), exclude(actual), dialect)
        reasons = reset_reasons(diagnostic, drift, expected, actual, has_history_table=records is not None)
        if reasons:
            out.line(reasons[0] if len(reasons) == 1 else "".join(f"- {r}\n" for r in reasons))
            out.line(reset_target(db_url, namespaces))
            out.line()
            out.line("You may use lamina migrate reset to drop the development database.")
            out.line("All data will be lost.")
            return EXIT_CANCELLED

        applied_now = apply_migrations(conn, [m for m in local if m.name in diagnostic.not_in_database],
                                       external_tables=external.tables)
        if applied_now:
            out.line()
            out.line("The following migration(s) have been applied:")
            out.line()
            out.line(migration_tree(display_path(migrations_dir, env.cwd), applied_now, out))

        target = calculate_sql_schema(loaded.schema)
        # lamina: confirmed renames become RENAME statements (docs/renames.md); none → Prisma's steps
        renames = decide_renames(exclude(history_schema), exclude(target), dialect, prompter=env.prompter,
                                 flags=RenameFlags(tuple(rename), tuple(rename_model)), schema=loaded.schema)
        counts = LiveRowCounts(conn)
        before_migration = history_schema  # down.sql goes back to it, under the old names
        if renames:
            plan = rename_plan(exclude(history_schema), exclude(target), dialect, renames, loaded.schema)
            history_schema, dialect, counts = plan.before, rendering_dialect(dialect), RenamedRowCounts(counts, renames)
            steps = renamed_steps(plan, exclude(target), dialect)
        else:
            steps = diff_schemas(exclude(history_schema), exclude(target), dialect)
        live = (check_renamed_steps(steps, plan, target, dialect, counts) if renames
                else check_steps(steps, history_schema, target, dialect, counts))
        if live.unexecutable:
            out.line()
            if not create_only:
                raise UnexecutableSteps(live.numbered_unexecutable())
            out.error_line(_unexecutable_text(live.numbered_unexecutable()) + "\n")
        if live.warnings:
            out.line()
            out.line(out.yellow("⚠️  Warnings for the current datasource:"))
            out.line()
            for warning in live.warnings:
                out.line(f"  • {warning}")
            out.line()
            if not accept_data_loss and not env.prompter.interactive:
                raise MigrateDevNonInteractive(create_only)
            question = "Are you sure you want to create this migration?" if create_only else \
                "Are you sure you want to create and apply this migration?"
            if not accept_data_loss and not env.prompter.confirm(question):
                out.line()
                out.line("Migration cancelled.")
                return EXIT_CANCELLED

        if not steps and not create_only:
            if applied_now:
                out.line()
                out.line("Your database is now in sync with your schema.")
            else:
                out.line("Already in sync, no schema change or pending migration was found.")
                out.line()
            release_migration_lock(conn)  # the seed writes to the database (SQLite: the same file)
            _after(env, loaded, created, skip_generate, skip_seed)
            return 0

        if name is None and env.prompter.interactive:
            name = env.prompter.text("Enter a name for the new migration:")
        slug = slugify_migration_name(name or "")
        pure = (check_renamed_steps(steps, plan, target, dialect, None) if renames
                else check_steps(steps, history_schema, target, dialect, None))
        script = render_script(steps, dialect, pure.warnings, pure.unexecutable)
        if renames:
            script = rename_header(renames) + script
        directory = migration_directory_name(_next_timestamp(local), slug)
        split = split_new_enum_values(steps) if dialect.capabilities.native_enums and not dev_lint.safe else None
        if dev_lint.safe:  # lamina: several migrations, lock-safe (docs/lint.md)
            directory = dev_lint.write_safe_plan(migrations_dir, directory, steps, history_schema, dialect, pure,
                                                 rename_header(renames) if renames else "")
        elif split is not None:  # lamina: new enum values first, in a migration of their own (docs/postgresql.md)
            directory = _write_enum_values_first(out, migrations_dir, local, slug, split, dialect, pure)
        else:
            write_migration(migrations_dir, directory, script)
        write_lock_file(migrations_dir, provider)
        with_down = not dev_lint.safe and migrate_down.down_enabled(loaded, no_down)  # lamina: docs/rollback.md
        if with_down and create_only:
            migrate_down.write_dev_down_script(migrations_dir, directory, before_migration, target, dialect, exclude)
        if create_only:
            out.line(f"Prisma Migrate created the following migration without applying it {directory}")
            out.line()
            out.line("You can now edit it and apply it by running lamina migrate dev.")
            dev_lint.report(out, migrations_dir, env.cwd, directory)  # lamina: findings on stderr
            return 0
        created_now = apply_migrations(conn, list_migrations(migrations_dir), external_tables=external.tables)
        if with_down:  # the state after the migration as the database describes it
            migrate_down.write_dev_down_script(migrations_dir, directory, before_migration,
                                               describe_database(conn, namespaces), dialect, exclude)
    out.line()
    out.line("The following migration(s) have been created and applied from new schema changes:")
    out.line()
    out.line(migration_tree(display_path(migrations_dir, env.cwd), created_now, out))
    out.line()
    out.line(out.green("Your database is now in sync with your schema."))
    _after(env, loaded, created, skip_generate, skip_seed)
    dev_lint.report(out, migrations_dir, env.cwd, directory)  # lamina: findings on stderr
    return 0


def _write_enum_values_first(out, migrations_dir, local, slug: str, split, dialect, pure) -> str:
    """PostgreSQL cannot use an enum value in the transaction that added it: the added values
    go first, in `<timestamp>_<name>_add_enum_values`, the rest one second later. Returns the
    rest's folder."""
    adding, rest = split
    stamp = _next_timestamp(local)
    first = migration_directory_name(stamp, f"{slug}_{ENUM_VALUES_SUFFIX}" if slug else ENUM_VALUES_SUFFIX)
    directory = migration_directory_name(stamp + timedelta(seconds=1), slug)
    write_migration(migrations_dir, first, render_script(adding, dialect))
    write_migration(migrations_dir, directory, render_script(rest, dialect, pure.warnings, pure.unexecutable))
    enums = ", ".join(f"`{step.after.name}`" for step in adding)
    out.line(f"New values of the enum(s) {enums} are used in this migration, which PostgreSQL refuses in the "
             f"transaction that adds them: they are added first, in the migration {first}.")
    return directory


def _next_timestamp(local) -> datetime:
    """Now (UTC), or one second after the newest timestamped folder when that is not earlier:
    a migration created in the same second as the previous one must still sort after it."""
    now = datetime.now(timezone.utc).replace(microsecond=0)
    stamps = [m.name[:14] for m in local if len(m.name) >= 14 and m.name[:14].isdigit()]
    if stamps:
        newest = datetime.strptime(max(stamps), "%Y%m%d%H%M%S").replace(tzinfo=timezone.utc)
        if newest >= now:
            return newest + timedelta(seconds=1)
    return now


def _after(env: Env, loaded, created: bool, skip_generate: bool, skip_seed: bool) -> None:
    """Prisma 6: generators unless skipped; the seed only when the database was just created."""
    if not (skip_generate or os.environ.get("PRISMA_MIGRATE_SKIP_GENERATE")):
        run_generators(loaded, env.output, env.cwd)
    if created and not (skip_seed or os.environ.get("PRISMA_MIGRATE_SKIP_SEED")):
        run_seed(loaded, env.output)
