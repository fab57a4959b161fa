/*
  Warnings:

  - A unique constraint covering the columns `[age]` on the table `User` will be added. If there are existing duplicate values, this will fail.

*/
-- DropIndex
DROP INDEX `User_age_idx` ON `User`;

-- DropIndex
DROP INDEX `User_name_key` ON `User`;

-- CreateIndex
CREATE INDEX `User_name_idx` ON `User`(`name`);

-- CreateIndex
CREATE UNIQUE INDEX `User_age_key` ON `User`(`age`);
