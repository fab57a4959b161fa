-- AlterTable
ALTER TABLE `User` ADD COLUMN `prev` ENUM('active', 'inactive', 'banned') NULL,
    MODIFY `status` ENUM('active', 'inactive', 'banned') NOT NULL DEFAULT 'inactive';
