-- CreateIndex
CREATE INDEX "User_meta_idx" ON "User" USING GIN ("meta" jsonb_path_ops);
