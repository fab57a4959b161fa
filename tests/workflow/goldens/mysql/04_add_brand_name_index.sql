-- CreateIndex
CREATE INDEX `Brand_name_idx` ON `Brand`(`name`);
