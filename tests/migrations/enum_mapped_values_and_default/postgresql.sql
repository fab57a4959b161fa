-- AlterEnum
ALTER TYPE "user_status" ADD VALUE 'banned';

-- AlterTable
ALTER TABLE "User" ADD COLUMN     "prev" "user_status",
ALTER COLUMN "status" SET DEFAULT 'inactive';
