/*
  Warnings:

  - A unique constraint covering the columns `[anotherVeryVeryLongColumnNameForTesting,yetAnotherVeryLongColumnNameForTests]` on the table `User` will be added. If there are existing duplicate values, this will fail.
  - Added the required column `anotherVeryVeryLongColumnNameForTesting` to the `User` table without a default value. This is not possible if the table is not empty.
  - Added the required column `yetAnotherVeryLongColumnNameForTests` to the `User` table without a default value. This is not possible if the table is not empty.

*/
-- AlterTable
ALTER TABLE "User" ADD COLUMN     "anotherVeryVeryLongColumnNameForTesting" INTEGER NOT NULL,
ADD COLUMN     "yetAnotherVeryLongColumnNameForTests" INTEGER NOT NULL;

-- CreateIndex
CREATE UNIQUE INDEX "User_anotherVeryVeryLongColumnNameForTesting_yetAnotherVery_key" ON "User"("anotherVeryVeryLongColumnNameForTesting", "yetAnotherVeryLongColumnNameForTests");
