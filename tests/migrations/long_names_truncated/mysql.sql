-- CreateTable
CREATE TABLE `ThisIsAVeryLongModelNameThatKeepsGoingAndGoingPastLimits` (
    `id` INTEGER NOT NULL AUTO_INCREMENT,
    `aColumnWithAnExtremelyLongNameThatWillNeedTruncation` VARCHAR(191) NOT NULL,
    `anotherColumnWithAnExtremelyLongNameForTheCompositeIdx` VARCHAR(191) NOT NULL,
    `userId` INTEGER NOT NULL,

    INDEX `ThisIsAVeryLongModelNameThatKeepsGoingAndGoingPastLimits_use_idx`(`userId`, `aColumnWithAnExtremelyLongNameThatWillNeedTruncation`),
    UNIQUE INDEX `ThisIsAVeryLongModelNameThatKeepsGoingAndGoingPastLimits_aCo_key`(`aColumnWithAnExtremelyLongNameThatWillNeedTruncation`, `anotherColumnWithAnExtremelyLongNameForTheCompositeIdx`),
    PRIMARY KEY (`id`)
) DEFAULT CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci;

-- CreateTable
CREATE TABLE `_ThisIsAVeryLongModelNameThatKeepsGoingAndGoingPastLimitsToUser` (
    `A` INTEGER NOT NULL,
    `B` INTEGER NOT NULL,

    UNIQUE INDEX `_ThisIsAVeryLongModelNameThatKeepsGoingAndGoingPastLim_AB_unique`(`A`, `B`),
    INDEX `_ThisIsAVeryLongModelNameThatKeepsGoingAndGoingPastLimit_B_index`(`B`)
) DEFAULT CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci;

-- AddForeignKey
ALTER TABLE `_ThisIsAVeryLongModelNameThatKeepsGoingAndGoingPastLimitsToUser` ADD CONSTRAINT `_ThisIsAVeryLongModelNameThatKeepsGoingAndGoingPastLimits_A_fkey` FOREIGN KEY (`A`) REFERENCES `ThisIsAVeryLongModelNameThatKeepsGoingAndGoingPastLimits`(`id`) ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE `_ThisIsAVeryLongModelNameThatKeepsGoingAndGoingPastLimitsToUser` ADD CONSTRAINT `_ThisIsAVeryLongModelNameThatKeepsGoingAndGoingPastLimits_B_fkey` FOREIGN KEY (`B`) REFERENCES `User`(`id`) ON DELETE CASCADE ON UPDATE CASCADE;
