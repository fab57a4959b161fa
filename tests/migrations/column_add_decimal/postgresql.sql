-- AlterTable
ALTER TABLE "User" ADD COLUMN     "price" DECIMAL(65,30);
