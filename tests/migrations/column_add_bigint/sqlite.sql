-- AlterTable
ALTER TABLE "User" ADD COLUMN "big" BIGINT;
