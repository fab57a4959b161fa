/*
  Warnings:

  - You are about to alter the column `b` on the `Amount` table. The data in that column could be lost. The data in that column will be cast from `Decimal(12,0)` to `Integer`.
  - You are about to alter the column `c` on the `Amount` table. The data in that column could be lost. The data in that column will be cast from `Decimal(5,2)` to `SmallInt`.
  - You are about to alter the column `f` on the `Amount` table. The data in that column could be lost. The data in that column will be cast from `Decimal(8,2)` to `DoublePrecision`.

*/
-- AlterTable
ALTER TABLE "Amount" ALTER COLUMN "a" SET DATA TYPE INTEGER,
ALTER COLUMN "b" SET DATA TYPE INTEGER,
ALTER COLUMN "c" SET DATA TYPE SMALLINT,
ALTER COLUMN "d" SET DATA TYPE SMALLINT,
ALTER COLUMN "e" SET DATA TYPE BIGINT,
ALTER COLUMN "f" SET DATA TYPE DOUBLE PRECISION;
