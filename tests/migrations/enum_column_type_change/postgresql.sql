/*
  Warnings:

  - The `status` column on the `User` table would be dropped and recreated. This will lead to data loss if there is data in the column.
  - Changed the type of `kind` on the `User` table. No cast exists, the column would be dropped and recreated, which cannot be done if there is data, since the column is required.

*/
-- AlterTable
ALTER TABLE "User" DROP COLUMN "kind",
ADD COLUMN     "kind" "Mood" NOT NULL,
DROP COLUMN "status",
ADD COLUMN     "status" "Mood";
