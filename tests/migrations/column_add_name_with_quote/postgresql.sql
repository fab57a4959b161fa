-- AlterTable
ALTER TABLE "User" ADD COLUMN     "it"s" TEXT;
