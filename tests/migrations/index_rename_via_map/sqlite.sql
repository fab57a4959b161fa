-- RedefineIndex
DROP INDEX "User_a_idx";
CREATE INDEX "idx_user_a" ON "User"("a");
