/*
  Warnings:

  - You are about to alter the column `a` on the `Bag` table. The data in that column could be lost. The data in that column will be cast from `Text` to `VarChar(10)`.
  - You are about to alter the column `d` on the `Bag` table. The data in that column could be lost. The data in that column will be cast from `Text` to `Char(5)`.
  - The `e` column on the `Bag` table would be dropped and recreated. This will lead to data loss if there is data in the column.

*/
-- AlterTable
ALTER TABLE "Bag" ALTER COLUMN "a" SET NOT NULL,
ALTER COLUMN "a" SET DATA TYPE VARCHAR(10),
ALTER COLUMN "b" SET NOT NULL,
ALTER COLUMN "b" SET DATA TYPE TEXT,
ALTER COLUMN "c" SET NOT NULL,
ALTER COLUMN "c" SET DATA TYPE VARCHAR,
ALTER COLUMN "d" SET NOT NULL,
ALTER COLUMN "d" SET DATA TYPE CHAR(5),
DROP COLUMN "e",
ADD COLUMN     "e" UUID;
