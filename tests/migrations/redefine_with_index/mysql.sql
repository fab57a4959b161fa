/*
  Warnings:

  - Made the column `name` on table `User` required. This step will fail if there are existing NULL values in that column.

*/
-- AlterTable
ALTER TABLE `User` MODIFY `name` VARCHAR(191) NOT NULL DEFAULT 'x',
    MODIFY `age` INTEGER NULL;

-- CreateIndex
CREATE INDEX `User_age_idx` ON `User`(`age`);
