/*
  Warnings:

  - A unique constraint covering the columns `[email]` on the table `User` will be added. If there are existing duplicate values, this will fail.
  - A unique constraint covering the columns `[status,priority]` on the table `User` will be added. If there are existing duplicate values, this will fail.

*/
-- CreateIndex
CREATE UNIQUE INDEX "User_email_key" ON "User"("email") WHERE (status <> 'banned');

-- CreateIndex
CREATE INDEX "User_status_idx" ON "User"("status") WHERE (status IS NOT NULL);

-- CreateIndex
CREATE UNIQUE INDEX "User_status_priority_key" ON "User"("status", "priority") WHERE ("deleted_at" IS NULL AND "active" = true);
