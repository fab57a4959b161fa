-- Re-pulled with a schema listing its @@unique/@@index lines in its own order (indexorder.<provider>.prisma),
-- plus indexes it does not know: Prisma keeps the schema's order, new ones after, uniques first.
-- CreateTable
CREATE TABLE "T" (
    "id" INTEGER NOT NULL,
    "a" INTEGER NOT NULL,
    "b" INTEGER NOT NULL,
    "c" INTEGER NOT NULL,
    "d" INTEGER NOT NULL,
    CONSTRAINT "T_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "T_b_idx" ON "T"("b");

-- CreateIndex
CREATE INDEX "T_d_a_idx" ON "T"("d", "a");

-- CreateIndex
CREATE UNIQUE INDEX "T_c_a_key" ON "T"("c", "a");

-- CreateIndex
CREATE UNIQUE INDEX "T_a_b_key" ON "T"("a", "b");

-- Not in the schema
CREATE INDEX "N1" ON "T"("c");
CREATE UNIQUE INDEX "U1" ON "T"("d","c");
CREATE INDEX "AAA" ON "T"("b","c");
CREATE UNIQUE INDEX "ZZZ" ON "T"("b","d");
