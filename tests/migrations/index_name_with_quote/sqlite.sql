-- CreateIndex
CREATE INDEX "idx"q" ON "User"("a");
