-- AlterTable
ALTER TABLE "User" ADD COLUMN "price" DECIMAL;
