/*
  Warnings:

  - Made the column `label` on table `User` required. This step will fail if there are existing NULL values in that column.

*/
-- AlterTable
ALTER TABLE "User" ALTER COLUMN "label" SET NOT NULL,
ALTER COLUMN "label" SET DEFAULT '';
