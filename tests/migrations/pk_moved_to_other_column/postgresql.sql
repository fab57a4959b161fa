/*
  Warnings:

  - The primary key for the `T` table will be changed. If it partially fails, the table could be left without primary key constraint.
  - A unique constraint covering the columns `[a]` on the table `T` will be added. If there are existing duplicate values, this will fail.

*/
-- DropIndex
DROP INDEX "T_b_key";

-- AlterTable
ALTER TABLE "T" DROP CONSTRAINT "T_pkey",
ADD CONSTRAINT "T_pkey" PRIMARY KEY ("b");

-- CreateIndex
CREATE UNIQUE INDEX "T_a_key" ON "T"("a");
