/*
  Warnings:

  - You are about to alter the column `kind` on the `User` table. The data in that column could be lost. The data in that column will be cast from `ENUM('A', 'B')` to `ENUM('HAPPY', 'SAD')`.
  - You are about to alter the column `status` on the `User` table. The data in that column could be lost. The data in that column will be cast from `VarChar(191)` to `ENUM('HAPPY', 'SAD')`.

*/
-- AlterTable
ALTER TABLE `User` MODIFY `kind` ENUM('HAPPY', 'SAD') NOT NULL,
    MODIFY `status` ENUM('HAPPY', 'SAD') NULL;
