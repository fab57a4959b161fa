-- AlterTable
ALTER TABLE "User" ADD COLUMN     "blob" BYTEA;
