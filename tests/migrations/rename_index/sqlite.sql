-- RedefineIndex
DROP INDEX "User_name_idx";
CREATE INDEX "user_name_ix" ON "User"("name");
