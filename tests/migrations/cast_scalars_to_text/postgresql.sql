/*
  Warnings:

  - You are about to alter the column `d` on the `Thing` table. The data in that column could be lost. The data in that column will be cast from `Real` to `VarChar(40)`.
  - You are about to alter the column `e` on the `Thing` table. The data in that column could be lost. The data in that column will be cast from `DoublePrecision` to `Real`.
  - You are about to alter the column `f` on the `Thing` table. The data in that column could be lost. The data in that column will be cast from `SmallInt` to `Char(3)`.

*/
-- AlterTable
ALTER TABLE "Thing" ALTER COLUMN "a" SET DATA TYPE VARCHAR(5),
ALTER COLUMN "b" SET DATA TYPE VARCHAR(36),
ALTER COLUMN "c" SET DATA TYPE TEXT,
ALTER COLUMN "d" SET DATA TYPE VARCHAR(40),
ALTER COLUMN "e" SET DATA TYPE REAL,
ALTER COLUMN "f" SET DATA TYPE CHAR(3),
ALTER COLUMN "g" SET DATA TYPE VARCHAR(20),
ALTER COLUMN "h" SET DATA TYPE TIMESTAMPTZ(3),
ALTER COLUMN "i" SET DATA TYPE TEXT;
