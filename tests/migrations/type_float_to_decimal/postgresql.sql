/*
  Warnings:

  - You are about to alter the column `v` on the `User` table. The data in that column could be lost. The data in that column will be cast from `DoublePrecision` to `Decimal(65,30)`.

*/
-- AlterTable
ALTER TABLE "User" ALTER COLUMN "v" SET DATA TYPE DECIMAL(65,30);
