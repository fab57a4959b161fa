/*
  Warnings:

  - You are about to alter the column `e` on the `Amount` table. The data in that column could be lost. The data in that column will be cast from `BigInt` to `Integer`.
  - You are about to alter the column `h` on the `Amount` table. The data in that column could be lost. The data in that column will be cast from `DoublePrecision` to `Decimal(65,30)`.
  - You are about to alter the column `i` on the `Amount` table. The data in that column could be lost. The data in that column will be cast from `Decimal(65,30)` to `DoublePrecision`.
  - You are about to alter the column `l` on the `Amount` table. The data in that column could be lost. The data in that column will be cast from `DoublePrecision` to `Integer`.
  - You are about to alter the column `m` on the `Amount` table. The data in that column could be lost. The data in that column will be cast from `Decimal(65,30)` to `Integer`.
  - You are about to alter the column `o` on the `Amount` table. The data in that column could be lost. The data in that column will be cast from `Integer` to `SmallInt`.
  - You are about to alter the column `p` on the `Amount` table. The data in that column could be lost. The data in that column will be cast from `DoublePrecision` to `Real`.
  - You are about to alter the column `t` on the `Amount` table. The data in that column could be lost. The data in that column will be cast from `DoublePrecision` to `Decimal(65,30)`.
  - Made the column `s` on table `Amount` required. This step will fail if there are existing NULL values in that column.

*/
-- AlterTable
ALTER TABLE "Amount" ALTER COLUMN "a" SET DEFAULT '0',
ALTER COLUMN "a" SET DATA TYPE TEXT,
ALTER COLUMN "b" SET DEFAULT 0,
ALTER COLUMN "b" SET DATA TYPE DOUBLE PRECISION,
ALTER COLUMN "c" SET DEFAULT 0,
ALTER COLUMN "c" SET DATA TYPE DECIMAL(65,30),
ALTER COLUMN "d" SET DATA TYPE BIGINT,
ALTER COLUMN "e" SET DATA TYPE INTEGER,
ALTER COLUMN "f" SET DEFAULT '7',
ALTER COLUMN "f" SET DATA TYPE TEXT,
ALTER COLUMN "g" SET DEFAULT 7,
ALTER COLUMN "g" SET DATA TYPE DECIMAL(65,30),
ALTER COLUMN "h" SET DATA TYPE DECIMAL(65,30),
ALTER COLUMN "i" SET DATA TYPE DOUBLE PRECISION,
ALTER COLUMN "j" SET DEFAULT '1.5',
ALTER COLUMN "j" SET DATA TYPE TEXT,
ALTER COLUMN "k" SET DEFAULT '2.5',
ALTER COLUMN "k" SET DATA TYPE TEXT,
ALTER COLUMN "l" SET DEFAULT 3,
ALTER COLUMN "l" SET DATA TYPE INTEGER,
ALTER COLUMN "m" SET DEFAULT 3,
ALTER COLUMN "m" SET DATA TYPE INTEGER,
ALTER COLUMN "n" SET DATA TYPE INTEGER,
ALTER COLUMN "o" SET DATA TYPE SMALLINT,
ALTER COLUMN "p" SET DATA TYPE REAL,
ALTER COLUMN "q" SET DATA TYPE DECIMAL(12,4),
ALTER COLUMN "r" SET DEFAULT '0',
ALTER COLUMN "r" SET DATA TYPE VARCHAR(20),
ALTER COLUMN "s" SET NOT NULL,
ALTER COLUMN "s" SET DEFAULT 0,
ALTER COLUMN "s" SET DATA TYPE DOUBLE PRECISION,
ALTER COLUMN "t" SET DATA TYPE DECIMAL(65,30);
