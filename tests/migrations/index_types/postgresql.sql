/*
  Warnings:

  - A unique constraint covering the columns `[name]` on the table `Thing` will be added. If there are existing duplicate values, this will fail.

*/
-- CreateIndex
CREATE INDEX "Thing_data_idx" ON "Thing" USING GIN ("data" jsonb_path_ops);

-- CreateIndex
CREATE INDEX "Thing_name_idx" ON "Thing" USING HASH ("name");

-- CreateIndex
CREATE UNIQUE INDEX "thing_name_desc" ON "Thing"("name" DESC);
