-- AlterTable
ALTER TABLE `Note` ADD COLUMN `backslash` VARCHAR(191) NOT NULL DEFAULT '\\',
    ADD COLUMN `both` VARCHAR(191) NOT NULL DEFAULT '\\''; --',
    ADD COLUMN `kind` ENUM('a\\b', 'Plain') NOT NULL DEFAULT 'a\\b',
    ADD COLUMN `path` VARCHAR(191) NOT NULL DEFAULT 'C:\\temp\\new',
    ADD COLUMN `quote` VARCHAR(191) NOT NULL DEFAULT 'it''s';
