/*
  Warnings:

  - The `tag` column on the `User` table would be dropped and recreated. This will lead to data loss if there is data in the column.
  - The `nums` column on the `User` table would be dropped and recreated. This will lead to data loss if there is data in the column.

*/
-- AlterTable
ALTER TABLE "User" DROP COLUMN "tag",
ADD COLUMN     "tag" TEXT[],
DROP COLUMN "nums",
ADD COLUMN     "nums" INTEGER;
