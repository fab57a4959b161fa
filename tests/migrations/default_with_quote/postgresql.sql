-- AlterTable
ALTER TABLE "User" ALTER COLUMN "s" SET DEFAULT 'it''s';
