-- Re-pulled with datasourcename.postgresql.prisma, whose datasource is named pg: native types are
-- written @pg.X, as Prisma writes them.
CREATE TABLE "A" ("id" INTEGER PRIMARY KEY, "name" VARCHAR(20) NOT NULL);
