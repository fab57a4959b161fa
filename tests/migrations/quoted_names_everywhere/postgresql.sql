-- CreateTable
CREATE TABLE "t"bl" (
    "i"d" INTEGER NOT NULL,
    "v"al" TEXT NOT NULL,

    CONSTRAINT "t"bl_pkey" PRIMARY KEY ("i"d")
);

-- CreateIndex
CREATE UNIQUE INDEX "u"q" ON "t"bl"("v"al");
