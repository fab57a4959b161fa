/*
  Warnings:

  - You are about to drop the column `a` on the `User` table. All the data in the column will be lost.

*/
-- AlterTable
ALTER TABLE "User" DROP COLUMN "a",
ADD COLUMN     "c" INTEGER;
