/*
  Warnings:

  - You are about to alter the column `b` on the `Text` table. The data in that column could be lost. The data in that column will be cast from `VarChar` to `VarChar(20)`.
  - You are about to alter the column `e` on the `Text` table. The data in that column could be lost. The data in that column will be cast from `VarChar(10)` to `Char(5)`.
  - You are about to alter the column `f` on the `Text` table. The data in that column could be lost. The data in that column will be cast from `Char(10)` to `Char(8)`.

*/
-- AlterTable
ALTER TABLE "Text" ALTER COLUMN "a" SET DATA TYPE CHAR(10),
ALTER COLUMN "b" SET DATA TYPE VARCHAR(20),
ALTER COLUMN "c" SET DATA TYPE VARCHAR,
ALTER COLUMN "d" SET DATA TYPE VARCHAR,
ALTER COLUMN "e" SET DATA TYPE CHAR(5),
ALTER COLUMN "f" SET DATA TYPE CHAR(8);
