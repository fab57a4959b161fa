/*
  Warnings:

  - Changed the type of `code` on the `User` table. No cast exists, the column would be dropped and recreated, which cannot be done if there is data, since the column is required.

*/
-- AlterTable
ALTER TABLE "User" ALTER COLUMN "age" SET DATA TYPE TEXT,
DROP COLUMN "code",
ADD COLUMN     "code" INTEGER NOT NULL,
ALTER COLUMN "small" SET DATA TYPE BIGINT;
