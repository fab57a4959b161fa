-- CreateTable
CREATE TABLE "ThisIsAVeryLongModelNameThatKeepsGoingAndGoingPastLimits" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "aColumnWithAnExtremelyLongNameThatWillNeedTruncation" TEXT NOT NULL,
    "anotherColumnWithAnExtremelyLongNameForTheCompositeIdx" TEXT NOT NULL,
    "userId" INTEGER NOT NULL
);

-- CreateTable
CREATE TABLE "_ThisIsAVeryLongModelNameThatKeepsGoingAndGoingPastLimitsToUser" (
    "A" INTEGER NOT NULL,
    "B" INTEGER NOT NULL,
    CONSTRAINT "_ThisIsAVeryLongModelNameThatKeepsGoingAndGoingPastLimitsToUser_A_fkey" FOREIGN KEY ("A") REFERENCES "ThisIsAVeryLongModelNameThatKeepsGoingAndGoingPastLimits" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "_ThisIsAVeryLongModelNameThatKeepsGoingAndGoingPastLimitsToUser_B_fkey" FOREIGN KEY ("B") REFERENCES "User" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateIndex
CREATE INDEX "ThisIsAVeryLongModelNameThatKeepsGoingAndGoingPastLimits_userId_aColumnWithAnExtremelyLongNameThatWillNeedTruncation_idx" ON "ThisIsAVeryLongModelNameThatKeepsGoingAndGoingPastLimits"("userId", "aColumnWithAnExtremelyLongNameThatWillNeedTruncation");

-- CreateIndex
CREATE UNIQUE INDEX "ThisIsAVeryLongModelNameThatKeepsGoingAndGoingPastLimits_aColumnWithAnExtremelyLongNameThatWillNeedTruncation_anotherColumnWithAnExtremelyLongNameForTheCompositeIdx_key" ON "ThisIsAVeryLongModelNameThatKeepsGoingAndGoingPastLimits"("aColumnWithAnExtremelyLongNameThatWillNeedTruncation", "anotherColumnWithAnExtremelyLongNameForTheCompositeIdx");

-- CreateIndex
CREATE UNIQUE INDEX "_ThisIsAVeryLongModelNameThatKeepsGoingAndGoingPastLimitsToUser_AB_unique" ON "_ThisIsAVeryLongModelNameThatKeepsGoingAndGoingPastLimitsToUser"("A", "B");

-- CreateIndex
CREATE INDEX "_ThisIsAVeryLongModelNameThatKeepsGoingAndGoingPastLimitsToUser_B_index" ON "_ThisIsAVeryLongModelNameThatKeepsGoingAndGoingPastLimitsToUser"("B");
