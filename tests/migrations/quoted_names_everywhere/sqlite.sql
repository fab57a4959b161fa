-- CreateTable
CREATE TABLE "t"bl" (
    "i"d" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "v"al" TEXT NOT NULL
);

-- CreateIndex
CREATE UNIQUE INDEX "u"q" ON "t"bl"("v"al");
