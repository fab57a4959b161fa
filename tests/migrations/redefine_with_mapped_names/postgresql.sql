/*
  Warnings:

  - Made the column `the_label` on table `items` required. This step will fail if there are existing NULL values in that column.

*/
-- AlterTable
ALTER TABLE "items" ALTER COLUMN "the_label" SET NOT NULL,
ALTER COLUMN "the_label" SET DEFAULT 'none';
