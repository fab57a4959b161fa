-- DropIndex
DROP INDEX "User_a_key";

-- CreateIndex
CREATE INDEX "User_a_idx" ON "User"("a");
