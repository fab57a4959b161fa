/*
  Warnings:

  - You are about to drop the `Old` table. If the table is not empty, all the data it contains will be lost.

*/
-- AlterTable
ALTER TABLE `User` MODIFY `age` INTEGER NULL;

-- DropTable
DROP TABLE `Old`;
