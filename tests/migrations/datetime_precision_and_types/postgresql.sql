/*
  Warnings:

  - You are about to alter the column `price` on the `Event` table. The data in that column could be lost. The data in that column will be cast from `DoublePrecision` to `Decimal(10,2)`.

*/
-- AlterTable
ALTER TABLE "Event" ALTER COLUMN "at" SET DATA TYPE TIMESTAMPTZ(6),
ALTER COLUMN "small" SET DATA TYPE INTEGER,
ALTER COLUMN "price" SET DATA TYPE DECIMAL(10,2),
ALTER COLUMN "code" SET DATA TYPE VARCHAR(10);
