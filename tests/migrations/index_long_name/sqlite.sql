-- CreateIndex
CREATE INDEX "User_someExtremelyLongColumnNameNumberOne_someExtremelyLongColumnNameNumberTwo_idx" ON "User"("someExtremelyLongColumnNameNumberOne", "someExtremelyLongColumnNameNumberTwo");
