-- RenameIndex
ALTER INDEX "User_a_idx" RENAME TO "idx_user_a";
