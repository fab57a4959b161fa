-- DropIndex
DROP INDEX "User_email_idx";

-- DropIndex
DROP INDEX "User_status_active_idx";

-- CreateIndex
CREATE INDEX "User_email_idx" ON "User"("email");

