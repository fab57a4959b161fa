-- AlterEnum
-- This migration adds more than one value to an enum.
-- With PostgreSQL versions 11 and earlier, this is not possible
-- in a single migration. This can be worked around by creating
-- multiple migrations, each migration adding only one value to
-- the enum.


ALTER TYPE "Plan" ADD VALUE 'TRIAL';
ALTER TYPE "Plan" ADD VALUE 'TEAM';

-- AlterTable
ALTER TABLE "Workspace" ALTER COLUMN "plan" SET DEFAULT 'TRIAL';

-- CreateTable
CREATE TABLE "Seat" (
    "id" SERIAL NOT NULL,
    "plan" "Plan" NOT NULL DEFAULT 'TEAM',

    CONSTRAINT "Seat_pkey" PRIMARY KEY ("id")
);
