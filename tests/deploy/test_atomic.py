"""One migration, one transaction: failures leave nothing behind; statements that cannot run in a
transaction run on their own; SQLite table redefinitions keep child rows."""

from __future__ import annotations

from pathlib import Path

import pytest

from lamina.engine.apply import apply_migrations
from lamina.engine.tables import read_history
from lamina.engine.connection import Connection
from lamina.errors import FoundFailedMigrations, MigrationFailedToApply

from .conftest import make_migrations

INIT = (
    'CREATE TABLE "Account" ("id" INTEGER NOT NULL PRIMARY KEY, "name" TEXT);\n'
    "INSERT INTO \"Account\" VALUES (1, 'a'), (2, 'b');\n"
)
# Four statements that succeed, then one that fails.
MID_FILE_FAILURE = (
    'CREATE TABLE "Ledger" ("id" INTEGER NOT NULL PRIMARY KEY);\n'
    "INSERT INTO \"Account\" VALUES (3, 'c');\n"
    'ALTER TABLE "Account" ADD COLUMN "balance" INTEGER;\n'
    "UPDATE \"Account\" SET \"name\" = 'changed';\n"
    'INSERT INTO "Missing" VALUES (1);\n'
    'CREATE TABLE "Never" ("id" INTEGER);\n'
)


def tables(conn: Connection) -> list[str]:
    if conn.provider == "sqlite":
        sql = "SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name"
    else:
        sql = "SELECT tablename FROM pg_tables WHERE schemaname = 'public' ORDER BY tablename"
    return [row[0] for row in conn.query(sql)]


def columns(conn: Connection, table: str) -> list[str]:
    if conn.provider == "sqlite":
        return [row[1] for row in conn.query(f'PRAGMA table_info("{table}")')]
    return [row[0] for row in conn.query(
        "SELECT column_name FROM information_schema.columns WHERE table_name = %s ORDER BY ordinal_position", (table,))]


def test_failing_statement_mid_file_leaves_the_database_unchanged(conn: Connection, tmp_path: Path) -> None:
    local = make_migrations(tmp_path, {"1_init": INIT, "2_mid_file_failure": MID_FILE_FAILURE})
    with pytest.raises(MigrationFailedToApply) as raised:
        apply_migrations(conn, local)
    assert raised.value.migration_name == "2_mid_file_failure"
    assert tables(conn) == ["Account", "_prisma_migrations"]
    assert columns(conn, "Account") == ["id", "name"]
    assert conn.query('SELECT "id", "name" FROM "Account" ORDER BY "id"') == [(1, "a"), (2, "b")]

    # Recorded as Prisma records it: started, not finished, the error in the logs.
    failed = [r for r in read_history(conn) if r.migration_name == "2_mid_file_failure"]
    assert len(failed) == 1 and failed[0].is_failed and failed[0].applied_steps_count == 0
    assert failed[0].logs.startswith(raised.value.message())
    if conn.provider == "postgresql":
        assert "\x1b[1m  5\x1b[1;31m INSERT INTO \"Missing\" VALUES (1);\x1b[0m" in failed[0].logs
    with pytest.raises(FoundFailedMigrations):
        apply_migrations(conn, local)


def test_failure_at_commit_is_recorded_too(db_url, conn: Connection, tmp_path: Path) -> None:
    """A deferred constraint is only checked by COMMIT: still P3018, still nothing applied."""
    if conn.provider == "sqlite":
        script = (
            'PRAGMA defer_foreign_keys = ON;\n'
            'CREATE TABLE "Child" ("id" INTEGER PRIMARY KEY, "accountId" INTEGER REFERENCES "Account"("id"));\n'
            'INSERT INTO "Child" VALUES (1, 99);\n'
        )
    else:
        script = (
            'CREATE TABLE "Child" ("id" INTEGER PRIMARY KEY, "accountId" INTEGER REFERENCES "Account"("id") '
            "DEFERRABLE INITIALLY DEFERRED);\n"
            'INSERT INTO "Child" VALUES (1, 99);\n'
        )
    local = make_migrations(tmp_path, {"1_init": INIT, "2_deferred": script})
    with pytest.raises(MigrationFailedToApply):
        apply_migrations(conn, local)
    assert "Child" not in tables(conn)
    assert [r.migration_name for r in read_history(conn) if r.is_failed] == ["2_deferred"]


def test_postgres_concurrent_index_runs_on_its_own_and_the_plan_is_stated(postgres_url, tmp_path: Path) -> None:
    from lamina.engine.connection import connect
    from lamina.engine.urls import parse_database_url

    script = (
        'CREATE TABLE "Event" ("id" INTEGER PRIMARY KEY, "at" TIMESTAMP, "kind" TEXT);\n'
        'CREATE INDEX CONCURRENTLY "Event_at_idx" ON "Event"("at");\n'
        'ALTER TABLE "Event" ADD COLUMN "note" TEXT;\n'
        'DROP INDEX CONCURRENTLY "Event_at_idx";\n'
        'CREATE UNIQUE INDEX CONCURRENTLY "Event_kind_key" ON "Event"("kind");\n'
    )
    plans: list[tuple[str, str]] = []
    with connect(parse_database_url(postgres_url)) as conn:
        applied = apply_migrations(
            conn, make_migrations(tmp_path, {"1_events": script}), on_plan=lambda *p: plans.append(p)
        )
        assert applied == ["1_events"]
        assert plans == [("1_events", (
            "runs in 5 steps: CREATE INDEX CONCURRENTLY, DROP INDEX CONCURRENTLY, CREATE INDEX CONCURRENTLY "
            "outside a transaction, the other statements in 2 transactions"
        ))]
        assert conn.query(
            "SELECT indexrelid::regclass::text, indisvalid FROM pg_index WHERE indrelid = '\"Event\"'::regclass "
            "ORDER BY 1"
        ) == [('"Event_kind_key"', True), ('"Event_pkey"', True)]
        [record] = read_history(conn)
        assert record.is_applied and record.applied_steps_count == 1


def test_postgres_enum_value_used_later_in_the_same_file(postgres_url, tmp_path: Path) -> None:
    from lamina.engine.connection import connect
    from lamina.engine.urls import parse_database_url

    init = (
        "CREATE TYPE \"Role\" AS ENUM ('USER', 'ADMIN');\n"
        "CREATE TABLE \"User\" (\"id\" INTEGER PRIMARY KEY, \"role\" \"Role\" NOT NULL DEFAULT 'USER');\n"
        "INSERT INTO \"User\" VALUES (1, 'ADMIN'), (2, 'USER');\n"
    )
    owner = (
        "ALTER TYPE \"Role\" ADD VALUE 'OWNER';\n"
        "UPDATE \"User\" SET \"role\" = 'OWNER' WHERE \"role\" = 'ADMIN';\n"
        "ALTER TABLE \"User\" ALTER COLUMN \"role\" SET DEFAULT 'OWNER';\n"
    )
    with connect(parse_database_url(postgres_url)) as conn:
        apply_migrations(conn, make_migrations(tmp_path, {"1_init": init, "2_owner": owner}))
        assert conn.query('SELECT "id", "role"::text FROM "User" ORDER BY "id"') == [(1, "OWNER"), (2, "USER")]


def test_postgres_file_with_its_own_transactions_runs_as_written(postgres_url, tmp_path: Path) -> None:
    from lamina.engine.connection import connect
    from lamina.engine.urls import parse_database_url

    script = (
        "BEGIN;\nCREATE TYPE \"S\" AS ENUM ('a');\nCOMMIT;\n"
        "BEGIN;\nALTER TYPE \"S\" ADD VALUE 'b';\nCOMMIT;\n"
        "CREATE TABLE \"T\" (\"s\" \"S\" NOT NULL DEFAULT 'b');\n"
        "DO $$ BEGIN PERFORM 1; EXCEPTION WHEN others THEN NULL; END $$;\n"
        "CREATE FUNCTION semi() RETURNS text AS $f$ SELECT ';' $f$ LANGUAGE sql;\n"
    )
    with connect(parse_database_url(postgres_url)) as conn:
        apply_migrations(conn, make_migrations(tmp_path, {"1_own": script}))
        assert conn.query("SELECT semi()") == [(";",)]
        assert conn.query("SELECT enum_range(NULL::\"S\")::text") == [("{a,b}",)]


def test_postgres_error_position_counts_from_the_start_of_the_file(postgres_url, tmp_path: Path) -> None:
    """A script sent in steps reports the failing line as in the whole file, as one message would."""
    from lamina.engine.connection import connect
    from lamina.engine.urls import parse_database_url

    script = (
        'CREATE TABLE "A" ("id" INTEGER, "x" INTEGER);\n'
        'CREATE INDEX CONCURRENTLY "A_id" ON "A"("id");\n'
        "-- comment\n"
        'SELECT "nope" FROM "A";\n'
    )
    with connect(parse_database_url(postgres_url)) as conn:
        with pytest.raises(MigrationFailedToApply) as raised:
            apply_migrations(conn, make_migrations(tmp_path, {"1_a": script}))
        text = raised.value.database_error
        assert "\x1b[1m  4\x1b[1;31m SELECT \"nope\" FROM \"A\";\x1b[0m" in text
        position = script.index('"nope"') + 1
        assert f"position: Some(Original({position}))" in text
        [record] = read_history(conn)
        assert record.is_failed and record.logs.startswith(raised.value.message())


def test_postgres_one_message_per_migration_keeps_the_files_positions_and_rows(postgres_url, tmp_path: Path) -> None:
    """BEGIN, script, row and COMMIT go out together: a script ending in a comment without a
    newline still gets its row; a failing statement is reported at its place in the file; the
    row's times are the server's, started before finished; a quote in the name is kept."""
    from lamina.engine.connection import connect
    from lamina.engine.urls import parse_database_url

    failing = 'CREATE TABLE "B" ("id" INTEGER);\n-- comment\nSELECT "nope" FROM "B";\n'
    with connect(parse_database_url(postgres_url)) as conn:
        local = make_migrations(tmp_path, {"1_it's": 'CREATE TABLE "A" ("id" INTEGER)\n-- the end'})
        assert apply_migrations(conn, local) == ["1_it's"]
        [record] = read_history(conn)
        assert record.migration_name == "1_it's" and record.applied_steps_count == 1
        assert record.started_at <= record.finished_at
        local += make_migrations(tmp_path, {"2_b": failing})
        with pytest.raises(MigrationFailedToApply) as raised:
            apply_migrations(conn, local)
        text = raised.value.database_error
        assert "\x1b[1m  3\x1b[1;31m SELECT \"nope\" FROM \"B\";\x1b[0m" in text
        position = failing.index('"nope"') + 1
        assert f"position: Some(Original({position}))" in text
        assert tables(conn) == ["A", "_prisma_migrations"]  # nothing of 2_b is left
        failed = [r for r in read_history(conn) if r.migration_name == "2_b"]
        assert len(failed) == 1 and failed[0].is_failed


# --- SQLite table redefinitions ------------------------------------------------------------------

SQLITE_PARENT_AND_CHILDREN = (
    'CREATE TABLE "Parent" ("id" INTEGER NOT NULL PRIMARY KEY, "name" TEXT NOT NULL);\n'
    'CREATE TABLE "Child" ("id" INTEGER NOT NULL PRIMARY KEY, "parentId" INTEGER NOT NULL,\n'
    '    CONSTRAINT "Child_parentId_fkey" FOREIGN KEY ("parentId") REFERENCES "Parent" ("id") '
    "ON DELETE CASCADE ON UPDATE CASCADE);\n"
    'CREATE TABLE "GrandChild" ("id" INTEGER NOT NULL PRIMARY KEY, "childId" INTEGER NOT NULL,\n'
    '    CONSTRAINT "GrandChild_childId_fkey" FOREIGN KEY ("childId") REFERENCES "Child" ("id") '
    "ON DELETE CASCADE ON UPDATE CASCADE);\n"
    "INSERT INTO \"Parent\" VALUES (1, 'p1'), (2, 'p2');\n"
    'INSERT INTO "Child" VALUES (10, 1), (11, 1), (12, 2);\n'
    'INSERT INTO "GrandChild" VALUES (100, 10), (101, 12);\n'
)
# What Prisma's differ writes to change a column of "Parent" on SQLite.
SQLITE_REDEFINE_PARENT = (
    "-- RedefineTables\n"
    "PRAGMA defer_foreign_keys=ON;\n"
    "PRAGMA foreign_keys=OFF;\n"
    'CREATE TABLE "new_Parent" ("id" INTEGER NOT NULL PRIMARY KEY, "name" TEXT NOT NULL, "age" INTEGER);\n'
    'INSERT INTO "new_Parent" ("id", "name") SELECT "id", "name" FROM "Parent";\n'
    'DROP TABLE "Parent";\n'
    'ALTER TABLE "new_Parent" RENAME TO "Parent";\n'
    "PRAGMA foreign_keys=ON;\n"
    "PRAGMA defer_foreign_keys=OFF;\n"
)


def test_sqlite_redefining_a_parent_table_keeps_every_child_row(sqlite_url: str, tmp_path: Path) -> None:
    from lamina.engine.connection import connect
    from lamina.engine.urls import parse_database_url

    with connect(parse_database_url(sqlite_url)) as conn:
        assert conn.query("PRAGMA foreign_keys") == [(1,)]
        local = make_migrations(tmp_path, {"1_init": SQLITE_PARENT_AND_CHILDREN, "2_redefine": SQLITE_REDEFINE_PARENT})
        assert apply_migrations(conn, local) == ["1_init", "2_redefine"]
        assert conn.query('SELECT "id", "parentId" FROM "Child" ORDER BY "id"') == [(10, 1), (11, 1), (12, 2)]
        assert conn.query('SELECT "id", "childId" FROM "GrandChild" ORDER BY "id"') == [(100, 10), (101, 12)]
        assert "age" in [row[1] for row in conn.query('PRAGMA table_info("Parent")')]
        assert conn.query("PRAGMA foreign_keys") == [(1,)]  # restored after the migration
        assert conn.query("PRAGMA foreign_key_check") == []
        # Cascades still work afterwards: the children follow their parent.
        conn.execute('DELETE FROM "Parent" WHERE "id" = 1')
        assert conn.query('SELECT "id" FROM "Child" ORDER BY "id"') == [(12,)]
        assert conn.query('SELECT "id" FROM "GrandChild"') == [(101,)]


def test_sqlite_redefinition_failing_half_way_is_rolled_back(sqlite_url: str, tmp_path: Path) -> None:
    from lamina.engine.connection import connect
    from lamina.engine.urls import parse_database_url

    broken = SQLITE_REDEFINE_PARENT.replace(
        'ALTER TABLE "new_Parent" RENAME TO "Parent";\n',
        'ALTER TABLE "new_Parent" RENAME TO "Parent";\nINSERT INTO "Missing" VALUES (1);\n',
    )
    with connect(parse_database_url(sqlite_url)) as conn:
        local = make_migrations(tmp_path, {"1_init": SQLITE_PARENT_AND_CHILDREN, "2_redefine": broken})
        with pytest.raises(MigrationFailedToApply):
            apply_migrations(conn, local)
        assert [row[1] for row in conn.query('PRAGMA table_info("Parent")')] == ["id", "name"]
        assert "new_Parent" not in tables(conn)
        assert conn.query('SELECT count(*) FROM "Child"') == [(3,)]
        assert conn.query("PRAGMA foreign_keys") == [(1,)]


def test_sqlite_script_ending_in_a_comment_without_newline(sqlite_url: str, tmp_path: Path) -> None:
    from lamina.engine.connection import connect
    from lamina.engine.urls import parse_database_url

    with connect(parse_database_url(sqlite_url)) as conn:
        local = make_migrations(tmp_path, {"1_a": 'CREATE TABLE "A" ("id" INTEGER)\n-- the end'})
        assert apply_migrations(conn, local) == ["1_a"]
        assert "A" in tables(conn)


def test_sqlite_file_with_its_own_transaction_runs_as_written(sqlite_url: str, tmp_path: Path) -> None:
    from lamina.engine.connection import connect
    from lamina.engine.urls import parse_database_url

    script = (
        'BEGIN TRANSACTION;\nCREATE TABLE "A" ("id" INTEGER);\nCOMMIT;\n'
        'CREATE TABLE "B" ("id" INTEGER);\n'
        'CREATE TRIGGER "t" AFTER INSERT ON "A" BEGIN INSERT INTO "B" VALUES (NEW."id"); END;\n'
    )
    with connect(parse_database_url(sqlite_url)) as conn:
        assert apply_migrations(conn, make_migrations(tmp_path, {"1_own": script})) == ["1_own"]
        conn.execute('INSERT INTO "A" VALUES (7)')
        assert conn.query('SELECT "id" FROM "B"') == [(7,)]
