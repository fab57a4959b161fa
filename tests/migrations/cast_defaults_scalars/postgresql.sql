/*
  Warnings:

  - The `d` column on the `Thing` table would be dropped and recreated. This will lead to data loss if there is data in the column.
  - You are about to alter the column `f` on the `Thing` table. The data in that column could be lost. The data in that column will be cast from `Text` to `VarChar(10)`.
  - The `h` column on the `Thing` table would be dropped and recreated. This will lead to data loss if there is data in the column.
  - The `j` column on the `Thing` table would be dropped and recreated. This will lead to data loss if there is data in the column.

*/
-- AlterTable
ALTER TABLE "Thing" ALTER COLUMN "a" SET DEFAULT 'true',
ALTER COLUMN "a" SET DATA TYPE TEXT,
ALTER COLUMN "c" SET DATA TYPE TEXT,
DROP COLUMN "d",
ADD COLUMN     "d" JSONB NOT NULL DEFAULT '{}',
ALTER COLUMN "f" SET DATA TYPE VARCHAR(10),
ALTER COLUMN "g" SET DATA TYPE TEXT,
DROP COLUMN "h",
ADD COLUMN     "h" TEXT NOT NULL DEFAULT 'ADMIN',
ALTER COLUMN "i" SET DEFAULT ARRAY['0', '1']::TEXT[],
ALTER COLUMN "i" SET DATA TYPE TEXT[],
DROP COLUMN "j",
ADD COLUMN     "j" TIMESTAMP(3) NOT NULL DEFAULT '2020-01-01 00:00:00 +00:00',
ALTER COLUMN "k" SET DATA TYPE JSONB,
ALTER COLUMN "l" SET DATA TYPE VARCHAR(5);
