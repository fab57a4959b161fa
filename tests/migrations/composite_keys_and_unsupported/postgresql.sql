-- CreateTable
CREATE TABLE "Pair" (
    "a" INTEGER NOT NULL,
    "b" TEXT NOT NULL,
    "shape" circle,
    "big" BIGSERIAL NOT NULL,

    CONSTRAINT "Pair_pkey" PRIMARY KEY ("a","b")
);

-- CreateIndex
CREATE INDEX "Pair_b_a_idx" ON "Pair"("b" DESC, "a");

-- CreateIndex
CREATE UNIQUE INDEX "Pair_b_a_key" ON "Pair"("b", "a");
