-- Re-pulled with keptignore.postgresql.prisma: the schema's @@ignore (on a model with or without an id)
-- and @ignore on a scalar field are kept; only M, new and without an identifier, is listed.
CREATE TABLE "A" ("id" INTEGER PRIMARY KEY, "secret" TEXT NOT NULL);
CREATE TABLE "B" ("id" INTEGER PRIMARY KEY, "aId" INTEGER NOT NULL REFERENCES "A"("id"), "note" TEXT);
CREATE TABLE "N" ("x" INTEGER NOT NULL);
CREATE TABLE "M" ("y" INTEGER NOT NULL);
