-- AlterTable
ALTER TABLE "User" ADD COLUMN "first_name" TEXT;
