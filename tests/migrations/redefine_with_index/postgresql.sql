/*
  Warnings:

  - Made the column `name` on table `User` required. This step will fail if there are existing NULL values in that column.

*/
-- AlterTable
ALTER TABLE "User" ALTER COLUMN "name" SET NOT NULL,
ALTER COLUMN "name" SET DEFAULT 'x',
ALTER COLUMN "age" DROP NOT NULL;

-- CreateIndex
CREATE INDEX "User_age_idx" ON "User"("age");
