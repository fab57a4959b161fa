/*
  Warnings:

  - The primary key for the `T` table will be changed. If it partially fails, the table could be left without primary key constraint.

*/
-- AlterTable
ALTER TABLE "T" DROP CONSTRAINT "T_pkey",
ALTER COLUMN "id" SET DATA TYPE TEXT,
ADD CONSTRAINT "T_pkey" PRIMARY KEY ("id");
