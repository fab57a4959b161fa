-- Re-pulled with a schema whose fields and enum values are in another order than the columns
-- and values: Prisma lists what it took from @map/@@map in the database's order.
CREATE TYPE "color" AS ENUM ('r', 'g', 'b');
CREATE TABLE "thing" ("id" SERIAL PRIMARY KEY, "first_name" TEXT, "last_name" TEXT, "paint" "color");
CREATE TABLE "alpha" ("id" SERIAL PRIMARY KEY, "zz_top" TEXT, "aa_top" TEXT);
