/*
  Warnings:

  - You are about to alter the column `bio` on the `User` table. The data in that column could be lost. The data in that column will be cast from `VarChar(200)` to `VarChar(50)`.
  - You are about to alter the column `note` on the `User` table. The data in that column could be lost. The data in that column will be cast from `VarChar(191)` to `VarChar(10)`.

*/
-- AlterTable
ALTER TABLE `User` MODIFY `name` VARCHAR(200) NOT NULL,
    MODIFY `bio` VARCHAR(50) NOT NULL,
    MODIFY `note` VARCHAR(10) NOT NULL;
