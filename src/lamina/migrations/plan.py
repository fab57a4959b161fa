"""The migrations folder compared with `_prisma_migrations` (pure, no database).

`pending_migrations` is what `migrate deploy` applies; `diagnose_history` is what `migrate
status` and `migrate dev` report (PRISMA-COMPAT §3.3, §5).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

from lamina.errors import FailedMigration, FoundFailedMigrations
from lamina.migrations.directory import LocalMigration, migration_matches_checksum
from lamina.migrations.history import MigrationRecord, render_timestamp

HistoryVerdict = Literal["databaseIsBehind", "migrationsDirectoryIsBehind", "historiesDiverge"]


def failed_records(records: list[MigrationRecord]) -> list[MigrationRecord]:
    return [record for record in records if record.is_failed]


def raise_on_failed_migrations(records: list[MigrationRecord]) -> None:
    """P3009: a failed row blocks every later apply until it is resolved."""
    failed = failed_records(records)
    if failed:
        raise FoundFailedMigrations(
            failed=tuple(
                FailedMigration(
                    migration_name=record.migration_name,
                    started_at=render_timestamp(record.started_at),
                    logs=record.logs,
                )
                for record in failed
            )
        )


def pending_migrations(
    local: list[LocalMigration], records: list[MigrationRecord]
) -> list[LocalMigration]:
    """Folder migrations (in folder order) without a live row of the same name.

    Checksums are not compared here and rows missing from the folder are ignored.
    """
    raise_on_failed_migrations(records)
    live_names = {record.migration_name for record in records if record.rolled_back_at is None}
    return [migration for migration in local if migration.name not in live_names]


@dataclass(frozen=True)
class HistoryDiagnostic:
    edited_migration_names: tuple[str, ...]
    failed_migration_names: tuple[str, ...]
    not_in_database: tuple[str, ...]  # folder migrations never applied, folder order
    not_in_folder: tuple[str, ...]  # live rows whose folder is gone, history order
    verdict: HistoryVerdict | None
    last_common_migration_name: str | None  # only with historiesDiverge

    @property
    def is_up_to_date(self) -> bool:
        return self.verdict is None and not self.failed_migration_names


def diagnose_history(
    local: list[LocalMigration], records: list[MigrationRecord]
) -> HistoryDiagnostic:
    live = [record for record in records if record.rolled_back_at is None]
    edited: list[str] = []
    not_in_database: list[str] = []
    first_unapplied_index: int | None = None
    first_live: dict[str, MigrationRecord] = {}  # a name's first live row, as a search from the start finds it
    for record in live:
        first_live.setdefault(record.migration_name, record)
    for index, migration in enumerate(local):
        row = first_live.get(migration.name)
        if row is None:
            not_in_database.append(migration.name)
            if first_unapplied_index is None:
                first_unapplied_index = index
        elif migration.script is not None and not migration_matches_checksum(migration, row.checksum):
            edited.append(migration.name)

    local_names = {migration.name for migration in local}
    not_in_folder = list(dict.fromkeys(record.migration_name for record in live
                                       if record.migration_name not in local_names))

    verdict: HistoryVerdict | None = None
    last_common: str | None = None
    match (bool(not_in_database), bool(not_in_folder)):
        case (True, True):
            verdict = "historiesDiverge"
            if first_unapplied_index:
                last_common = local[first_unapplied_index - 1].name
        case (True, False):
            verdict = "databaseIsBehind"
        case (False, True):
            verdict = "migrationsDirectoryIsBehind"

    return HistoryDiagnostic(
        edited_migration_names=tuple(edited),
        failed_migration_names=tuple(record.migration_name for record in failed_records(records)),
        not_in_database=tuple(not_in_database),
        not_in_folder=tuple(not_in_folder),
        verdict=verdict,
        last_common_migration_name=last_common,
    )
