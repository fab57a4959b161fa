/*
  Warnings:

  - You are about to alter the column `a` on the `Amount` table. The data in that column could be lost. The data in that column will be cast from `Integer` to `Decimal(8,2)`.
  - You are about to alter the column `d` on the `Amount` table. The data in that column could be lost. The data in that column will be cast from `SmallInt` to `Decimal(4,2)`.

*/
-- AlterTable
ALTER TABLE "Amount" ALTER COLUMN "a" SET DATA TYPE DECIMAL(8,2),
ALTER COLUMN "b" SET DATA TYPE DECIMAL(12,2),
ALTER COLUMN "c" SET DATA TYPE DECIMAL(20,0),
ALTER COLUMN "d" SET DATA TYPE DECIMAL(4,2),
ALTER COLUMN "e" SET DATA TYPE DECIMAL(5,2);
