-- How Prisma's SQLite describer reads keys and declared types: a lone INTEGER primary key is the
-- rowid (autoincrementing and required, with or without AUTOINCREMENT, in any letter case); INT is
-- not INTEGER; nullable primary key columns stay nullable; declared types map to their family.
CREATE TABLE "rowid_plain" ("id" INTEGER PRIMARY KEY, "name" VARCHAR(20), "code" CHARACTER(3));
CREATE TABLE "rowid_lower" ("id" integer PRIMARY KEY, "amount" NUMERIC(10, 2), "ratio" DOUBLE);
CREATE TABLE "rowid_auto" ("id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT, "at" TIMESTAMP, "day" DATE);
CREATE TABLE "int_key" ("id" INT PRIMARY KEY, "flag" BOOLEAN);
CREATE TABLE "pair_key" ("a" INTEGER, "b" TEXT, PRIMARY KEY ("a", "b"));
CREATE TABLE "big_key" ("id" BIGINT NOT NULL PRIMARY KEY, "note" NVARCHAR(40), "raw" FOO(3));
