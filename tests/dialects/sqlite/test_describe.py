"""describe_sqlite against real databases built from Prisma's own SQL (goldens in ../fixtures)."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from lamina.dialects.sqlite.describe import QUERY_NAMES, describe_sqlite

from ..conftest import corpus_root

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures"


def apply_fixture(conn: sqlite3.Connection, case: str) -> None:
    conn.executescript((FIXTURES / case / "migration.sql").read_text("utf-8"))


EXPECTED_TYPES = """\
table BigId
  id BIGINT BigInt
  pk None (id)
table Composite
  a TEXT String
  b INTEGER Int
  email TEXT String
  pk None (a, b)
  unique ba_unique (b, a)
  unique Composite_email_key (email)
table Everything
  id INTEGER Int autoincrement
  text TEXT String = "it's"
  optText TEXT String?
  int INTEGER Int = -7
  big BIGINT BigInt = 42
  float REAL Float = 1.5
  dec DECIMAL Decimal = Decimal('10.25')
  flag BOOLEAN Boolean = False
  created DATETIME DateTime = now()
  updated DATETIME DateTime
  fixedAt DATETIME DateTime = '2020-01-02 03:04:05 +00:00'
  json JSONB Json?
  bytes BLOB Binary?
  uid TEXT String
  generated TEXT String = dbgenerated('(lower(hex(randomblob(4))))')
  vector circle Unsupported?
  pk None (id)
table NoAutoincrement
  id INTEGER Int autoincrement
  name TEXT String
  pk None (id)
  unique NoAutoincrement_name_key (name)
table TextId
  id TEXT String
  rank BIGINT BigInt
  pk None (id)
  normal TextId_rank_id_idx (rank desc, id)
"""

EXPECTED_RELATIONS = """\
table Comment
  postId INTEGER Int
  seq INTEGER Int
  pk None (postId, seq)
  fk Comment_postId_fkey (postId) -> Post(id) delete=Restrict update=Restrict
table Group
  id INTEGER Int autoincrement
  pk None (id)
table Post
  id INTEGER Int autoincrement
  authorId TEXT String
  editorId TEXT String? = 'nobody'
  pk None (id)
  normal Post_authorId_idx (authorId)
  fk Post_authorId_fkey (authorId) -> User(id) delete=Restrict update=Cascade
table Profile
  id INTEGER Int autoincrement
  userId TEXT String
  pk None (id)
  unique Profile_userId_key (userId)
  fk Profile_userId_fkey (userId) -> User(id) delete=Cascade update=Cascade
table Reply
  id INTEGER Int autoincrement
  postId INTEGER Int = 0
  seq INTEGER Int = 0
  pk None (id)
  fk Reply_postId_seq_fkey (postId, seq) -> Comment(postId, seq) delete=SetDefault update=Cascade
table Tag
  name TEXT String
  pk None (name)
table User
  id TEXT String
  email TEXT String
  managerId TEXT String?
  pk None (id)
  unique User_email_key (email)
  fk User_managerId_fkey (managerId) -> User(id) delete=SetNull update=NoAction
table _GroupToUser
  A INTEGER Int
  B TEXT String
  normal _GroupToUser_B_index (B)
  unique _GroupToUser_AB_unique (A, B)
  fk _GroupToUser_A_fkey (A) -> Group(id) delete=Cascade update=Cascade
  fk _GroupToUser_B_fkey (B) -> User(id) delete=Cascade update=Cascade
table _UserTags
  A TEXT String
  B TEXT String
  normal _UserTags_B_index (B)
  unique _UserTags_AB_unique (A, B)
  fk _UserTags_A_fkey (A) -> Tag(name) delete=Cascade update=Cascade
  fk _UserTags_B_fkey (B) -> User(id) delete=Cascade update=Cascade
"""


def test_scalar_types_defaults_and_indexes(sqlite_conn, render_schema):
    apply_fixture(sqlite_conn, "sqlite_types")
    assert render_schema(describe_sqlite(sqlite_conn)) == EXPECTED_TYPES


def test_relations_with_every_action_and_implicit_many_to_many(sqlite_conn, render_schema):
    apply_fixture(sqlite_conn, "sqlite_relations")
    assert render_schema(describe_sqlite(sqlite_conn)) == EXPECTED_RELATIONS


def test_defaults_of_every_kind(sqlite_conn, render_schema):
    sqlite_conn.executescript(
        """
        CREATE TABLE "D" (
            "a" TEXT DEFAULT 'it''s',
            "b" INTEGER DEFAULT (1 + 2),
            "c" BOOLEAN DEFAULT 1,
            "d" BOOLEAN DEFAULT true,
            "e" DATETIME DEFAULT (datetime('now')),
            "f" DATETIME DEFAULT CURRENT_TIMESTAMP,
            "g" REAL DEFAULT -2.5e2,
            "h" DECIMAL(10,2) DEFAULT '3.10',
            "i" TEXT DEFAULT NULL,
            "j" BLOB DEFAULT x'0102',
            "k" VARCHAR(12) DEFAULT "dq",
            "l" BIGINT DEFAULT -3
        );
        """
    )
    assert render_schema(describe_sqlite(sqlite_conn)) == """\
table D
  a TEXT String? = "it's"
  b INTEGER Int? = dbgenerated('(1 + 2)')
  c BOOLEAN Boolean? = True
  d BOOLEAN Boolean? = True
  e DATETIME DateTime? = now()
  f DATETIME DateTime? = now()
  g REAL Float? = -250.0
  h DECIMAL Decimal? = Decimal('3.10')
  i TEXT String?
  j BLOB Binary? = dbgenerated("x'0102'")
  k TEXT String? = 'dq'
  l BIGINT BigInt? = -3
"""


def test_foreign_keys_named_and_unnamed_and_system_tables_ignored(sqlite_conn, render_schema):
    sqlite_conn.executescript(
        """
        CREATE TABLE "A" ("id" INTEGER NOT NULL PRIMARY KEY, "x" TEXT, "y" TEXT, UNIQUE ("x", "y"));
        CREATE TABLE "B" (
            "id" INTEGER PRIMARY KEY AUTOINCREMENT,
            "a" INTEGER REFERENCES "A",
            "x" TEXT, "y" TEXT,
            CONSTRAINT "B_xy" FOREIGN KEY ("x", "y") REFERENCES "A" ("x", "y") ON DELETE CASCADE
        );
        CREATE INDEX "B_partial" ON "B"("x") WHERE "x" IS NOT NULL;
        CREATE INDEX "B_expr" ON "B"(lower("y"));
        CREATE TABLE "_prisma_migrations" ("id" TEXT PRIMARY KEY);
        CREATE TABLE "_cf_KV" ("k" TEXT);
        CREATE VIEW "V" AS SELECT 1;
        INSERT INTO "B" ("x") VALUES ('n');
        ANALYZE;
        """
    )
    schema = describe_sqlite(sqlite_conn)
    assert render_schema(schema) == """\
table A
  id INTEGER Int autoincrement
  x TEXT String?
  y TEXT String?
  pk None (id)
  unique sqlite_autoindex_A_1 (x, y)
table B
  id INTEGER Int autoincrement
  a INTEGER Int?
  x TEXT String?
  y TEXT String?
  pk None (id)
  normal B_partial (x) where "x" IS NOT NULL
  fk None (a) -> A(id) delete=NoAction update=NoAction
  fk B_xy (x, y) -> A(x, y) delete=Cascade update=NoAction
view V
"""


class CountingCursor(sqlite3.Cursor):
    statements = 0

    def execute(self, *args, **kwargs):
        type(self).statements += 1
        return super().execute(*args, **kwargs)


class CountingConnection(sqlite3.Connection):
    def execute(self, *args, **kwargs):
        return self.cursor().execute(*args, **kwargs)

    def cursor(self, factory=CountingCursor):
        return super().cursor(factory)


def _count_queries(path: Path, tables: int) -> int:
    conn = sqlite3.connect(path, isolation_level=None, factory=CountingConnection)
    conn.executescript(
        "".join(
            f'CREATE TABLE "t{i}" ("id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT, "v" TEXT, '
            f'"p" INTEGER REFERENCES "t{max(i - 1, 0)}" ("id")); CREATE UNIQUE INDEX "t{i}_v" ON "t{i}"("v");'
            for i in range(tables)
        )
    )
    CountingCursor.statements = 0
    schema = describe_sqlite(conn)
    conn.close()
    assert len(schema.tables) == tables
    return CountingCursor.statements


def test_query_count_does_not_grow_with_tables(tmp_path):
    small = _count_queries(tmp_path / "small.db", 2)
    large = _count_queries(tmp_path / "large.db", 200)
    assert small == large == len(QUERY_NAMES)


CLEAN_HISTORIES = ["epic-stack", "pingvin-share", "spacedrive", "teable-sqlite"]


# --- round trip: calculate(schema) == describe(apply(Prisma's SQL for schema)) ---------------------

CALCULATE_GOLDENS = Path(__file__).resolve().parents[2] / "calculate" / "goldens"


def calculated(schema_path: Path):
    from lamina.psl import check_schema, read_schema_files
    from lamina.schema.calculate import calculate_sql_schema

    validated, diagnostics = check_schema(read_schema_files(schema_path))
    assert validated is not None, diagnostics
    return calculate_sql_schema(validated)


def assert_round_trip(conn: sqlite3.Connection, expected) -> None:
    from lamina.dialects import DIALECTS
    from lamina.diffing.differ import diff_schemas

    from ..conftest import roundtrip_mismatches

    described = describe_sqlite(conn)
    assert roundtrip_mismatches(expected, described, is_sqlite=True) == []
    assert diff_schemas(described, expected, DIALECTS["sqlite"]) == []


@pytest.mark.parametrize("case", ["sqlite_types", "sqlite_relations"])
def test_fixture_round_trip(case, sqlite_conn):
    expected = calculated(FIXTURES / case / "schema.prisma")
    apply_fixture(sqlite_conn, case)
    assert_round_trip(sqlite_conn, expected)


@pytest.mark.parametrize("entry", CLEAN_HISTORIES)
def test_corpus_round_trip(entry, sqlite_conn):
    root = corpus_root()
    if root is None:
        pytest.skip("corpus absent (set LAMINA_CORPUS)")
    expected = calculated(root / entry / "schema.prisma")
    sqlite_conn.executescript((CALCULATE_GOLDENS / f"{entry}.sql").read_text("utf-8"))
    assert_round_trip(sqlite_conn, expected)


# --- corpus histories: replayed by a plain loop, described; drift compared with Prisma's -----------

# `prisma migrate diff --from-migrations --to-schema` for the histories the oracle can replay.
DRIFT = FIXTURES / "drift"


@pytest.mark.parametrize("entry", CLEAN_HISTORIES)
def test_corpus_history_replays_and_describes(entry, sqlite_conn):
    from lamina.dialects import DIALECTS
    from lamina.diffing.differ import diff_schemas
    from lamina.diffing.script import render_script

    root = corpus_root()
    if root is None:
        pytest.skip("corpus absent (set LAMINA_CORPUS)")
    for script in sorted((root / entry / "migrations").glob("*/migration.sql"), key=lambda p: p.parent.name):
        sqlite_conn.executescript(script.read_text("utf-8"))
    described = describe_sqlite(sqlite_conn)
    assert described.tables
    for table in described.tables:
        assert table.columns, table.name
        names = {c.name for c in table.columns}
        for index in table.indexes:
            assert {c.name for c in index.columns} <= names, index
        for fk in table.foreign_keys:
            assert set(fk.columns) <= names, fk
            assert fk.name is not None, (table.name, fk)
    golden = DRIFT / f"{entry}.sql"
    if golden.exists():
        dialect = DIALECTS["sqlite"]
        actual = render_script(diff_schemas(described, calculated(root / entry / "schema.prisma"), dialect), dialect)
        # `migrate diff --output` adds newlines after the script (one, or two after an empty one).
        assert actual.rstrip("\n") == golden.read_text("utf-8").rstrip("\n")


def test_the_connection_row_factory_does_not_matter(sqlite_conn):
    sqlite_conn.row_factory = sqlite3.Row
    sqlite_conn.execute('CREATE TABLE "T" ("id" INTEGER PRIMARY KEY, "v" TEXT UNIQUE)')
    table = describe_sqlite(sqlite_conn).tables[0]
    assert (table.name, [i.kind for i in table.indexes]) == ("T", ["unique"])
