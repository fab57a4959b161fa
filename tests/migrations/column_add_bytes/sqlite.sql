-- AlterTable
ALTER TABLE "User" ADD COLUMN "blob" BLOB;
