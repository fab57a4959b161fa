-- Pulled with --force and the schema folder multifileforce.postgresql.schema/: Prisma writes the config
-- blocks, every model and every enum into introspected.prisma alone.
CREATE TYPE "E" AS ENUM ('X');
CREATE TYPE "F" AS ENUM ('Y');
CREATE TABLE "A" ("id" INTEGER PRIMARY KEY, "e" "E" NOT NULL);
CREATE TABLE "C" ("id" INTEGER PRIMARY KEY, "f" "F");
