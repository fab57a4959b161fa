"""A plain replay of a migrations folder on PostgreSQL: the floor that `migrate deploy` is measured against.

    python bench/plain_replay.py URL MIGRATIONS_DIR

It is written on its own, without lamina's code, and does the least work a migration tool must do:

* one psycopg connection, in autocommit mode;
* a `_prisma_migrations`-like history table (Prisma's columns) created up front;
* for each `<folder>/migration.sql`, in folder-name byte order: read the file, compute its SHA-256,
  insert a history row (started), send the whole file as ONE simple-query message (PostgreSQL runs it
  as one implicit transaction, as Prisma's engine does), then mark the row finished;
* it stops at the first failing file (exit 1, the server's message on stderr).

Not done, unlike a real tool: no advisory lock, no check of the history against the folder, no
schema file, no configuration loading.
"""

from __future__ import annotations

import hashlib
import sys
import uuid
from pathlib import Path

import psycopg

HISTORY_TABLE = """
CREATE TABLE IF NOT EXISTS "_prisma_migrations" (
    "id" VARCHAR(36) PRIMARY KEY NOT NULL,
    "checksum" VARCHAR(64) NOT NULL,
    "finished_at" TIMESTAMPTZ,
    "migration_name" VARCHAR(255) NOT NULL,
    "logs" TEXT,
    "rolled_back_at" TIMESTAMPTZ,
    "started_at" TIMESTAMPTZ NOT NULL DEFAULT now(),
    "applied_steps_count" INTEGER NOT NULL DEFAULT 0
)"""


def migration_files(folder: Path) -> list[Path]:
    names = sorted((p.name for p in folder.iterdir() if (p / "migration.sql").is_file()),
                   key=lambda n: n.encode())
    return [folder / n / "migration.sql" for n in names]


def replay(url: str, folder: Path) -> int:
    files = migration_files(folder)
    with psycopg.connect(url, autocommit=True) as conn:
        conn.execute(HISTORY_TABLE)
        for path in files:
            script = path.read_bytes()
            row_id = str(uuid.uuid4())
            conn.execute(
                'INSERT INTO "_prisma_migrations" ("id", "checksum", "migration_name") VALUES (%s, %s, %s)',
                (row_id, hashlib.sha256(script).hexdigest(), path.parent.name))
            conn.execute(script.decode("utf-8"))  # no parameters: one simple-query message
            conn.execute(
                'UPDATE "_prisma_migrations" SET "finished_at" = now(), "applied_steps_count" = 1 WHERE "id" = %s',
                (row_id,))
    return len(files)


def main(argv: list[str]) -> int:
    if len(argv) != 2:
        print(__doc__, file=sys.stderr)
        return 2
    try:
        count = replay(argv[0], Path(argv[1]))
    except psycopg.Error as exc:
        print(f"replay failed: {exc}", file=sys.stderr)
        return 1
    print(f"applied {count} migrations")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
