-- CreateTable
CREATE TABLE `Member` (
    `id` VARCHAR(191) NOT NULL,
    `role` ENUM('USER', 'admin') NOT NULL DEFAULT 'USER',
    `seen` DATETIME(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
    `at` DATETIME(3) NOT NULL,

    PRIMARY KEY (`id`)
) DEFAULT CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci;
