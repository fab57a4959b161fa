-- CreateIndex
CREATE INDEX `User_name_email_idx` ON `User`(`name`, `email` DESC);
