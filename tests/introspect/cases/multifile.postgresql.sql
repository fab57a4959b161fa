-- Re-pulled with the schema folder multifile.postgresql.schema/: each model and enum stays in its file,
-- new ones go to introspected.prisma, and a file whose models are gone is left empty.
CREATE TYPE "E" AS ENUM ('X');
CREATE TYPE "F" AS ENUM ('Y');
CREATE TABLE "A" ("id" INTEGER PRIMARY KEY, "e" "E" NOT NULL);
CREATE TABLE "C" ("id" INTEGER PRIMARY KEY, "f" "F");
