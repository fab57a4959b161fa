/*
  Warnings:

  - You are about to alter the column `a` on the `Price` table. The data in that column could be lost. The data in that column will be cast from `Decimal(12,4)` to `Decimal(10,2)`.
  - You are about to alter the column `b` on the `Price` table. The data in that column could be lost. The data in that column will be cast from `Decimal(10,2)` to `Decimal(10,4)`.
  - You are about to alter the column `e` on the `Price` table. The data in that column could be lost. The data in that column will be cast from `Decimal` to `Decimal(65,30)`.
  - You are about to alter the column `f` on the `Price` table. The data in that column could be lost. The data in that column will be cast from `Decimal(10,2)` to `Decimal(9,1)`.

*/
-- AlterTable
ALTER TABLE "Price" ALTER COLUMN "a" SET DATA TYPE DECIMAL(10,2),
ALTER COLUMN "b" SET DATA TYPE DECIMAL(10,4),
ALTER COLUMN "c" SET DATA TYPE DECIMAL(12,2),
ALTER COLUMN "d" SET DATA TYPE DECIMAL,
ALTER COLUMN "e" SET DATA TYPE DECIMAL(65,30),
ALTER COLUMN "f" SET DATA TYPE DECIMAL(9,1);
