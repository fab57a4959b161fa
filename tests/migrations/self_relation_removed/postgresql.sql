/*
  Warnings:

  - You are about to drop the column `parentId` on the `Node` table. All the data in the column will be lost.

*/
-- DropForeignKey
ALTER TABLE "Node" DROP CONSTRAINT "Node_parentId_fkey";

-- AlterTable
ALTER TABLE "Node" DROP COLUMN "parentId";
