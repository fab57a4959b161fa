/*
  Warnings:

  - Made the column `n` on table `User` required. This step will fail if there are existing NULL values in that column.

*/
-- AlterTable
ALTER TABLE "User" ALTER COLUMN "n" SET NOT NULL,
ALTER COLUMN "n" SET DEFAULT 0;
