/*
  Warnings:

  - You are about to alter the column `v` on the `User` table. The data in that column could be lost. The data in that column will be cast from `VarChar(200)` to `VarChar(10)`.

*/
-- AlterTable
ALTER TABLE "User" ALTER COLUMN "v" SET DATA TYPE VARCHAR(10);
