"""`_prisma_migrations`: one row per attempt to apply a migration, and the SQL that reads and
writes those rows for each provider (PRISMA-COMPAT §3).

Pure: the engine runs these statements through a connection. Placeholders are the driver's
(`%s` for psycopg and PyMySQL, `?` for sqlite3).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timezone

TABLE_NAME = "_prisma_migrations"


@dataclass(frozen=True)
class MigrationRecord:
    id: str
    checksum: str
    finished_at: datetime | None
    migration_name: str
    logs: str | None
    rolled_back_at: datetime | None
    started_at: datetime
    applied_steps_count: int

    @property
    def is_failed(self) -> bool:
        """Started, never finished, never rolled back: blocks every later apply (P3009)."""
        return self.finished_at is None and self.rolled_back_at is None

    @property
    def is_applied(self) -> bool:
        return self.finished_at is not None and self.rolled_back_at is None


CREATE_TABLE_SQL = {
    "postgresql": """CREATE TABLE _prisma_migrations (
    id                      VARCHAR(36) PRIMARY KEY NOT NULL,
    checksum                VARCHAR(64) NOT NULL,
    finished_at             TIMESTAMPTZ,
    migration_name          VARCHAR(255) NOT NULL,
    logs                    TEXT,
    rolled_back_at          TIMESTAMPTZ,
    started_at              TIMESTAMPTZ NOT NULL DEFAULT now(),
    applied_steps_count     INTEGER NOT NULL DEFAULT 0
);""",
    "mysql": """CREATE TABLE _prisma_migrations (
    id                      VARCHAR(36) PRIMARY KEY NOT NULL,
    checksum                VARCHAR(64) NOT NULL,
    finished_at             DATETIME(3),
    migration_name          VARCHAR(255) NOT NULL,
    logs                    TEXT,
    rolled_back_at          DATETIME(3),
    started_at              DATETIME(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
    applied_steps_count     INTEGER UNSIGNED NOT NULL DEFAULT 0
) DEFAULT CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci;""",
    "sqlite": """CREATE TABLE "_prisma_migrations" (
    "id"                    TEXT PRIMARY KEY NOT NULL,
    "checksum"              TEXT NOT NULL,
    "finished_at"           DATETIME,
    "migration_name"        TEXT NOT NULL,
    "logs"                  TEXT,
    "rolled_back_at"        DATETIME,
    "started_at"            DATETIME NOT NULL DEFAULT current_timestamp,
    "applied_steps_count"   INTEGER UNSIGNED NOT NULL DEFAULT 0
);""",
}

DROP_TABLE_SQL = "DROP TABLE _prisma_migrations"

_COLUMNS = (
    "id, checksum, finished_at, migration_name, logs, rolled_back_at, started_at, applied_steps_count"
)


def placeholder(provider: str) -> str:
    return "?" if provider == "sqlite" else "%s"


def select_rows_sql(provider: str) -> str:
    return f"SELECT {_COLUMNS} FROM _prisma_migrations ORDER BY started_at ASC"


def insert_started_sql(provider: str) -> str:
    """(id, checksum, started_at, migration_name): a row for a migration about to run."""
    p = placeholder(provider)
    return (
        "INSERT INTO _prisma_migrations (id, checksum, started_at, migration_name) "
        f"VALUES ({p}, {p}, {p}, {p})"
    )


def insert_applied_sql(provider: str) -> str:
    """(id, checksum, started_at, finished_at, migration_name, logs): `resolve --applied`."""
    p = placeholder(provider)
    return (
        "INSERT INTO _prisma_migrations "
        "(id, checksum, started_at, finished_at, migration_name, logs) "
        f"VALUES ({p}, {p}, {p}, {p}, {p}, {p})"
    )


def insert_finished_sql(provider: str) -> str:
    """(id, checksum, started_at, finished_at, migration_name): a migration that ran in one
    transaction together with this row, written once the script succeeded: the row Prisma's
    INSERT, step count and finish leave behind at COMMIT."""
    p = placeholder(provider)
    return (
        "INSERT INTO _prisma_migrations "
        "(id, checksum, started_at, finished_at, migration_name, applied_steps_count) "
        f"VALUES ({p}, {p}, {p}, {p}, {p}, 1)"
    )


def finished_row_literal_sql(row_id: str, checksum: str, migration_name: str) -> str:
    """PostgreSQL: the finished row of `insert_finished_sql` with its values written in, to travel
    in the migration's own message after the script: `started_at` is when the server received
    that message, `finished_at` when the script had run (values quoted for
    standard_conforming_strings, which every lamina connection turns on)."""
    values = ", ".join("'" + value.replace("'", "''") + "'" for value in (row_id, checksum))
    name = "'" + migration_name.replace("'", "''") + "'"
    return (
        "INSERT INTO _prisma_migrations "
        "(id, checksum, started_at, finished_at, migration_name, applied_steps_count) "
        f"VALUES ({values}, statement_timestamp(), clock_timestamp(), {name}, 1)"
    )


def record_step_sql(provider: str) -> str:
    """(id): one more script step succeeded."""
    return (
        "UPDATE _prisma_migrations SET applied_steps_count = applied_steps_count + 1 "
        f"WHERE id = {placeholder(provider)}"
    )


def record_finished_sql(provider: str) -> str:
    """(finished_at, id)."""
    p = placeholder(provider)
    return f"UPDATE _prisma_migrations SET finished_at = {p} WHERE id = {p}"


def record_failed_sql(provider: str) -> str:
    """(logs, id)."""
    p = placeholder(provider)
    return f"UPDATE _prisma_migrations SET logs = {p} WHERE id = {p}"


def record_rolled_back_sql(provider: str) -> str:
    """(rolled_back_at, id)."""
    p = placeholder(provider)
    return f"UPDATE _prisma_migrations SET rolled_back_at = {p} WHERE id = {p}"


# --- timestamps -------------------------------------------------------------------------------
# PostgreSQL: TIMESTAMPTZ. MySQL: DATETIME(3) holding UTC. SQLite: Prisma's native engine stores
# INTEGER milliseconds since the epoch and reads integers, `%Y-%m-%d %H:%M:%S` text or RFC 3339.


def now_utc() -> datetime:
    return datetime.now(timezone.utc)


def timestamp_param(provider: str, moment: datetime) -> object:
    match provider:
        case "sqlite":
            return int(moment.timestamp() * 1000)  # milliseconds, truncated
        case "mysql":
            return moment.astimezone(timezone.utc).replace(tzinfo=None)
        case _:
            return moment


def parse_timestamp(value: object) -> datetime | None:
    """A timestamp as any provider returns it, as an aware UTC datetime."""
    match value:
        case None:
            return None
        case datetime() if value.tzinfo is None:
            return value.replace(tzinfo=timezone.utc)
        case datetime():
            return value.astimezone(timezone.utc)
        case int() | float():
            return datetime.fromtimestamp(value / 1000, timezone.utc)
        case str():
            return _parse_timestamp_text(value)
    raise ValueError(f"unexpected timestamp value {value!r} in _prisma_migrations")


def _parse_timestamp_text(text: str) -> datetime:
    text = text.strip()
    if text.lstrip("-").isdigit():
        return datetime.fromtimestamp(int(text) / 1000, timezone.utc)
    try:
        moment = datetime.fromisoformat(text.replace("Z", "+00:00"))
    except ValueError:
        from email.utils import parsedate_to_datetime

        moment = parsedate_to_datetime(text)
    return moment.replace(tzinfo=timezone.utc) if moment.tzinfo is None else moment.astimezone(timezone.utc)


def render_timestamp(moment: datetime) -> str:
    """How the engine prints a UTC timestamp (chrono's Display): `2024-01-02 03:04:05.678 UTC`."""
    moment = moment.astimezone(timezone.utc)
    text = moment.strftime("%Y-%m-%d %H:%M:%S")
    if moment.microsecond:
        micros = f"{moment.microsecond:06d}"
        text += "." + (micros[:3] if micros.endswith("000") else micros)
    return f"{text} UTC"


def record_from_row(row: tuple) -> MigrationRecord:
    id_, checksum, finished_at, name, logs, rolled_back_at, started_at, steps = row
    return MigrationRecord(
        id=str(id_),
        checksum=checksum,
        finished_at=parse_timestamp(finished_at),
        migration_name=name,
        logs=logs,
        rolled_back_at=parse_timestamp(rolled_back_at),
        started_at=parse_timestamp(started_at),  # type: ignore[arg-type]
        applied_steps_count=int(steps),
    )
