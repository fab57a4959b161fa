/*
  Warnings:

  - Added the required column `blob` to the `Thing` table without a default value. This is not possible if the table is not empty.
  - Added the required column `meta` to the `Thing` table without a default value. This is not possible if the table is not empty.

*/
-- AlterTable
ALTER TABLE `Thing` ADD COLUMN `big` BIGINT NOT NULL DEFAULT 42,
    ADD COLUMN `blob` LONGBLOB NOT NULL,
    ADD COLUMN `flag` BOOLEAN NULL DEFAULT false,
    ADD COLUMN `made` DATETIME(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
    ADD COLUMN `meta` JSON NOT NULL,
    ADD COLUMN `neg` INTEGER NOT NULL DEFAULT -7,
    ADD COLUMN `price` DECIMAL(65, 30) NOT NULL DEFAULT 2.50,
    ADD COLUMN `ratio` DOUBLE NOT NULL DEFAULT 0,
    ADD COLUMN `when` DATETIME(3) NOT NULL DEFAULT '2024-01-02T03:04:05+00:00';
