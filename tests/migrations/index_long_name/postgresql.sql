-- CreateIndex
CREATE INDEX "User_someExtremelyLongColumnNameNumberOne_someExtremelyLong_idx" ON "User"("someExtremelyLongColumnNameNumberOne", "someExtremelyLongColumnNameNumberTwo");
