-- DropIndex
DROP INDEX "User_a_idx";

-- CreateIndex
CREATE INDEX "User_a_b_idx" ON "User"("a", "b");
