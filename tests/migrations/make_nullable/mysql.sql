-- AlterTable
ALTER TABLE `User` MODIFY `email` VARCHAR(191) NULL;
