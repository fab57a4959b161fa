-- AlterTable
ALTER TABLE "User" ADD COLUMN     "meta" JSONB;
