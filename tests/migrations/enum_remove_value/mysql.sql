/*
  Warnings:

  - You are about to alter the column `role` on the `User` table. The data in that column could be lost. The data in that column will be cast from `ENUM('USER', 'ADMIN', 'OWNER')` to `ENUM('USER', 'ADMIN')`.
  - You are about to alter the column `alt` on the `User` table. The data in that column could be lost. The data in that column will be cast from `ENUM('USER', 'ADMIN', 'OWNER')` to `ENUM('USER', 'ADMIN')`.

*/
-- AlterTable
ALTER TABLE `User` MODIFY `role` ENUM('USER', 'ADMIN') NOT NULL DEFAULT 'USER',
    MODIFY `alt` ENUM('USER', 'ADMIN') NULL;
