-- Re-pulled with configblocks.postgresql.prisma: Prisma renders its generators (first) and datasource
-- anew, and hands the documentation written above them to the next model.
CREATE TABLE "A" ("id" INTEGER PRIMARY KEY);
CREATE TABLE "B" ("id" INTEGER PRIMARY KEY);
CREATE TABLE "C" ("id" INTEGER PRIMARY KEY);
