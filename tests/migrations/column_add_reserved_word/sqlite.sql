-- AlterTable
ALTER TABLE "User" ADD COLUMN "select" TEXT;
