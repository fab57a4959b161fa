"""squash: a range of migrations becomes one, whose SQL is the diff between the replayed states
before and after the range (docs/rollback.md). On a database that applied the whole range, its rows
are replaced by one row for the new migration in one transaction, so that `migrate status` (lamina's
and Prisma's) stays up to date; a database that applied part of the range is refused before
anything changes. Only what lamina compares is kept: data changes, functions or triggers written by
hand in the squashed migrations are not in the new one."""

from __future__ import annotations

import shutil
import uuid
from dataclasses import dataclass
from datetime import datetime, timezone
from pathlib import Path

from lamina.dialects import connected_dialect
from lamina.diffing.differ import diff_schemas
from lamina.diffing.safety import check_steps
from lamina.diffing.script import render_script
from lamina.engine.connection import Connection, connect
from lamina.engine.lock import acquire_migration_lock
from lamina.engine.shadow import init_shadow_database, shadow_database
from lamina.engine.tables import read_history
from lamina.engine.urls import DatabaseUrl
from lamina.errors import DatabaseDoesNotExist, KnownError, MigrationDirectoryExists, UsageError
from lamina.migrations import history
from lamina.migrations.directory import SCRIPT_FILE_NAME, check_lock_provider, checksum, list_migrations, write_migration
from lamina.migrations.down import compute_down_script, write_down_script
from lamina.migrations.history import MigrationRecord
from lamina.migrations.names import migration_directory_name, slugify_migration_name
from lamina.migrations.plan import raise_on_failed_migrations
from lamina.operations.context import (
    LoadedSchema, datasource_schemas, datasource_url, external_filter, external_objects, location,
)
from lamina.operations.dev_files import down_enabled
from lamina.operations.down import UnknownMigrationNames, replay_states
from lamina.operations.events import Listener, emit
from lamina.operations.project import PathLike, resolve_project


class RangePartlyApplied(KnownError):
    applied: tuple[str, ...]
    not_applied: tuple[str, ...]

    def message(self) -> str:
        return ("The database applied only part of the range to squash: "
                f"{', '.join(f'`{n}`' for n in self.applied)} applied, "
                f"{', '.join(f'`{n}`' for n in self.not_applied)} not. Nothing was changed.")

    @property
    def hint(self) -> str | None:
        return "Deploy the rest of the range on that database first (`lamina migrate deploy`), or squash a range it applied."


class EmptyRange(KnownError):
    before: str
    after: str

    def message(self) -> str:
        return f"`--from {self.before}` comes after `--to {self.after}`: the range to squash is empty."


@dataclass(frozen=True)
class SquashResult:
    directory: str  # the new migration's folder name
    path: Path  # its migration.sql
    squashed: tuple[str, ...]  # the migrations it replaces, in order
    database: str  # "updated" (its history rows replaced), "unchanged" (it applied none), "missing"
    database_name: str
    with_down: bool  # a down.sql was written beside it


@dataclass(frozen=True)
class Connecting:
    location: str  # host:port or the SQLite path, never the URL


def squash(*, name: str, project: PathLike | LoadedSchema | None = None, schema: PathLike | None = None,
           config: PathLike | None = None, url: str | None = None, cwd: PathLike | None = None,
           from_name: str | None = None, to_name: str | None = None,
           listener: Listener | None = None) -> SquashResult:
    """Replace the migrations from `from_name` to `to_name` (default: all) by one named `name`."""
    loaded = resolve_project(project=project, schema=schema, config=config, url=url, cwd=cwd, config_only=True,
                             has_url_flag=True)
    db_url = datasource_url(loaded)
    assert db_url is not None
    migrations_dir = loaded.project.migrations_dir
    check_lock_provider(migrations_dir, loaded.provider)
    local = list_migrations(migrations_dir)
    names = [m.name for m in local]
    unknown = tuple(n for n in (from_name, to_name) if n is not None and n not in names)
    if unknown:
        raise UnknownMigrationNames(unknown)
    if not local:
        raise UsageError("There is no migration in prisma/migrations to squash.")
    start = names.index(from_name) if from_name else 0
    end = names.index(to_name) if to_name else len(local) - 1
    if start > end:
        raise EmptyRange(names[start], names[end])
    squashed = local[start:end + 1]
    directory = migration_directory_name_for(squashed[-1].name, name)
    if directory in names and directory not in {m.name for m in squashed}:
        raise MigrationDirectoryExists(path=str(migrations_dir / directory))

    emit(listener, Connecting(location(db_url)))
    with_down = down_enabled(loaded, False)
    conn = _open_if_exists(db_url)
    try:
        rows = _range_rows(conn, [m.name for m in squashed]) if conn is not None else None
        namespaces = datasource_schemas(loaded)
        with shadow_database(db_url, datasource_url(loaded, shadow=True), namespaces) as shadow:
            init_shadow_database(shadow, loaded.project.setting("init_shadow_db")[0])
            dialect = connected_dialect(shadow)
            states = replay_states(shadow, local, {start, end + 1}, namespaces)
        exclude = external_filter(external_objects(loaded.project), db_url, dialect.capabilities.default_namespace)
        before, after = exclude(states[start]), exclude(states[end + 1])
        steps = diff_schemas(before, after, dialect)
        checks = check_steps(steps, before, after, dialect, None)
        script = render_script(steps, dialect, checks.warnings, checks.unexecutable)

        staging = migrations_dir.parent / f".{directory}.{uuid.uuid4().hex[:8]}"
        write_migration(staging, directory, script)
        if with_down:
            write_down_script(staging / directory, compute_down_script(before, after, dialect).script)
        try:
            if rows and conn is not None:
                _replace_rows(conn, rows, directory, script)
        except BaseException:
            shutil.rmtree(staging)
            raise
    finally:
        if conn is not None:
            conn.close()
    for migration in squashed:
        shutil.rmtree(migration.path)
    (staging / directory).rename(migrations_dir / directory)
    staging.rmdir()
    state = "missing" if conn is None else ("updated" if rows else "unchanged")
    return SquashResult(directory, migrations_dir / directory / SCRIPT_FILE_NAME, tuple(m.name for m in squashed),
                        state, db_url.database or "", with_down)


def migration_directory_name_for(last: str, name: str) -> str:
    """The squashed migration takes the timestamp of the last one it replaces: it sorts where the
    range did."""
    stamp, sep, _ = last.partition("_")
    slug = slugify_migration_name(name)
    if sep and stamp.isdigit():
        return f"{stamp}_{slug}"
    return migration_directory_name(datetime.now(timezone.utc), slug)


def _open_if_exists(url: DatabaseUrl) -> Connection | None:
    try:
        conn = connect(url)
    except DatabaseDoesNotExist:
        return None
    acquire_migration_lock(conn)
    return conn


def _range_rows(conn: Connection, range_names: list[str]) -> list[MigrationRecord] | None:
    """The history rows of the range when the database applied all of it; None when none of it (or no
    history); RangePartlyApplied otherwise."""
    records = read_history(conn)
    if records is None:
        return None
    raise_on_failed_migrations(records)
    applied = {r.migration_name for r in records if r.is_applied}
    done = tuple(n for n in range_names if n in applied)
    if not done:
        return None
    if len(done) != len(range_names):
        raise RangePartlyApplied(done, tuple(n for n in range_names if n not in applied))
    return [r for r in records if r.migration_name in set(range_names)]


def _replace_rows(conn: Connection, rows: list[MigrationRecord], directory: str, script: str) -> None:
    """Every row of the range (rolled-back attempts included) out, one applied row in, in one
    transaction; the new row keeps the range's place in time."""
    provider = conn.provider
    p = history.placeholder(provider)
    applied = [r for r in rows if r.is_applied]
    started = min(r.started_at for r in applied)
    finished = max(r.finished_at for r in applied if r.finished_at is not None)
    new_id = str(uuid.uuid4())
    conn.execute("BEGIN")
    try:
        for row in rows:
            conn.execute(f"DELETE FROM _prisma_migrations WHERE id = {p}", (row.id,))
        conn.execute(history.insert_applied_sql(provider), (
            new_id, checksum(script), history.timestamp_param(provider, started),
            history.timestamp_param(provider, finished), directory, None))
        conn.execute(history.record_step_sql(provider), (new_id,))
        conn.execute("COMMIT")
    except BaseException:
        conn.execute("ROLLBACK")
        raise
