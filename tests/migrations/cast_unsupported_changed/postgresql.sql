/*
  Warnings:

  - You are about to alter the column `tag` on the `Shape` table. The data in that column could be lost. The data in that column will be cast from `Unsupported("point")` to `Text`.

*/
-- AlterTable
ALTER TABLE "Shape" ALTER COLUMN "tag" SET DATA TYPE TEXT;
