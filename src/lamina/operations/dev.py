"""dev: diagnose the history against a shadow replay, apply what is pending, diff the replayed
history to the schema, write a migration and apply it (PRISMA-COMPAT.md §1.3, §5).

Questions (renames, data loss, the migration's name) go to the `prompter`; without one, dev
takes the non-interactive path: the flags' answers or MigrateDevNonInteractive. A database that
must be reset first is DevNeedsReset. Progress comes as events (operations/events.py). Generators
and the seed are not run here."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from lamina.dialects import connected_dialect
from lamina.diffing.differ import diff_schemas
from lamina.diffing.enum_values import split_new_enum_values
from lamina.diffing.renames import describe_rename, rename_header
from lamina.diffing.safety import RowCounts, check_steps
from lamina.diffing.script import render_script
from lamina.diffing.steps import AlterEnum
from lamina.engine.apply import apply_migrations
from lamina.engine.describe import describe_database, described_meanwhile
from lamina.engine.lock import release_migration_lock
from lamina.engine.row_counts import LiveRowCounts
from lamina.engine.shadow import refuse_shadow_in_use, shadow_database
from lamina.engine.shadow_cache import replayed_states, shadow_cache_for
from lamina.engine.tables import read_history
from lamina.errors import KnownError, UsageError
from lamina.migrations.directory import (
    check_lock_provider, list_migrations, listed_with, write_lock_file, write_migration,
)
from lamina.migrations.names import migration_directory_name, slugify_migration_name
from lamina.migrations.plan import diagnose_history
from lamina.operations.context import (
    LoadedSchema, datasource_schemas, datasource_url, external_filter, external_objects,
)
from lamina.operations.database import open_or_create
from lamina.operations.dev_diagnostic import reset_reasons, reset_target
from lamina.operations.dev_files import (
    described_after, down_enabled, next_timestamp, state_after, write_dev_down_script, write_enum_values_first,
    write_safe_plan,
)
from lamina.operations.dev_renames import (
    RenamedRowCounts, RenameFlags, check_renamed_steps, decide_renames, rename_plan, renamed_steps, rendering_dialect,
)
from lamina.operations.events import Listener, emit
from lamina.operations.lint_settings import DEFAULT_LOCK_TIMEOUT
from lamina.operations.project import PathLike, resolve_project
from lamina.prompting import NoPrompter, Prompter
from lamina.schema.calculate import calculate_sql_schema


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


def unexecutable_text(messages: Sequence[str]) -> str:
    return "\n⚠️ We found changes that cannot be executed:\n\n" + "\n".join(f"  • {m}" for m in messages)


class UnexecutableSteps(KnownError):
    messages: list[str]

    def message(self) -> str:
        return (unexecutable_text(self.messages) + "\n\n"
                "You can use lamina migrate dev --create-only to create the migration file, and manually modify it "
                "to address the underlying issue(s).\nThen run lamina migrate dev to apply it and verify it works.\n")


class DevNeedsReset(KnownError):
    """The history failed, was edited, diverges, or the database drifted from it: dev stops and
    the database must be reset (`migrate reset`). Exits 130, as Prisma's CLI does."""

    exit_code = 130
    reasons: tuple[str, ...]
    target: str  # `We need to reset the "public" schema at "host:port"`

    def message(self) -> str:
        return "\n".join([self.reason_text, self.target, "",
                          "You may use lamina migrate reset to drop the development database.",
                          "All data will be lost."])

    @property
    def reason_text(self) -> str:
        reasons = self.reasons
        return reasons[0] if len(reasons) == 1 else "".join(f"- {r}\n" for r in reasons)


@dataclass(frozen=True)
class WrittenMigration:
    name: str  # the folder's name
    path: Path  # the folder
    sql: str  # its migration.sql
    applied: bool  # applied by this run (False with create_only)
    down_sql: str | None = None  # the down.sql written beside it


@dataclass(frozen=True)
class DevResult:
    applied: tuple[str, ...]  # pending folder migrations applied before the schema was diffed
    created: tuple[WrittenMigration, ...]  # migrations written from schema changes, in order
    warnings: tuple[str, ...]  # data-loss warnings on the changes (accepted)
    unexecutable: tuple[str, ...]  # changes that cannot run as written (create_only)
    database_created: bool
    create_only: bool
    cancelled: bool = False  # the prompter said no to the data-loss question
    in_sync: bool = False  # no schema change: nothing was written
    migrations_dir: Path | None = None
    renames: tuple[str, ...] = ()  # the confirmed renames, as the migration's `-- Rename:` lines say them


# --- progress events, in the order they come (besides Connecting, DatabaseCreated) -------------


@dataclass(frozen=True)
class PendingMigrationsApplied:
    """Folder migrations the database had not run, applied before the schema is diffed."""

    names: tuple[str, ...]
    migrations_dir: Path


@dataclass(frozen=True)
class UnexecutableChanges:
    """Before UnexecutableSteps is raised, or (create_only) before the migration is written."""

    messages: tuple[str, ...]
    create_only: bool


@dataclass(frozen=True)
class DataLossWarnings:
    """Before the data-loss question (or MigrateDevNonInteractive)."""

    warnings: tuple[str, ...]


@dataclass(frozen=True)
class EnumValuesFirst:
    """New enum values are written first, in a migration of their own (PostgreSQL)."""

    enums: tuple[str, ...]
    migration: str


def dev(*, name: str | None = None, create_only: bool = False, accept_data_loss: bool = False,
        renames: Sequence[str] = (), rename_models: Sequence[str] = (), no_down: bool = False,
        safe: bool = False, lock_timeout: str = DEFAULT_LOCK_TIMEOUT,
        project: PathLike | LoadedSchema | None = None, schema: PathLike | None = None,
        config: PathLike | None = None, url: str | None = None, shadow_database_url: str | None = None,
        cwd: PathLike | None = None, prompter: Prompter | None = None,
        listener: Listener | None = None) -> DevResult:
    """`renames` / `rename_models`: `--rename Model.field=newField`, `--rename-model Old=New`.
    `safe`: a lock-safe plan of several migrations (PostgreSQL). Raises DevNeedsReset,
    UnexecutableSteps, MigrateDevNonInteractive (data-loss warnings, no `accept_data_loss`, no
    interactive prompter), and the errors of the shadow database and of the migrations."""
    loaded = resolve_project(project=project, schema=schema, config=config, url=url, cwd=cwd,
                             shadow_database_url=shadow_database_url, has_url_flag=True)
    if safe and loaded.provider != "postgresql":
        raise UsageError(f"`migrate dev --safe` works on PostgreSQL migrations only; this schema's provider "
                         f"is `{loaded.provider}`.")
    ask = prompter if prompter is not None else NoPrompter()
    db_url = datasource_url(loaded)
    assert db_url is not None
    shadow_url = datasource_url(loaded, shadow=True)
    provider = loaded.provider
    migrations_dir = loaded.project.migrations_dir
    check_lock_provider(migrations_dir, provider)
    namespaces = datasource_schemas(loaded)
    refuse_shadow_in_use(shadow_url, db_url)  # before anything connects: the shadow gets reset
    conn, created = open_or_create(db_url, listener)
    with conn:
        dialect = connected_dialect(conn)
        records = read_history(conn)
        init_script = loaded.project.setting("init_shadow_db")[0]
        cache = shadow_cache_for(migrations_dir, conn, shadow_url, namespaces, init_script)
        with described_meanwhile(conn, namespaces) as described:  # the database's own state, for drift
            local = list_migrations(migrations_dir)
            diagnostic = diagnose_history(local, records or [])
            applied_names = {r.migration_name for r in records or [] if r.is_applied}
            applied_local = [m for m in local if m.name in applied_names]
            replayed = applied_local + [m for m in local if m.name not in applied_names]
            states = replayed_states(  # from the shadow cache when it has them (docs/fast-dev.md)
                cache, lambda: shadow_database(db_url, shadow_url, namespaces, history=replayed), replayed,
                (len(applied_local), len(replayed)),
                lambda shadow: describe_database(shadow, namespaces), dialect, init_script)
            expected, history_schema = states[len(applied_local)], states[len(replayed)]
            actual = described()
        external = external_objects(loaded.project)
        exclude = external_filter(external, db_url, dialect.capabilities.default_namespace)
        drift = diff_schemas(exclude(expected), exclude(actual), dialect)
        reasons = reset_reasons(diagnostic, drift, expected, actual, has_history_table=records is not None)
        if reasons:
            raise DevNeedsReset(tuple(reasons), reset_target(db_url, namespaces))

        applied_now = apply_migrations(conn, [m for m in local if m.name in diagnostic.not_in_database],
                                       external_tables=external.tables)
        if applied_now:
            emit(listener, PendingMigrationsApplied(tuple(applied_now), migrations_dir))

        target = calculate_sql_schema(loaded.schema)
        # lamina: confirmed renames become RENAME statements (docs/renames.md); none → Prisma's steps
        confirmed = decide_renames(exclude(history_schema), exclude(target), dialect, prompter=ask,
                                   flags=RenameFlags(tuple(renames), tuple(rename_models)), schema=loaded.schema)
        counts: RowCounts = LiveRowCounts(conn)
        before_migration = history_schema  # down.sql goes back to it, under the old names
        if confirmed:
            plan = rename_plan(exclude(history_schema), exclude(target), dialect, confirmed, loaded.schema)
            history_schema, dialect, counts = plan.before, rendering_dialect(dialect), RenamedRowCounts(counts, confirmed)
            steps = renamed_steps(plan, exclude(target), dialect)
        else:
            steps = diff_schemas(exclude(history_schema), exclude(target), dialect)
        live = (check_renamed_steps(steps, plan, target, dialect, counts) if confirmed
                else check_steps(steps, history_schema, target, dialect, counts))
        if live.unexecutable:
            emit(listener, UnexecutableChanges(tuple(live.numbered_unexecutable()), create_only))
            if not create_only:
                raise UnexecutableSteps(live.numbered_unexecutable())
        if live.warnings:
            emit(listener, DataLossWarnings(tuple(live.warnings)))
            if not accept_data_loss and not ask.interactive:
                raise MigrateDevNonInteractive(create_only)
            question = "Are you sure you want to create this migration?" if create_only else \
                "Are you sure you want to create and apply this migration?"
            if not accept_data_loss and not ask.confirm(question):
                return DevResult(tuple(applied_now), (), tuple(live.warnings), tuple(live.numbered_unexecutable()),
                                 created, create_only, cancelled=True, migrations_dir=migrations_dir)

        if not steps and not create_only:
            release_migration_lock(conn)  # the seed writes to the database (SQLite: the same file)
            return DevResult(tuple(applied_now), (), (), (), created, create_only, in_sync=True,
                             migrations_dir=migrations_dir)

        if name is None and ask.interactive:
            name = ask.text("Enter a name for the new migration:")
        slug = slugify_migration_name(name or "")
        pure = (check_renamed_steps(steps, plan, target, dialect, None) if confirmed
                else check_steps(steps, history_schema, target, dialect, None))
        script = render_script(steps, dialect, pure.warnings, pure.unexecutable)
        if confirmed:
            script = rename_header(confirmed) + script
        directory = migration_directory_name(next_timestamp(local), slug)
        split = split_new_enum_values(steps) if dialect.capabilities.native_enums and not safe else None
        if safe:  # lamina: several migrations, lock-safe (docs/lint.md)
            written = write_safe_plan(migrations_dir, directory, steps, history_schema, dialect, pure,
                                      lock_timeout=lock_timeout, header=rename_header(confirmed) if confirmed else "")
        elif split is not None:  # lamina: new enum values first, in a migration of their own (docs/postgresql.md)
            first, directory = write_enum_values_first(migrations_dir, local, slug, split, dialect, pure)
            emit(listener, EnumValuesFirst(tuple(s.after.name for s in split[0] if isinstance(s, AlterEnum)), first))
            written = [first, directory]
        else:
            write_migration(migrations_dir, directory, script)
            written = [directory]
        write_lock_file(migrations_dir, provider)
        with_down = not safe and down_enabled(loaded, no_down)  # lamina: docs/rollback.md
        if with_down and create_only:
            write_dev_down_script(migrations_dir, directory, before_migration, state_after(before_migration, target),
                                  dialect, exclude, confirmed)
        created_now: list[str] = []
        if not create_only:
            created_now = apply_migrations(conn, listed_with(local, migrations_dir, written),
                                           external_tables=external.tables)
            if with_down:  # the state after the migration as the database describes it
                known = actual if not applied_now and not confirmed and len(written) == 1 else None
                write_dev_down_script(migrations_dir, directory, before_migration,
                                      described_after(conn, namespaces, known, steps), dialect, exclude, confirmed)
    return DevResult(tuple(applied_now), tuple(_written(migrations_dir, written, created_now)), tuple(live.warnings),
                     tuple(live.numbered_unexecutable()), created, create_only, migrations_dir=migrations_dir,
                     renames=tuple(describe_rename(r) for r in confirmed))


def _written(migrations_dir: Path, names: list[str], applied: list[str]) -> list[WrittenMigration]:
    found = []
    for folder in names:
        path = migrations_dir / folder
        down = path / "down.sql"
        found.append(WrittenMigration(folder, path, (path / "migration.sql").read_text(encoding="utf-8"),
                                      folder in applied,
                                      down.read_text(encoding="utf-8") if down.is_file() else None))
    return found
