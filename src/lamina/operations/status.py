"""status: the migrations folder compared with the database's history (PRISMA-COMPAT.md §1.6).

Prisma 7.10.1 decides in this order: pending migrations (also when the database has no
`_prisma_migrations` table yet), diverging histories, a database with neither history table nor
local migrations, failed migrations; otherwise the database is up to date. lamina adds what
Prisma leaves out: migrations edited after they were applied, migrations missing from the folder,
and one row per migration (`migrations`)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Literal

from lamina.engine.tables import read_history
from lamina.migrations.directory import LocalMigration, check_lock_provider, list_migrations
from lamina.migrations.history import MigrationRecord
from lamina.migrations.plan import diagnose_history
from lamina.operations.context import LoadedSchema, datasource_url
from lamina.operations.existing import open_existing
from lamina.operations.project import PathLike, resolve_project

Verdict = Literal["up_to_date", "pending", "diverged", "not_managed", "failed"]
MigrationState = Literal["applied", "pending", "failed", "rolled_back", "edited", "missing"]


@dataclass(frozen=True)
class MigrationRow:
    name: str
    state: MigrationState  # edited: changed after it was applied; missing: applied, not in the folder
    applied_at: datetime | None  # finished_at of its live row
    started_at: datetime | None
    duration_ms: float | None  # finished_at - started_at


@dataclass(frozen=True)
class StatusResult:
    up_to_date: bool  # Prisma's "Database schema is up to date!" (exit code 0)
    verdict: Verdict
    migrations_found: int  # in the migrations folder
    applied: tuple[str, ...]  # live, finished rows whose folder exists, folder order
    pending: tuple[str, ...]  # folder migrations never applied, folder order
    failed: tuple[str, ...]
    edited: tuple[str, ...]  # applied, then changed in the folder
    missing: tuple[str, ...]  # applied, not in the folder (history order)
    last_common_migration: str | None  # with verdict "diverged"
    history_table: bool  # the database has `_prisma_migrations`
    migrations: tuple[MigrationRow, ...]  # every migration: folder order, then the missing ones


def read_existing_history(loaded: LoadedSchema) -> list[MigrationRecord] | None:
    url = datasource_url(loaded)
    assert url is not None
    with open_existing(url) as conn:
        return read_history(conn)


def status(*, project: PathLike | LoadedSchema | None = None, schema: PathLike | None = None,
           config: PathLike | None = None, url: str | None = None,
           cwd: PathLike | None = None) -> StatusResult:
    """Raises DatabaseMissing (P1003) when the database does not exist."""
    loaded = resolve_project(project=project, schema=schema, config=config, url=url, cwd=cwd,
                             config_only=True)
    datasource_url(loaded)
    check_lock_provider(loaded.project.migrations_dir, loaded.provider)
    records = read_existing_history(loaded)
    local = list_migrations(loaded.project.migrations_dir)
    return status_of(local, records)


def status_of(local: list[LocalMigration], records: list[MigrationRecord] | None) -> StatusResult:
    diagnostic = diagnose_history(local, records or [])
    verdict: Verdict
    if diagnostic.verdict == "databaseIsBehind":
        verdict = "pending"
    elif diagnostic.verdict == "historiesDiverge":
        verdict = "diverged"
    elif records is None:
        verdict = "not_managed"
    elif diagnostic.failed_migration_names:
        verdict = "failed"
    else:
        verdict = "up_to_date"
    rows = migration_rows(local, records or [], set(diagnostic.edited_migration_names))
    local_names = {migration.name for migration in local}
    applied = tuple(row.name for row in rows if row.state in ("applied", "edited") and row.name in local_names)
    return StatusResult(
        up_to_date=verdict == "up_to_date", verdict=verdict, migrations_found=len(local), applied=applied,
        pending=diagnostic.not_in_database, failed=diagnostic.failed_migration_names,
        edited=diagnostic.edited_migration_names, missing=diagnostic.not_in_folder,
        last_common_migration=diagnostic.last_common_migration_name, history_table=records is not None,
        migrations=rows,
    )


def migration_rows(local: list[LocalMigration], records: list[MigrationRecord],
                   edited: set[str]) -> tuple[MigrationRow, ...]:
    rows = [_row(migration.name, records, edited, in_folder=True) for migration in local]
    local_names = {migration.name for migration in local}
    seen: set[str] = set()
    for record in records:
        name = record.migration_name
        if name not in local_names and name not in seen:
            seen.add(name)
            rows.append(_row(name, records, edited, in_folder=False))
    return tuple(rows)


def _row(name: str, records: list[MigrationRecord], edited: set[str], *, in_folder: bool) -> MigrationRow:
    mine = [record for record in records if record.migration_name == name]
    live = next((record for record in mine if record.rolled_back_at is None), None)
    if live is None:
        last = mine[-1] if mine else None
        state: MigrationState = "rolled_back" if mine else "pending"
        return MigrationRow(name, state, None, last.started_at if last else None, None)
    state = "failed" if live.is_failed else "missing" if not in_folder else "edited" if name in edited else "applied"
    duration = None
    if live.finished_at is not None:
        duration = round((live.finished_at - live.started_at).total_seconds() * 1000, 1)
    return MigrationRow(name, state, live.finished_at, live.started_at, duration)
