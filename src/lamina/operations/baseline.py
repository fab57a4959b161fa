"""baseline: the first migration of a history, written from the live database (what `migrate diff
--from-empty --to-url` prints) and recorded as applied there, as Prisma's baselining guide does by
hand (docs/rollback.md)."""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import datetime, timezone
from pathlib import Path

from lamina.dialects import connected_dialect
from lamina.diffing.differ import diff_schemas
from lamina.diffing.script import render_script
from lamina.engine.apply import mark_migration_applied
from lamina.engine.connection import Connection
from lamina.engine.describe import describe_database
from lamina.engine.lock import acquire_migration_lock
from lamina.engine.tables import read_history
from lamina.errors import KnownError
from lamina.migrations.directory import SCRIPT_FILE_NAME, check_lock_provider, list_migrations, write_lock_file, write_migration
from lamina.migrations.names import migration_directory_name, slugify_migration_name
from lamina.operations.context import (
    LoadedSchema, datasource_schemas, datasource_url, external_filter, external_objects, location,
)
from lamina.operations.events import Listener, emit
from lamina.operations.existing import open_existing
from lamina.operations.project import PathLike, resolve_project
from lamina.schema.model import EMPTY_SCHEMA
from lamina.schema.namespaces import qualify_for_target


class BaselineNeedsEmptyHistory(KnownError):
    count: int
    where: str

    def message(self) -> str:
        return (f"{self.where} already holds {self.count} migration{'s' if self.count != 1 else ''}: a baseline is "
                "the first migration of a history.")

    @property
    def hint(self) -> str | None:
        return "To merge existing migrations into one, use `lamina migrate squash`."


class NothingToBaseline(KnownError):
    def message(self) -> str:
        return "The database has no tables, enums or other objects lamina describes: there is nothing to baseline."


@dataclass(frozen=True)
class BaselineResult:
    directory: str  # the baseline migration's folder name
    path: Path  # its migration.sql
    script: str


@dataclass(frozen=True)
class Connecting:
    location: str  # host:port or the SQLite path, never the URL


def baseline(*, name: str, project: PathLike | LoadedSchema | None = None, schema: PathLike | None = None,
             config: PathLike | None = None, url: str | None = None, cwd: PathLike | None = None,
             listener: Listener | None = None) -> BaselineResult:
    """Raises BaselineNeedsEmptyHistory when the folder or the database's history holds migrations,
    NothingToBaseline on an empty database, P1003 when the database does not exist."""
    loaded = resolve_project(project=project, schema=schema, config=config, url=url, cwd=cwd, config_only=True,
                             has_url_flag=True)
    db_url = datasource_url(loaded)
    assert db_url is not None
    migrations_dir = loaded.project.migrations_dir
    check_lock_provider(migrations_dir, loaded.provider)
    local = list_migrations(migrations_dir)
    if local:
        raise BaselineNeedsEmptyHistory(len(local), "prisma/migrations")
    emit(listener, Connecting(location(db_url)))
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
    return BaselineResult(directory, migrations_dir / directory / SCRIPT_FILE_NAME, script)


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
