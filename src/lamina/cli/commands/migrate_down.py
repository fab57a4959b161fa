"""`lamina migrate down` (docs/rollback.md): revert the last applied migrations, newest first, each
`down.sql` in one transaction with its row's `rolled_back_at`; and `migrate down --write`, which
writes the missing `down.sql` files of an existing history.

Before anything runs, the history is replayed on a shadow database and the live database is
compared with the replayed state (the drift check of `migrate dev`); the states around each
migration give the reverse of a migration without `down.sql` and the data-loss warnings.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass

from lamina.cli.main import EXIT_CANCELLED, Env
from lamina.cli.output import Output
from lamina.operations.context import (
    LoadedSchema, datasource_line, datasource_schemas, datasource_url, external_filter, external_objects,
    load_schema,
)
from lamina.cli.commands.database import open_existing
from lamina.dialects import DIALECTS, connected_dialect
from lamina.dialects.base import Dialect
from lamina.diffing.differ import diff_schemas
from lamina.diffing.summary import summarize
from lamina.engine.connection import Connection
from lamina.engine.describe import describe_database, describe_objects
from lamina.engine.lock import acquire_migration_lock
from lamina.engine.revert import revert_migration
from lamina.engine.row_counts import LiveRowCounts
from lamina.engine.shadow import init_shadow_database, replay_migrations, shadow_database
from lamina.engine.tables import read_history
from lamina.engine.urls import DatabaseUrl
from lamina.errors import KnownError, UsageError
from lamina.migrations.directory import LocalMigration, check_lock_provider, list_migrations
from lamina.migrations.down import (
    DOWN_FILE_NAME, compute_down_script, down_path, live_down_checks, read_down_script, uncompared_note,
    uncompared_statements, write_down_script,
)
from lamina.migrations.history import MigrationRecord
from lamina.migrations.plan import raise_on_failed_migrations
from lamina.schema.model import SqlSchema


# --- errors ----------------------------------------------------------------------------------------


@dataclass
class NoMigrationApplied(KnownError):
    def message(self) -> str:
        return "No migration is applied on this database: there is nothing to revert."


@dataclass
class MigrationFolderMissing(KnownError):
    migration_name: str

    def message(self) -> str:
        return (f"The migration `{self.migration_name}` is applied on the database, but its folder is missing "
                "from prisma/migrations: lamina cannot replay the history to check the database or revert it.")

    @property
    def hint(self) -> str | None:
        return "Restore the folder (e.g. from version control) and run the command again."


@dataclass
class MigrationNotApplied(KnownError):
    migration_name: str
    is_local: bool

    def message(self) -> str:
        if not self.is_local:
            return f"There is no migration `{self.migration_name}` in prisma/migrations nor in the database's history."
        return (f"The migration `{self.migration_name}` is not applied on this database: `--to` names the "
                "applied migration that stays the newest one.")


@dataclass
class TooManySteps(KnownError):
    steps: int
    applied: int

    def message(self) -> str:
        return (f"Cannot revert {self.steps} migrations: only {self.applied} "
                f"{'is' if self.applied == 1 else 'are'} applied on this database.")


@dataclass
class DriftBeforeDown(KnownError):
    summary: str

    def message(self) -> str:
        return ("The database is not in the state its migration history says: it has drifted.\n\n"
                f"[*] Changes from the migration history to the database:\n{self.summary}")

    @property
    def hint(self) -> str | None:
        return ("Reverting a drifted database may fail or lose data in unexpected ways. Fix the drift, or run "
                "again with `--force` to revert anyway.")


@dataclass
class DownNeedsConfirmation(KnownError):
    def message(self) -> str:
        return "Reverting these migrations loses data, and there is no terminal to confirm it on."

    @property
    def hint(self) -> str | None:
        return "Run it in a terminal to confirm, or accept the data loss with `lamina migrate down --accept-data-loss`."


@dataclass
class UnknownMigrationNames(KnownError):
    names: tuple[str, ...]

    def message(self) -> str:
        listed = ", ".join(f"`{n}`" for n in self.names)
        return f"No migration named {listed} in prisma/migrations."


# --- the history, replayed ---------------------------------------------------------------------------


def replay_states(shadow: Connection, migrations: Sequence[LocalMigration], wanted: set[int],
                  namespaces: tuple[str, ...], objects: dict[int, object] | None = None) -> dict[int, SqlSchema]:
    """Replay `migrations` in order on an empty shadow database; state `i` is the schema before
    migration `i` (state `len(migrations)`: after all of them), described for each index in `wanted`.
    `objects`, when given, receives for the same indexes the database's functions, triggers,
    constraints and undescribed indexes (`describe_objects`), which only down.sql uses."""
    states: dict[int, SqlSchema] = {}
    last = max(wanted, default=0)
    for index in range(last + 1):
        if index in wanted:
            states[index] = describe_database(shadow, namespaces)
            if objects is not None:
                objects[index] = describe_objects(shadow, namespaces)
        if index < last:
            replay_migrations(shadow, [migrations[index]])
    return states


def _open_shadow(loaded: LoadedSchema, url: DatabaseUrl, namespaces: tuple[str, ...]):
    return shadow_database(url, datasource_url(loaded, shadow=True), namespaces)


# --- migrate down ------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Reversal:
    migration: LocalMigration
    row_ids: tuple[str, ...]
    script: str
    is_computed: bool  # no down.sql: computed from the replayed states
    before: SqlSchema
    after: SqlSchema


def run(env: Env, *, schema: str | None, config: str | None, steps: int | None, to: str | None,
        dry_run: bool, accept_data_loss: bool, force: bool, write: bool, names: tuple[str, ...]) -> int:
    out = env.output
    loaded = load_schema(out, env.cwd, schema=schema, config=config, config_only=True)
    url = datasource_url(loaded)
    out.line(out.dim(datasource_line(loaded, url)))
    migrations_dir = loaded.project.migrations_dir
    check_lock_provider(migrations_dir, loaded.provider)
    if write:
        if steps is not None or to is not None or accept_data_loss or force:
            raise UsageError("`migrate down --write` takes only migration names: it writes files and reverts nothing.")
        return write_missing_down_scripts(env, loaded, url, names, dry_run=dry_run)
    if names:
        raise UsageError("Migration names are for `migrate down --write`; to revert, use `--steps N` or `--to NAME`.")
    if steps is not None and to is not None:
        raise UsageError("Use either `--steps` or `--to`, not both.")
    if steps is not None and steps < 1:
        raise UsageError("`--steps` must be at least 1.")

    namespaces = datasource_schemas(loaded)
    local = list_migrations(migrations_dir)
    out.line()
    with open_existing(url) as conn:
        if not dry_run:
            acquire_migration_lock(conn)
        records = read_history(conn) or []
        raise_on_failed_migrations(records)
        applied = _applied_migrations(local, records)
        targets = _targets(applied, local, records, steps=steps or 1, to=to)
        dialect = connected_dialect(conn)
        exclude = external_filter(external_objects(loaded.project), url, dialect.capabilities.default_namespace)
        first = len(applied) - len(targets)
        objects: dict[int, object] = {}
        with _open_shadow(loaded, url, namespaces) as shadow:
            init_shadow_database(shadow, loaded.project.setting("init_shadow_db")[0])
            states = replay_states(shadow, [m for m, _ in applied], set(range(first, len(applied) + 1)), namespaces,
                                   objects)
        states = {index: exclude(state) for index, state in states.items()}
        actual = exclude(describe_database(conn, namespaces))
        drift = diff_schemas(states[len(applied)], actual, dialect)
        if drift:
            if not force:
                raise DriftBeforeDown(summarize(drift, states[len(applied)], actual).rstrip("\n"))
            out.line(out.yellow("The database has drifted from its migration history; reverting anyway (--force)."))
            out.line()
        reversals = [_reversal(applied[index], states[index], states[index + 1], dialect,
                               objects.get(index), objects.get(index + 1))
                     for index in reversed(range(first, len(applied)))]
        _print_plan(out, reversals, conn.provider)
        if not reversals:
            return 0
        if dry_run:
            _print_dry_run(out, reversals)
            return 0
        if not _confirm_data_loss(env, reversals, dialect, LiveRowCounts(conn), accept_data_loss):
            out.line()
            out.line("Rollback cancelled.")
            return EXIT_CANCELLED
        for reversal in reversals:
            revert_migration(conn, reversal.migration.name, reversal.script, reversal.row_ids)
    out.line("The following migration(s) have been rolled back:")
    out.line()
    out.line(_down_tree([r.migration.name for r in reversals], out))
    out.line()
    remaining = applied[:first]
    if remaining:
        out.line(out.green(f"The database is now at migration `{remaining[-1][0].name}`."))
    else:
        out.line(out.green("No migration is applied on the database now."))
    return 0


def _applied_migrations(local: list[LocalMigration], records: list[MigrationRecord]
                        ) -> list[tuple[LocalMigration, tuple[str, ...]]]:
    """The applied migrations in folder order, each with the ids of its applied rows."""
    rows: dict[str, list[str]] = {}
    for record in records:
        if record.is_applied:
            rows.setdefault(record.migration_name, []).append(record.id)
    local_names = {m.name for m in local}
    for name in rows:
        if name not in local_names:
            raise MigrationFolderMissing(name)
    return [(m, tuple(rows[m.name])) for m in local if m.name in rows]


def _targets(applied, local, records, *, steps: int, to: str | None):
    if not applied:
        raise NoMigrationApplied()
    if to is not None:
        names = [m.name for m, _ in applied]
        if to not in names:
            known = {m.name for m in local} | {r.migration_name for r in records}
            raise MigrationNotApplied(to, is_local=to in known)
        return applied[names.index(to) + 1:]
    if steps > len(applied):
        raise TooManySteps(steps, len(applied))
    return applied[len(applied) - steps:]


def _reversal(entry, before: SqlSchema, after: SqlSchema, dialect: Dialect, objects_before=None,
              objects_after=None) -> Reversal:
    migration, row_ids = entry
    script = read_down_script(migration)
    is_computed = script is None
    if script is None:
        with_objects = objects_before is not None and objects_after is not None
        notes = uncompared_note(uncompared_statements(dialect.name, migration.script or "", with_objects=with_objects))
        script = notes + compute_down_script(before, after, dialect, objects_before, objects_after).script
    return Reversal(migration, row_ids, script, is_computed, before, after)


def _print_plan(out: Output, reversals: list[Reversal], provider: str) -> None:
    if not reversals:
        out.line("No migration is applied after that one: there is nothing to revert.")
        return
    out.line(f"Reverting {len(reversals)} migration{'s' if len(reversals) != 1 else ''}, newest first:")
    for reversal in reversals:
        how = "computed, no down.sql" if reversal.is_computed else DOWN_FILE_NAME
        out.line(f"  {reversal.migration.name} ({how})")
    if provider == "mysql":
        out.line()
        out.line("MySQL has no transactional DDL: each down script runs statement by statement, and a failure "
                 "leaves the statements before it applied.")
    for reversal in reversals:
        if reversal.is_computed:
            out.line()
            out.line(f"The migration `{reversal.migration.name}` has no down.sql; this reverse was computed from "
                     "the migration history:")
            out.line()
            out.line(reversal.script.rstrip("\n"))
    out.line()


def _print_dry_run(out: Output, reversals: list[Reversal]) -> None:
    for reversal in reversals:
        if reversal.is_computed:
            continue
        out.line(f"-- {reversal.migration.name}/{DOWN_FILE_NAME}")
        out.line(reversal.script.rstrip("\n"))
        out.line()
    out.line("Dry run: the database was not changed.")


def _confirm_data_loss(env: Env, reversals: list[Reversal], dialect: Dialect, counts: LiveRowCounts,
                       accept_data_loss: bool) -> bool:
    """Prisma's warnings with the live row counts (a count of 0 says nothing), then a yes."""
    out = env.output
    messages: list[str] = []
    for reversal in reversals:
        checks = live_down_checks(reversal.before, reversal.after, dialect, counts)
        messages += checks.warnings + checks.unexecutable
    if not messages:
        return True
    out.line(out.yellow("⚠️  Warnings for the current datasource:"))
    out.line()
    for message in messages:
        out.line(f"  • {message}")
    out.line()
    if accept_data_loss:
        return True
    if not env.prompter.interactive:
        raise DownNeedsConfirmation()
    return env.prompter.confirm("Are you sure you want to revert these migrations?")


def _down_tree(names: list[str], out: Output) -> str:
    lines = ["migrations/"]
    for name in names:
        stamp, sep, rest = name.partition("_")
        lines.append(f"  └─ {stamp + sep + out.style(rest, '1;36') if sep else name}/")
        lines.append(f"    └─ {DOWN_FILE_NAME}")
    return "\n".join(lines)


# --- migrate down --write ----------------------------------------------------------------------------


def write_missing_down_scripts(env: Env, loaded: LoadedSchema, url: DatabaseUrl, names: tuple[str, ...], *,
                               dry_run: bool = False) -> int:
    """Replay the history on a shadow database and write `down.sql` for every migration (or the named
    ones) that has none; existing files are never replaced."""
    out = env.output
    local = list_migrations(loaded.project.migrations_dir)
    unknown = tuple(n for n in names if n not in {m.name for m in local})
    if unknown:
        raise UnknownMigrationNames(unknown)
    chosen = [i for i, m in enumerate(local) if (not names or m.name in names)]
    missing = [i for i in chosen if not down_path(local[i]).exists()]
    out.line()
    if not missing:
        out.line("Every migration has a down.sql already: nothing to write.")
        return 0
    dialect = DIALECTS[url.provider]
    namespaces = datasource_schemas(loaded)
    wanted = {i for i in missing} | {i + 1 for i in missing}
    objects: dict[int, object] = {}
    with _open_shadow(loaded, url, namespaces) as shadow:
        init_shadow_database(shadow, loaded.project.setting("init_shadow_db")[0])
        dialect = connected_dialect(shadow)
        states = replay_states(shadow, local, wanted, namespaces, objects)
    exclude = external_filter(external_objects(loaded.project), url, dialect.capabilities.default_namespace)
    written: list[str] = []
    losing: list[str] = []
    for index in missing:
        before_objects, after_objects = objects.get(index), objects.get(index + 1)
        down = compute_down_script(exclude(states[index]), exclude(states[index + 1]), dialect,
                                   before_objects, after_objects)
        with_objects = before_objects is not None and after_objects is not None
        script = uncompared_note(uncompared_statements(url.provider, local[index].script or "",
                                                       with_objects=with_objects)) + down.script
        if dry_run:
            out.line(f"-- {local[index].name}/{DOWN_FILE_NAME}")
            out.line(script.rstrip("\n"))
            out.line()
        elif not write_down_script(local[index].path, script):
            continue
        written.append(local[index].name)
        if down.loses_data:
            losing.append(local[index].name)
    verb = "would be written" if dry_run else "written"
    out.line(f"down.sql {verb} for {len(written)} migration{'s' if len(written) != 1 else ''}"
             f" ({len(chosen) - len(missing)} already had one).")
    if losing:
        out.line(f"{len(losing)} of them lose data when run (see the warnings at the top of each):")
        for name in losing:
            out.line(f"  {name}")
    return 0


# --- migrate dev --------------------------------------------------------------------------------------


def down_enabled(loaded: LoadedSchema, no_down: bool) -> bool:
    """`migrate dev` writes down.sql unless `--no-down` or `[migrations] down = false` in lamina.toml."""
    if no_down:
        return False
    configured, _ = loaded.project.setting("migrations_down")
    return configured is not False


def write_dev_down_script(migrations_dir, directory: str, before: SqlSchema, after: SqlSchema,
                          dialect: Dialect, exclude: Callable[[SqlSchema], SqlSchema]) -> None:
    """The down.sql of the migration `migrate dev` just wrote: from `after` back to `before`."""
    down = compute_down_script(exclude(before), exclude(after), dialect)
    write_down_script(migrations_dir / directory, down.script)
