"""`lamina migrate dev` (PRISMA-COMPAT.md §1.3, §5): diagnose the history against a shadow
replay, apply what is pending, diff the replayed history to the schema, write and apply a migration."""

from __future__ import annotations

import os
from datetime import datetime, timedelta, timezone

from lamina.cli.main import EXIT_CANCELLED, Env
from lamina.cli.output import migration_tree
from lamina.commands.context import datasource_line, datasource_url, load_schema
from lamina.commands.database import open_or_create
from lamina.commands.dev_diagnostic import reset_reasons, reset_target
from lamina.commands.seed import run_seed, say_generators_skipped
from lamina.dialects import connected_dialect
from lamina.diff.differ import diff_schemas
from lamina.diff.safety import check_steps
from lamina.diff.script import render_script
from lamina.engine.apply import apply_migrations
from lamina.engine.tables import read_history
from lamina.engine.describe import describe_database
from lamina.engine.row_counts import LiveRowCounts
from lamina.engine.shadow import replay_migrations, shadow_database
from lamina.errors import KnownError
from lamina.migrations.directory import (
    check_lock_provider, list_migrations, write_lock_file, write_migration,
)
from lamina.migrations.names import migration_directory_name, slugify_migration_name
from lamina.migrations.plan import diagnose_history
from lamina.project.project import display_path
from lamina.schema.calculate import calculate_sql_schema


class MigrateDevNonInteractive(KnownError):
    def message(self) -> str:
        return ("Prisma Migrate has detected that the environment is non-interactive, which is not supported.\n\n"
                "`prisma migrate dev` is an interactive command designed to create new migrations and evolve "
                "the database in development.\nTo apply existing migrations in deployments, use prisma migrate deploy.\n"
                "See https://www.prisma.io/docs/reference/api-reference/command-reference#migrate-deploy")

    @property
    def hint(self) -> str | None:
        return "Run it in a terminal to confirm, or use `lamina migrate dev --create-only` and review the file."


class UnexecutableSteps(KnownError):
    def __init__(self, messages: list[str]):
        self.messages = messages

    def message(self) -> str:
        steps = "\n".join(f"  • {m}" for m in self.messages)
        return ("\n⚠️ We found changes that cannot be executed:\n\n" + steps + "\n\n"
                "You can use prisma migrate dev --create-only to create the migration file, and manually modify it "
                "to address the underlying issue(s).\nThen run prisma migrate dev to apply it and verify it works.\n")


def run(env: Env, *, schema, config, name, create_only, skip_generate, skip_seed, url) -> int:
    out = env.output
    loaded = load_schema(out, env.cwd, schema=schema, config=config, url=url)
    db_url = datasource_url(loaded)
    shadow_url = datasource_url(loaded, shadow=True)
    out.line(out.dim(datasource_line(loaded, db_url)))
    provider = loaded.provider
    migrations_dir = loaded.project.migrations_dir
    check_lock_provider(migrations_dir, provider)
    namespaces = tuple(loaded.schema.datasource.schemas) if loaded.schema.datasource else ()
    conn, created = open_or_create(db_url, out)
    with conn:
        dialect = connected_dialect(conn)
        local = list_migrations(migrations_dir)
        records = read_history(conn)
        diagnostic = diagnose_history(local, records or [])
        applied_names = {r.migration_name for r in records or [] if r.is_applied}
        applied_local = [m for m in local if m.name in applied_names]
        with shadow_database(db_url, shadow_url) as shadow:
            replay_migrations(shadow, applied_local)
            expected = describe_database(shadow, namespaces)
            rest = [m for m in local if m.name not in applied_names]
            replay_migrations(shadow, rest)
            history_schema = describe_database(shadow, namespaces) if rest else expected
        actual = describe_database(conn, namespaces)
        drift = diff_schemas(expected, actual, dialect)
        reasons = reset_reasons(diagnostic, drift, expected, actual, has_history_table=records is not None)
        if reasons:
            out.line(reasons[0] if len(reasons) == 1 else "".join(f"- {r}\n" for r in reasons))
            out.line(reset_target(db_url, namespaces))
            out.line()
            out.line("You may use prisma migrate reset to drop the development database.")
            out.line("All data will be lost.")
            return EXIT_CANCELLED

        applied_now = apply_migrations(conn, [m for m in local if m.name in diagnostic.not_in_database])
        if applied_now:
            out.line()
            out.line("The following migration(s) have been applied:")
            out.line()
            out.line(migration_tree(display_path(migrations_dir, env.cwd), applied_now, out))

        target = calculate_sql_schema(loaded.schema)
        steps = diff_schemas(history_schema, target, dialect)
        live = check_steps(steps, history_schema, target, dialect, LiveRowCounts(conn))
        if live.unexecutable and not create_only:
            raise UnexecutableSteps(live.numbered_unexecutable())
        if live.unexecutable:
            env.output.error_line("\n".join(f"  • {m}" for m in live.numbered_unexecutable()))
        if live.warnings:
            out.line()
            out.line(out.yellow("⚠️  Warnings for the current datasource:"))
            out.line()
            for warning in live.warnings:
                out.line(f"  • {warning}")
            out.line()
            if not env.prompter.interactive:
                raise MigrateDevNonInteractive()
            question = "Are you sure you want to create this migration?" if create_only else \
                "Are you sure you want to create and apply this migration?"
            if not env.prompter.confirm(question):
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
            _after(env, loaded, created, skip_generate, skip_seed)
            return 0

        if name is None and env.prompter.interactive:
            name = env.prompter.text("Enter a name for the new migration:")
        slug = slugify_migration_name(name or "")
        pure = check_steps(steps, history_schema, target, dialect, None)
        script = render_script(steps, dialect, pure.warnings, pure.unexecutable)
        directory = migration_directory_name(_next_timestamp(local), slug)
        write_migration(migrations_dir, directory, script)
        write_lock_file(migrations_dir, provider)
        if create_only:
            out.line(f"Prisma Migrate created the following migration without applying it {directory}")
            out.line()
            out.line("You can now edit it and apply it by running prisma migrate dev.")
            return 0
        created_now = apply_migrations(conn, list_migrations(migrations_dir))
    out.line()
    out.line("The following migration(s) have been created and applied from new schema changes:")
    out.line()
    out.line(migration_tree(display_path(migrations_dir, env.cwd), created_now, out))
    out.line()
    out.line(out.green("Your database is now in sync with your schema."))
    _after(env, loaded, created, skip_generate, skip_seed)
    return 0


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
        say_generators_skipped(loaded, env.output)
    if created and not (skip_seed or os.environ.get("PRISMA_MIGRATE_SKIP_SEED")):
        run_seed(loaded, env.output)
