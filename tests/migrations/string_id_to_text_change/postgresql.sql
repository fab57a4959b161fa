/*
  Warnings:

  - The primary key for the `Doc` table will be changed. If it partially fails, the table could be left without primary key constraint.
  - You are about to alter the column `title` on the `Doc` table. The data in that column could be lost. The data in that column will be cast from `VarChar(100)` to `VarChar(50)`.

*/
-- AlterTable
ALTER TABLE "Doc" DROP CONSTRAINT "Doc_pkey",
ALTER COLUMN "id" SET DATA TYPE TEXT,
ALTER COLUMN "title" SET DATA TYPE VARCHAR(50),
ADD CONSTRAINT "Doc_pkey" PRIMARY KEY ("id");
