/*
  Warnings:

  - A unique constraint covering the columns `[a]` on the table `User` will be added. If there are existing duplicate values, this will fail.

*/
-- DropIndex
DROP INDEX "User_a_idx";

-- CreateIndex
CREATE UNIQUE INDEX "User_a_key" ON "User"("a");
