"""`lamina migrate squash` and `lamina migrate baseline` (docs/rollback.md).

squash: a range of migrations becomes one, whose SQL is the diff between the replayed states before
and after the range. On a database that applied the whole range, its rows are replaced by one row
for the new migration in one transaction, so that `migrate status` (lamina's and Prisma's) stays up
to date; a database that applied part of the range is refused before anything changes.

baseline: the first migration of a history, written from the live database (what `migrate diff
--from-empty --to-url` prints) and recorded as applied there, as Prisma's baselining guide does by hand.
"""

from __future__ import annotations

import shutil
import uuid
from dataclasses import dataclass, replace
from datetime import datetime, timezone

from lamina.cli.main import Env
from lamina.operations.context import (
    LoadedSchema, datasource_line, datasource_schemas, datasource_url, external_filter, external_objects,
    load_schema,
)
from lamina.cli.commands.database import open_existing
from lamina.cli.commands.migrate_down import UnknownMigrationNames, down_enabled, replay_states
from lamina.dialects import connected_dialect
from lamina.diffing.differ import diff_schemas
from lamina.diffing.safety import check_steps
from lamina.diffing.script import render_script
from lamina.engine.apply import mark_migration_applied
from lamina.engine.connection import Connection, connect
from lamina.engine.describe import describe_database
from lamina.engine.lock import acquire_migration_lock
from lamina.engine.shadow import init_shadow_database, shadow_database
from lamina.engine.tables import read_history
from lamina.errors import DatabaseDoesNotExist, KnownError, MigrationDirectoryExists, UsageError
from lamina.migrations import history
from lamina.migrations.directory import (
    SCRIPT_FILE_NAME, check_lock_provider, checksum, list_migrations, write_lock_file, write_migration,
)
from lamina.migrations.down import compute_down_script, write_down_script
from lamina.migrations.history import MigrationRecord
from lamina.migrations.names import migration_directory_name, slugify_migration_name
from lamina.migrations.plan import raise_on_failed_migrations
from lamina.schema.model import EMPTY_SCHEMA
from lamina.schema.namespaces import qualify_for_target


@dataclass
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


@dataclass
class EmptyRange(KnownError):
    before: str
    after: str

    def message(self) -> str:
        return f"`--from {self.before}` comes after `--to {self.after}`: the range to squash is empty."


@dataclass
class BaselineNeedsEmptyHistory(KnownError):
    count: int
    where: str

    def message(self) -> str:
        return (f"{self.where} already holds {self.count} migration{'s' if self.count != 1 else ''}: a baseline is "
                "the first migration of a history.")

    @property
    def hint(self) -> str | None:
        return "To merge existing migrations into one, use `lamina migrate squash`."


@dataclass
class NothingToBaseline(KnownError):
    def message(self) -> str:
        return "The database has no tables, enums or other objects lamina describes: there is nothing to baseline."


# --- squash -----------------------------------------------------------------------------------------


def run_squash(env: Env, *, schema: str | None, config: str | None, from_name: str | None, to_name: str | None,
               name: str, url: str | None) -> int:
    out = env.output
    loaded = load_schema(out, env.cwd, schema=schema, config=config, url=url, config_only=True, has_url_flag=True)
    db_url = datasource_url(loaded)
    out.line(out.dim(datasource_line(loaded, db_url)))
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

    out.line()
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
        if down_enabled(loaded, False):
            write_down_script(staging / directory, compute_down_script(before, after, dialect).script)
        try:
            if rows:
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

    out.line(f"Squashed {len(squashed)} migration{'s' if len(squashed) != 1 else ''} into {directory}:")
    for migration in squashed:
        out.line(f"  {migration.name}")
    out.line()
    if conn is None:
        out.line(f"The database {db_url.database} does not exist: only the migrations folder was changed.")
    elif rows:
        out.line(f"The database's history now records `{directory}` as applied in place of the "
                 f"{len(squashed)} squashed migration{'s' if len(squashed) != 1 else ''}.")
    else:
        out.line("The database applied none of these migrations: its history was not changed.")
    out.line("Only what lamina compares is kept: data changes, functions or triggers written by hand in the "
             "squashed migrations are not in the new one; add them to its migration.sql if they are needed.")
    return 0


def migration_directory_name_for(last: str, name: str) -> str:
    """The squashed migration takes the timestamp of the last one it replaces: it sorts where the
    range did."""
    stamp, sep, _ = last.partition("_")
    slug = slugify_migration_name(name)
    if sep and stamp.isdigit():
        return f"{stamp}_{slug}"
    return migration_directory_name(datetime.now(timezone.utc), slug)


def _open_if_exists(url) -> Connection | None:
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


# --- baseline ----------------------------------------------------------------------------------------


def run_baseline(env: Env, *, schema: str | None, config: str | None, name: str, url: str | None) -> int:
    out = env.output
    loaded = load_schema(out, env.cwd, schema=schema, config=config, url=url, config_only=True, has_url_flag=True)
    db_url = datasource_url(loaded)
    out.line(out.dim(datasource_line(loaded, db_url)))
    migrations_dir = loaded.project.migrations_dir
    check_lock_provider(migrations_dir, loaded.provider)
    local = list_migrations(migrations_dir)
    if local:
        raise BaselineNeedsEmptyHistory(len(local), "prisma/migrations")
    out.line()
    with open_existing(db_url) as conn:
        acquire_migration_lock(conn)
        records = [r for r in read_history(conn) or [] if r.is_applied]
        if records:
            raise BaselineNeedsEmptyHistory(len(records), "The database's history")
        script = baseline_script(loaded, conn)
        directory = migration_directory_name(datetime.now(timezone.utc), slugify_migration_name(name))
        write_migration(migrations_dir, directory, script)
        write_lock_file(migrations_dir, loaded.provider)
        mark_migration_applied(conn, list_migrations(migrations_dir), directory)
    out.line(f"The baseline migration {directory} was written from the database and recorded as applied there:")
    out.line()
    out.line(f"migrations/\n  └─ {directory}/\n    └─ {SCRIPT_FILE_NAME}")
    out.line()
    out.line("Deploy it to other databases as usual; databases that already have this schema need "
             f"`lamina migrate resolve --applied {directory}`.")
    return 0


def baseline_script(loaded: LoadedSchema, conn: Connection) -> str:
    """`migrate diff --from-empty --to-url <the database> --script`, as lamina prints it."""
    dialect = connected_dialect(conn)
    described = describe_database(conn, datasource_schemas(loaded))
    before, after = qualify_for_target(EMPTY_SCHEMA, described, target_is_calculated=False)
    after = replace(after, extensions=())  # as migrate diff: a live database's extensions are not created
    exclude = external_filter(external_objects(loaded.project), conn.url, dialect.capabilities.default_namespace)
    steps = diff_schemas(exclude(before), exclude(after), dialect, create_default_namespace="with_others")
    if not steps:
        raise NothingToBaseline()
    return render_script(steps, dialect)
