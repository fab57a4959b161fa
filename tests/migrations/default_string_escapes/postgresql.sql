-- CreateEnum
CREATE TYPE "Kind" AS ENUM ('a\b', 'Plain');

-- AlterTable
ALTER TABLE "Note" ADD COLUMN     "backslash" TEXT NOT NULL DEFAULT '\',
ADD COLUMN     "both" TEXT NOT NULL DEFAULT '\''; --',
ADD COLUMN     "kind" "Kind" NOT NULL DEFAULT 'a\b',
ADD COLUMN     "path" TEXT NOT NULL DEFAULT 'C:\temp\new',
ADD COLUMN     "quote" TEXT NOT NULL DEFAULT 'it''s';
