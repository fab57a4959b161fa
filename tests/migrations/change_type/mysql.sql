/*
  Warnings:

  - You are about to alter the column `code` on the `User` table. The data in that column could be lost. The data in that column will be cast from `VarChar(191)` to `Int`.

*/
-- AlterTable
ALTER TABLE `User` MODIFY `age` VARCHAR(191) NOT NULL,
    MODIFY `code` INTEGER NOT NULL,
    MODIFY `small` BIGINT NOT NULL;
