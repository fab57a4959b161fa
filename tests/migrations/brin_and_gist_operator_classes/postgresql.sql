/*
  Warnings:

  - Added the required column `at` to the `Reading` table without a default value. This is not possible if the table is not empty.
  - Added the required column `ip` to the `Reading` table without a default value. This is not possible if the table is not empty.
  - Added the required column `value` to the `Reading` table without a default value. This is not possible if the table is not empty.

*/
-- AlterTable
ALTER TABLE "Reading" ADD COLUMN     "at" TIMESTAMPTZ(6) NOT NULL,
ADD COLUMN     "ip" INET NOT NULL,
ADD COLUMN     "tags" TEXT[],
ADD COLUMN     "value" INTEGER NOT NULL;

-- CreateIndex
CREATE INDEX "Reading_at_idx" ON "Reading" USING BRIN ("at" timestamptz_minmax_multi_ops);

-- CreateIndex
CREATE INDEX "Reading_value_idx" ON "Reading" USING BRIN ("value" int4_bloom_ops);

-- CreateIndex
CREATE INDEX "Reading_ip_idx" ON "Reading" USING GIST ("ip" inet_ops);

-- CreateIndex
CREATE INDEX "Reading_tags_idx" ON "Reading" USING GIN ("tags" array_ops);
