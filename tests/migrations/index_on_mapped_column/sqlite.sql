-- CreateIndex
CREATE INDEX "User_col_a_idx" ON "User"("col_a");
