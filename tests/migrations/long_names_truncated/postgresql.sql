-- CreateTable
CREATE TABLE "ThisIsAVeryLongModelNameThatKeepsGoingAndGoingPastLimits" (
    "id" SERIAL NOT NULL,
    "aColumnWithAnExtremelyLongNameThatWillNeedTruncation" TEXT NOT NULL,
    "anotherColumnWithAnExtremelyLongNameForTheCompositeIdx" TEXT NOT NULL,
    "userId" INTEGER NOT NULL,

    CONSTRAINT "ThisIsAVeryLongModelNameThatKeepsGoingAndGoingPastLimits_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "_ThisIsAVeryLongModelNameThatKeepsGoingAndGoingPastLimitsToUser" (
    "A" INTEGER NOT NULL,
    "B" INTEGER NOT NULL,

    CONSTRAINT "_ThisIsAVeryLongModelNameThatKeepsGoingAndGoingPastLimi_AB_pkey" PRIMARY KEY ("A","B")
);

-- CreateIndex
CREATE INDEX "ThisIsAVeryLongModelNameThatKeepsGoingAndGoingPastLimits_us_idx" ON "ThisIsAVeryLongModelNameThatKeepsGoingAndGoingPastLimits"("userId", "aColumnWithAnExtremelyLongNameThatWillNeedTruncation");

-- CreateIndex
CREATE UNIQUE INDEX "ThisIsAVeryLongModelNameThatKeepsGoingAndGoingPastLimits_aC_key" ON "ThisIsAVeryLongModelNameThatKeepsGoingAndGoingPastLimits"("aColumnWithAnExtremelyLongNameThatWillNeedTruncation", "anotherColumnWithAnExtremelyLongNameForTheCompositeIdx");

-- CreateIndex
CREATE INDEX "_ThisIsAVeryLongModelNameThatKeepsGoingAndGoingPastLimi_B_index" ON "_ThisIsAVeryLongModelNameThatKeepsGoingAndGoingPastLimitsToUser"("B");

-- AddForeignKey
ALTER TABLE "_ThisIsAVeryLongModelNameThatKeepsGoingAndGoingPastLimitsToUser" ADD CONSTRAINT "_ThisIsAVeryLongModelNameThatKeepsGoingAndGoingPastLimit_A_fkey" FOREIGN KEY ("A") REFERENCES "ThisIsAVeryLongModelNameThatKeepsGoingAndGoingPastLimits"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "_ThisIsAVeryLongModelNameThatKeepsGoingAndGoingPastLimitsToUser" ADD CONSTRAINT "_ThisIsAVeryLongModelNameThatKeepsGoingAndGoingPastLimit_B_fkey" FOREIGN KEY ("B") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;
