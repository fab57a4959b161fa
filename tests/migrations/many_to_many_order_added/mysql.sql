-- CreateTable
CREATE TABLE `_Orbit` (
    `A` INTEGER NOT NULL,
    `B` INTEGER NOT NULL,

    UNIQUE INDEX `_Orbit_AB_unique`(`A`, `B`),
    INDEX `_Orbit_B_index`(`B`)
) DEFAULT CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci;

-- CreateTable
CREATE TABLE `_peers` (
    `A` INTEGER NOT NULL,
    `B` INTEGER NOT NULL,

    UNIQUE INDEX `_peers_AB_unique`(`A`, `B`),
    INDEX `_peers_B_index`(`B`)
) DEFAULT CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci;

-- CreateTable
CREATE TABLE `_KiteToMoon` (
    `A` INTEGER NOT NULL,
    `B` INTEGER NOT NULL,

    UNIQUE INDEX `_KiteToMoon_AB_unique`(`A`, `B`),
    INDEX `_KiteToMoon_B_index`(`B`)
) DEFAULT CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci;

-- CreateTable
CREATE TABLE `_AppleToKite` (
    `A` VARCHAR(191) NOT NULL,
    `B` INTEGER NOT NULL,

    UNIQUE INDEX `_AppleToKite_AB_unique`(`A`, `B`),
    INDEX `_AppleToKite_B_index`(`B`)
) DEFAULT CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci;

-- CreateTable
CREATE TABLE `_AppleToZebra` (
    `A` VARCHAR(191) NOT NULL,
    `B` INTEGER NOT NULL,

    UNIQUE INDEX `_AppleToZebra_AB_unique`(`A`, `B`),
    INDEX `_AppleToZebra_B_index`(`B`)
) DEFAULT CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci;

-- AddForeignKey
ALTER TABLE `_Orbit` ADD CONSTRAINT `_Orbit_A_fkey` FOREIGN KEY (`A`) REFERENCES `Moon`(`id`) ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE `_Orbit` ADD CONSTRAINT `_Orbit_B_fkey` FOREIGN KEY (`B`) REFERENCES `Zebra`(`id`) ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE `_peers` ADD CONSTRAINT `_peers_A_fkey` FOREIGN KEY (`A`) REFERENCES `Moon`(`id`) ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE `_peers` ADD CONSTRAINT `_peers_B_fkey` FOREIGN KEY (`B`) REFERENCES `Moon`(`id`) ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE `_KiteToMoon` ADD CONSTRAINT `_KiteToMoon_A_fkey` FOREIGN KEY (`A`) REFERENCES `Kite`(`id`) ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE `_KiteToMoon` ADD CONSTRAINT `_KiteToMoon_B_fkey` FOREIGN KEY (`B`) REFERENCES `Moon`(`id`) ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE `_AppleToKite` ADD CONSTRAINT `_AppleToKite_A_fkey` FOREIGN KEY (`A`) REFERENCES `Apple`(`id`) ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE `_AppleToKite` ADD CONSTRAINT `_AppleToKite_B_fkey` FOREIGN KEY (`B`) REFERENCES `Kite`(`id`) ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE `_AppleToZebra` ADD CONSTRAINT `_AppleToZebra_A_fkey` FOREIGN KEY (`A`) REFERENCES `Apple`(`id`) ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE `_AppleToZebra` ADD CONSTRAINT `_AppleToZebra_B_fkey` FOREIGN KEY (`B`) REFERENCES `Zebra`(`id`) ON DELETE CASCADE ON UPDATE CASCADE;
