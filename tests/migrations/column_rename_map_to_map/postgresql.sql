/*
  Warnings:

  - You are about to drop the column `nick_a` on the `User` table. All the data in the column will be lost.

*/
-- AlterTable
ALTER TABLE "User" DROP COLUMN "nick_a",
ADD COLUMN     "nick_b" TEXT;
