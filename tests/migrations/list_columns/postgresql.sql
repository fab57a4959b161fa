-- CreateEnum
CREATE TYPE "Role" AS ENUM ('USER', 'ADMIN');

-- AlterTable
ALTER TABLE "Thing" ADD COLUMN     "nums" INTEGER[],
ADD COLUMN     "roles" "Role"[] DEFAULT ARRAY['USER']::"Role"[],
ADD COLUMN     "tags" TEXT[] DEFAULT ARRAY['a', 'b''s']::TEXT[];
