-- CreateTable
CREATE TABLE `Member` (
    `id` INTEGER NOT NULL AUTO_INCREMENT,
    `orgId` INTEGER NULL,
    `orgCode` VARCHAR(191) NULL,

    PRIMARY KEY (`id`)
) DEFAULT CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci;

-- AddForeignKey
ALTER TABLE `Member` ADD CONSTRAINT `Member_orgId_orgCode_fkey` FOREIGN KEY (`orgId`, `orgCode`) REFERENCES `Org`(`id`, `code`) ON DELETE SET NULL ON UPDATE NO ACTION;
