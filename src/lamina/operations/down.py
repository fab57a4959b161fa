"""down: revert the last applied migrations, newest first, each `down.sql` in one transaction with
its row's `rolled_back_at` (docs/rollback.md); and write_down_scripts, which writes the missing
`down.sql` files of an existing history.

Before anything runs, the history is replayed on a shadow database and the live database is
compared with the replayed state (the drift check of `migrate dev`); the states around each
migration give the reverse of a migration without `down.sql` and the data-loss warnings.
Reverting what loses data needs `accept_data_loss=True` or a yes from the prompter.
"""

from __future__ import annotations

from collections.abc import Sequence
from contextlib import AbstractContextManager
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from lamina.dialects import DIALECTS, connected_dialect
from lamina.dialects.base import Dialect
from lamina.diffing.differ import diff_schemas
from lamina.diffing.renames import renames_in_header
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
from lamina.operations.context import (
    LoadedSchema, datasource_schemas, datasource_url, external_filter, external_objects, location,
)
from lamina.operations.events import Listener, emit
from lamina.operations.dev_renames import renamed_back
from lamina.operations.existing import open_existing
from lamina.operations.project import PathLike, resolve_project
from lamina.prompting import Prompter
from lamina.schema.model import SqlSchema

if TYPE_CHECKING:
    from lamina.dialects.postgres.objects import DatabaseObjects

# --- errors ----------------------------------------------------------------------------------------


class NoMigrationApplied(KnownError):
    def message(self) -> str:
        return "No migration is applied on this database: there is nothing to revert."


class MigrationFolderMissing(KnownError):
    migration_name: str

    def message(self) -> str:
        return (f"The migration `{self.migration_name}` is applied on the database, but its folder is missing "
                "from prisma/migrations: lamina cannot replay the history to check the database or revert it.")

    @property
    def hint(self) -> str | None:
        return "Restore the folder (e.g. from version control) and run the command again."


class MigrationNotApplied(KnownError):
    migration_name: str
    is_local: bool

    def message(self) -> str:
        if not self.is_local:
            return f"There is no migration `{self.migration_name}` in prisma/migrations nor in the database's history."
        return (f"The migration `{self.migration_name}` is not applied on this database: `--to` names the "
                "applied migration that stays the newest one.")


class TooManySteps(KnownError):
    steps: int
    applied: int

    def message(self) -> str:
        return (f"Cannot revert {self.steps} migrations: only {self.applied} "
                f"{'is' if self.applied == 1 else 'are'} applied on this database.")


class DriftBeforeDown(KnownError):
    summary: str

    def message(self) -> str:
        return ("The database is not in the state its migration history says: it has drifted.\n\n"
                f"[*] Changes from the migration history to the database:\n{self.summary}")

    @property
    def hint(self) -> str | None:
        return ("Reverting a drifted database may fail or lose data in unexpected ways. Fix the drift, or run "
                "again with `--force` to revert anyway.")


class DownNeedsConfirmation(KnownError):
    def message(self) -> str:
        return "Reverting these migrations loses data, and there is no terminal to confirm it on."

    @property
    def hint(self) -> str | None:
        return "Run it in a terminal to confirm, or accept the data loss with `lamina migrate down --accept-data-loss`."


class UnknownMigrationNames(KnownError):
    names: tuple[str, ...]

    def message(self) -> str:
        listed = ", ".join(f"`{n}`" for n in self.names)
        return f"No migration named {listed} in prisma/migrations."


# --- results and events -----------------------------------------------------------------------------


@dataclass(frozen=True)
class Reversal:
    """One migration to revert: its down script (read from down.sql, or computed)."""

    name: str
    script: str
    is_computed: bool  # no down.sql: computed from the replayed states
    _migration: LocalMigration = field(repr=False, compare=False)
    _row_ids: tuple[str, ...] = field(repr=False, compare=False)
    _before: SqlSchema = field(repr=False, compare=False)
    _after: SqlSchema = field(repr=False, compare=False)


@dataclass(frozen=True)
class DownResult:
    reverted: tuple[str, ...]  # the migrations rolled back, newest first (empty on a dry run)
    planned: tuple[Reversal, ...]  # what was (or, on a dry run, would be) reverted, newest first
    now_at: str | None  # the newest migration still applied; None when none is
    provider: str
    dry_run: bool = False
    cancelled: bool = False  # the prompter said no: nothing was reverted
    drifted: bool = False  # the database had drifted and `force` reverted anyway
    warnings: tuple[str, ...] = ()  # the data-loss warnings (with live row counts)
    mode: str = "revert"


@dataclass(frozen=True)
class WrittenDown:
    name: str
    path: Path  # the down.sql (not written on a dry run)
    script: str
    loses_data: bool


@dataclass(frozen=True)
class WriteDownResult:
    written: tuple[WrittenDown, ...]  # in folder order (on a dry run: what would be written)
    already_had: int  # chosen migrations that had a down.sql already
    missing: int  # chosen migrations without one, before this run
    dry_run: bool = False
    mode: str = "write"


@dataclass(frozen=True)
class Connecting:
    location: str  # host:port or the SQLite path, never the URL


@dataclass(frozen=True)
class RevertingDespiteDrift:
    """`force`: the database drifted from its history; reverting anyway."""


@dataclass(frozen=True)
class RevertPlanned:
    """Before anything is reverted (and before any question): what will be."""

    reversals: tuple[Reversal, ...]
    provider: str


@dataclass(frozen=True)
class DataLossWarnings:
    """Before the confirmation: Prisma's warnings with the live row counts."""

    messages: tuple[str, ...]


# --- the history, replayed ---------------------------------------------------------------------------


def replay_states(shadow: Connection, migrations: Sequence[LocalMigration], wanted: set[int],
                  namespaces: tuple[str, ...], objects: dict[int, DatabaseObjects | None] | None = None) -> dict[int, SqlSchema]:
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


def open_shadow(loaded: LoadedSchema, url: DatabaseUrl,
                namespaces: tuple[str, ...]) -> AbstractContextManager[Connection]:
    return shadow_database(url, datasource_url(loaded, shadow=True), namespaces)


# --- down --------------------------------------------------------------------------------------------


def down(*, project: PathLike | LoadedSchema | None = None, schema: PathLike | None = None,
         config: PathLike | None = None, url: str | None = None, cwd: PathLike | None = None,
         steps: int | None = None, to: str | None = None, dry_run: bool = False,
         accept_data_loss: bool = False, force: bool = False, prompter: Prompter | None = None,
         listener: Listener | None = None) -> DownResult:
    """Revert the newest `steps` applied migrations (default 1), or those applied after `to`.
    Raises DriftBeforeDown unless `force`, DownNeedsConfirmation when data would be lost without
    `accept_data_loss` and no interactive prompter. A prompter that says no: `cancelled`."""
    loaded = resolve_project(project=project, schema=schema, config=config, url=url, cwd=cwd, config_only=True)
    db_url = datasource_url(loaded)
    assert db_url is not None
    check_lock_provider(loaded.project.migrations_dir, loaded.provider)
    if steps is not None and to is not None:
        raise UsageError("Use either `--steps` or `--to`, not both.")
    if steps is not None and steps < 1:
        raise UsageError("`--steps` must be at least 1.")

    namespaces = datasource_schemas(loaded)
    local = list_migrations(loaded.project.migrations_dir)
    emit(listener, Connecting(location(db_url)))
    drifted = False
    with open_existing(db_url) as conn:
        if not dry_run:
            acquire_migration_lock(conn)
        records = read_history(conn) or []
        raise_on_failed_migrations(records)
        applied = _applied_migrations(local, records)
        targets = _targets(applied, local, records, steps=steps or 1, to=to)
        dialect = connected_dialect(conn)
        exclude = external_filter(external_objects(loaded.project), db_url, dialect.capabilities.default_namespace)
        first = len(applied) - len(targets)
        objects: dict[int, DatabaseObjects | None] = {}
        with open_shadow(loaded, db_url, namespaces) as shadow:
            init_shadow_database(shadow, loaded.project.setting("init_shadow_db")[0])
            states = replay_states(shadow, [m for m, _ in applied], set(range(first, len(applied) + 1)), namespaces,
                                   objects)
        states = {index: exclude(state) for index, state in states.items()}
        actual = exclude(describe_database(conn, namespaces))
        drift = diff_schemas(states[len(applied)], actual, dialect)
        if drift:
            if not force:
                raise DriftBeforeDown(summarize(drift, states[len(applied)], actual).rstrip("\n"))
            drifted = True
            emit(listener, RevertingDespiteDrift())
        reversals = tuple(_reversal(applied[index], states[index], states[index + 1], dialect,
                                    objects.get(index), objects.get(index + 1))
                          for index in reversed(range(first, len(applied))))
        emit(listener, RevertPlanned(reversals, conn.provider))
        now_at = applied[first - 1][0].name if first else None
        if not reversals or dry_run:
            return DownResult((), reversals, applied[-1][0].name if applied else None, conn.provider,
                              dry_run=dry_run, drifted=drifted)
        messages = _data_loss_warnings(reversals, dialect, LiveRowCounts(conn))
        if messages:
            emit(listener, DataLossWarnings(messages))
            if not accept_data_loss:
                if prompter is None or not prompter.interactive:
                    raise DownNeedsConfirmation()
                if not prompter.confirm("Are you sure you want to revert these migrations?"):
                    return DownResult((), reversals, applied[-1][0].name, conn.provider, cancelled=True,
                                      drifted=drifted, warnings=messages)
        for reversal in reversals:
            revert_migration(conn, reversal.name, reversal.script, reversal._row_ids)
    return DownResult(tuple(r.name for r in reversals), reversals, now_at, conn.provider, drifted=drifted,
                      warnings=messages)


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


def _targets(applied: list[tuple[LocalMigration, tuple[str, ...]]], local: list[LocalMigration],
             records: list[MigrationRecord], *, steps: int, to: str | None
             ) -> list[tuple[LocalMigration, tuple[str, ...]]]:
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


def _reversal(entry: tuple[LocalMigration, tuple[str, ...]], before: SqlSchema, after: SqlSchema,
              dialect: Dialect, objects_before: DatabaseObjects | None = None,
              objects_after: DatabaseObjects | None = None) -> Reversal:
    migration, row_ids = entry
    script = read_down_script(migration)
    is_computed = script is None
    if script is None:
        with_objects = objects_before is not None and objects_after is not None
        notes = uncompared_note(uncompared_statements(dialect.name, migration.script or "", with_objects=with_objects))
        script = notes + compute_down_script(before, after, dialect, objects_before, objects_after).script
    return Reversal(migration.name, script, is_computed, migration, row_ids, before, after)


def _data_loss_warnings(reversals: Sequence[Reversal], dialect: Dialect, counts: LiveRowCounts) -> tuple[str, ...]:
    """Prisma's warnings with the live row counts (a count of 0 says nothing)."""
    messages: list[str] = []
    for reversal in reversals:
        renames = renames_in_header(reversal.script, reversal._after)
        if renames:  # lamina's down.sql of a rename migration renames back: nothing is dropped
            checks = renamed_back(reversal._before, reversal._after, dialect, renames, counts)[2]
        else:
            checks = live_down_checks(reversal._before, reversal._after, dialect, counts)
        messages += checks.warnings + checks.unexecutable
    return tuple(messages)


# --- write_down_scripts -------------------------------------------------------------------------------


def write_down_scripts(*, project: PathLike | LoadedSchema | None = None, schema: PathLike | None = None,
                       config: PathLike | None = None, url: str | None = None, cwd: PathLike | None = None,
                       names: Sequence[str] = (), dry_run: bool = False,
                       listener: Listener | None = None) -> WriteDownResult:
    """Replay the history on a shadow database and write `down.sql` for every migration (or the named
    ones) that has none; existing files are never replaced. With `dry_run`, nothing is written."""
    loaded = resolve_project(project=project, schema=schema, config=config, url=url, cwd=cwd, config_only=True)
    db_url = datasource_url(loaded)
    assert db_url is not None
    check_lock_provider(loaded.project.migrations_dir, loaded.provider)
    local = list_migrations(loaded.project.migrations_dir)
    unknown = tuple(n for n in names if n not in {m.name for m in local})
    if unknown:
        raise UnknownMigrationNames(unknown)
    chosen = [i for i, m in enumerate(local) if (not names or m.name in names)]
    missing = [i for i in chosen if not down_path(local[i]).exists()]
    emit(listener, Connecting(location(db_url)))
    if not missing:
        return WriteDownResult((), len(chosen), 0, dry_run=dry_run)
    dialect = DIALECTS[db_url.provider]
    namespaces = datasource_schemas(loaded)
    wanted = {i for i in missing} | {i + 1 for i in missing}
    objects: dict[int, DatabaseObjects | None] = {}
    with open_shadow(loaded, db_url, namespaces) as shadow:
        init_shadow_database(shadow, loaded.project.setting("init_shadow_db")[0])
        dialect = connected_dialect(shadow)
        states = replay_states(shadow, local, wanted, namespaces, objects)
    exclude = external_filter(external_objects(loaded.project), db_url, dialect.capabilities.default_namespace)
    written: list[WrittenDown] = []
    for index in missing:
        before_objects, after_objects = objects.get(index), objects.get(index + 1)
        computed = compute_down_script(exclude(states[index]), exclude(states[index + 1]), dialect,
                                       before_objects, after_objects)
        with_objects = before_objects is not None and after_objects is not None
        script = uncompared_note(uncompared_statements(db_url.provider, local[index].script or "",
                                                       with_objects=with_objects)) + computed.script
        if not dry_run and not write_down_script(local[index].path, script):
            continue
        written.append(WrittenDown(local[index].name, local[index].path / DOWN_FILE_NAME, script,
                                   computed.loses_data))
    return WriteDownResult(tuple(written), len(chosen) - len(missing), len(missing), dry_run=dry_run)
