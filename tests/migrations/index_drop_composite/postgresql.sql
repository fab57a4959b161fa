-- DropIndex
DROP INDEX "User_a_b_idx";
