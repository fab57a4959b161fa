"""Folder × history → pending migrations and the history diagnostic (no database)."""

from datetime import datetime, timezone
from pathlib import Path

import pytest

from lamina.errors import FoundFailedMigrations
from lamina.migrations.directory import LocalMigration, checksum
from lamina.migrations.history import MigrationRecord, render_timestamp
from lamina.migrations.plan import diagnose_history, pending_migrations

T0 = datetime(2024, 1, 2, 3, 4, 5, 678000, tzinfo=timezone.utc)


def local(*names: str) -> list[LocalMigration]:
    return [LocalMigration(name, Path("/m") / name, f"-- {name}\n") for name in names]


def row(name: str, *, finished: bool = True, rolled_back: bool = False, logs: str | None = None,
        script: str | None = None) -> MigrationRecord:
    return MigrationRecord(
        id=f"id-{name}",
        checksum=checksum(script if script is not None else f"-- {name}\n"),
        finished_at=T0 if finished else None,
        migration_name=name,
        logs=logs,
        rolled_back_at=T0 if rolled_back else None,
        started_at=T0,
        applied_steps_count=1 if finished else 0,
    )


def names(migrations: list[LocalMigration]) -> list[str]:
    return [m.name for m in migrations]


def test_pending_are_folder_migrations_without_a_live_row() -> None:
    assert names(pending_migrations(local("1_a", "2_b", "3_c"), [row("1_a")])) == ["2_b", "3_c"]


def test_rolled_back_rows_do_not_count_as_applied() -> None:
    records = [row("1_a"), row("2_b", finished=False, rolled_back=True)]
    assert names(pending_migrations(local("1_a", "2_b"), records)) == ["2_b"]


def test_database_only_rows_and_checksums_are_ignored_by_deploy() -> None:
    records = [row("0_gone"), row("1_a", script="-- edited\n")]
    assert names(pending_migrations(local("1_a", "2_b"), records)) == ["2_b"]


def test_failed_row_blocks_with_p3009() -> None:
    records = [row("1_a"), row("2_b", finished=False, logs="boom")]
    with pytest.raises(FoundFailedMigrations) as error:
        pending_migrations(local("1_a", "2_b", "3_c"), records)
    assert error.value.code == "P3009"
    assert error.value.message() == (
        "migrate found failed migrations in the target database, new migrations will not be applied. "
        "Read more about how to resolve migration issues in a production database: "
        "https://pris.ly/d/migrate-resolve\n"
        "The `2_b` migration started at 2024-01-02 03:04:05.678 UTC failed with the following logs:\nboom\n"
    )


def test_failed_row_without_logs() -> None:
    with pytest.raises(FoundFailedMigrations) as error:
        pending_migrations(local("1_a"), [row("1_a", finished=False)])
    assert error.value.message().endswith("The `1_a` migration started at 2024-01-02 03:04:05.678 UTC failed\n")


@pytest.mark.parametrize(
    ("moment", "text"),
    [
        (datetime(2024, 1, 2, 3, 4, 5, tzinfo=timezone.utc), "2024-01-02 03:04:05 UTC"),
        (datetime(2024, 1, 2, 3, 4, 5, 120000, tzinfo=timezone.utc), "2024-01-02 03:04:05.120 UTC"),
        (datetime(2024, 1, 2, 3, 4, 5, 123456, tzinfo=timezone.utc), "2024-01-02 03:04:05.123456 UTC"),
    ],
    ids=["whole-second", "millis", "micros"],
)
def test_timestamps_render_like_the_engine(moment: datetime, text: str) -> None:
    assert render_timestamp(moment) == text


def test_up_to_date_history() -> None:
    diagnostic = diagnose_history(local("1_a", "2_b"), [row("1_a"), row("2_b")])
    assert diagnostic.verdict is None
    assert diagnostic.is_up_to_date
    assert diagnostic.last_common_migration_name is None


def test_database_is_behind() -> None:
    diagnostic = diagnose_history(local("1_a", "2_b", "3_c"), [row("1_a")])
    assert diagnostic.verdict == "databaseIsBehind"
    assert diagnostic.not_in_database == ("2_b", "3_c")
    assert diagnostic.not_in_folder == ()


def test_migrations_directory_is_behind() -> None:
    diagnostic = diagnose_history(local("1_a"), [row("1_a"), row("2_b")])
    assert diagnostic.verdict == "migrationsDirectoryIsBehind"
    assert diagnostic.not_in_folder == ("2_b",)


def test_histories_diverge_with_last_common_migration() -> None:
    diagnostic = diagnose_history(local("1_a", "2_b", "3_local"), [row("1_a"), row("2_b"), row("3_db")])
    assert diagnostic.verdict == "historiesDiverge"
    assert diagnostic.last_common_migration_name == "2_b"
    assert diagnostic.not_in_database == ("3_local",)
    assert diagnostic.not_in_folder == ("3_db",)


def test_histories_diverge_from_the_first_migration() -> None:
    diagnostic = diagnose_history(local("1_local"), [row("1_db")])
    assert diagnostic.verdict == "historiesDiverge"
    assert diagnostic.last_common_migration_name is None


def test_edited_and_failed_migrations() -> None:
    records = [row("1_a", script="-- was different\n"), row("2_b", finished=False)]
    diagnostic = diagnose_history(local("1_a", "2_b"), records)
    assert diagnostic.edited_migration_names == ("1_a",)
    assert diagnostic.failed_migration_names == ("2_b",)
    assert diagnostic.verdict is None
    assert not diagnostic.is_up_to_date


def test_rolled_back_only_rows_are_not_in_database() -> None:
    diagnostic = diagnose_history(local("1_a"), [row("1_a", finished=False, rolled_back=True)])
    assert diagnostic.verdict == "databaseIsBehind"
    assert diagnostic.failed_migration_names == ()
