"""describe_mysql on MariaDB: a database created from lamina's SQL describes back to the calculated
schema (the diff is empty), in a fixed number of catalog queries; MySQL's own FK indexes and
MariaDB's JSON-as-LONGTEXT are absorbed as Prisma does."""

from __future__ import annotations

from lamina.dialects import DIALECTS
from lamina.dialects.mysql.describe import column_type, parse_default
from lamina.diffing.differ import diff_schemas
from lamina.engine.connection import connect
from lamina.engine.describe import describe_database
from lamina.engine.urls import parse_database_url
from lamina.schema.model import ColumnDefault, EMPTY_SCHEMA
from tests.dialects.mysql.test_render import schema
from tests.mysql.cases import run, script

RICH = """model User {
  id        Int       @id @default(autoincrement())
  email     String    @unique @db.VarChar(200)
  name      String?
  role      Role      @default(USER)
  createdAt DateTime  @default(now())
  stamp     DateTime? @db.Timestamp(0)
  plain     DateTime? @db.Timestamp
  score     Float     @default(0.5)
  small     Int       @default(-3) @db.SmallInt
  unsigned  Int?      @db.UnsignedInt
  money     Decimal   @default(10.25) @db.Decimal(10, 2)
  active    Boolean   @default(true)
  bit       Boolean?  @db.Bit(1)
  data      Json?
  raw       Bytes?    @db.VarBinary(16)
  bio       String?   @db.Text
  quote     String    @default("it's")
  uuid      String    @default(uuid()) @db.Char(36)
  year      Int?      @db.Year
  posts     Post[]
  tags      Tag[]
  @@index([bio(length: 20)])
  @@fulltext([bio], map: "User_bio_ft")
  @@unique([name(sort: Desc), email])
}

model Post {
  id       String @id
  authorId Int
  author   User   @relation(fields: [authorId], references: [id], onDelete: Cascade)
}

model Tag {
  id    Int    @id
  users User[]
}

enum Role {
  USER
  ADMIN
  OWNER @map("it's")
}
"""


def test_rich_schema_round_trips(mysql_url: str) -> None:
    calculated = schema(RICH)
    run(mysql_url, script(EMPTY_SCHEMA, calculated))
    with connect(parse_database_url(mysql_url)) as conn:
        described = describe_database(conn)
    assert script(described, calculated) == "-- This is an empty migration."
    post = described.table("Post")
    # InnoDB's own index for the foreign key is described, and left alone by the differ.
    assert [ix.name for ix in post.indexes] == ["Post_authorId_fkey"]
    assert described.table("User").column("data").type.full_data_type == "JSON"


def test_catalog_queries_are_a_fixed_number(mysql_url: str) -> None:
    run(mysql_url, script(EMPTY_SCHEMA, schema(RICH)))
    calls = []

    class Counting:
        def __init__(self, raw):
            self.raw = raw

        def execute(self, sql, params=None):
            calls.append(sql)
            return self.raw.execute(sql, params)

    from lamina.dialects.mysql.describe import describe_mysql

    with connect(parse_database_url(mysql_url)) as conn:
        describe_mysql(Counting(conn.raw))
    assert len(calls) <= 7


def test_column_types_and_defaults_as_prisma_spells_them() -> None:
    assert column_type("int(11)", False) == ("Int", "INTEGER")
    assert column_type("int(10) unsigned", False) == ("Int", "INTEGER UNSIGNED")
    assert column_type("tinyint(1)", False) == ("Boolean", "BOOLEAN")
    assert column_type("decimal(65,30)", False) == ("Decimal", "DECIMAL(65, 30)")
    assert column_type("enum('A','B''c')", False) == ("Enum", "ENUM('A', 'B''c')")
    assert column_type("longtext", True) == ("Json", "JSON")
    assert column_type("timestamp", False, 0) == ("DateTime", "TIMESTAMP(0)")
    assert column_type("geometry", False) == ("Unsupported", "geometry")
    assert parse_default("'it''s'", "String", "", True) == ColumnDefault("value", "it's")
    assert parse_default("NULL", "String", "", True) is None
    assert parse_default("current_timestamp(3)", "DateTime", "", True) == ColumnDefault("now")
    assert parse_default("uuid()", "String", "", True) == ColumnDefault("dbgenerated", "uuid()")
    assert parse_default("abc", "String", "", False) == ColumnDefault("value", "abc")  # MySQL 8: unquoted
    assert parse_default("1", "Boolean", "", True) == ColumnDefault("value", True)
    assert parse_default(None, "Int", "auto_increment", True) is None
    assert DIALECTS["mysql"].capabilities.max_identifier_length == 64
    assert diff_schemas(EMPTY_SCHEMA, EMPTY_SCHEMA, DIALECTS["mysql"]) == []
