-- CreateTable
CREATE TABLE "Zebra" (
    "id" INTEGER NOT NULL,

    CONSTRAINT "Zebra_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Moon" (
    "id" INTEGER NOT NULL,

    CONSTRAINT "Moon_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Kite" (
    "id" INTEGER NOT NULL,
    "ownerId" TEXT NOT NULL,

    CONSTRAINT "Kite_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Apple" (
    "id" TEXT NOT NULL,

    CONSTRAINT "Apple_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "_Orbit" (
    "A" INTEGER NOT NULL,
    "B" INTEGER NOT NULL,

    CONSTRAINT "_Orbit_AB_pkey" PRIMARY KEY ("A","B")
);

-- CreateTable
CREATE TABLE "_peers" (
    "A" INTEGER NOT NULL,
    "B" INTEGER NOT NULL,

    CONSTRAINT "_peers_AB_pkey" PRIMARY KEY ("A","B")
);

-- CreateTable
CREATE TABLE "_KiteToMoon" (
    "A" INTEGER NOT NULL,
    "B" INTEGER NOT NULL,

    CONSTRAINT "_KiteToMoon_AB_pkey" PRIMARY KEY ("A","B")
);

-- CreateTable
CREATE TABLE "_AppleToKite" (
    "A" TEXT NOT NULL,
    "B" INTEGER NOT NULL,

    CONSTRAINT "_AppleToKite_AB_pkey" PRIMARY KEY ("A","B")
);

-- CreateTable
CREATE TABLE "_AppleToZebra" (
    "A" TEXT NOT NULL,
    "B" INTEGER NOT NULL,

    CONSTRAINT "_AppleToZebra_AB_pkey" PRIMARY KEY ("A","B")
);

-- CreateIndex
CREATE INDEX "Kite_ownerId_idx" ON "Kite"("ownerId");

-- CreateIndex
CREATE INDEX "_Orbit_B_index" ON "_Orbit"("B");

-- CreateIndex
CREATE INDEX "_peers_B_index" ON "_peers"("B");

-- CreateIndex
CREATE INDEX "_KiteToMoon_B_index" ON "_KiteToMoon"("B");

-- CreateIndex
CREATE INDEX "_AppleToKite_B_index" ON "_AppleToKite"("B");

-- CreateIndex
CREATE INDEX "_AppleToZebra_B_index" ON "_AppleToZebra"("B");

-- AddForeignKey
ALTER TABLE "Kite" ADD CONSTRAINT "Kite_ownerId_fkey" FOREIGN KEY ("ownerId") REFERENCES "Apple"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "_Orbit" ADD CONSTRAINT "_Orbit_A_fkey" FOREIGN KEY ("A") REFERENCES "Moon"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "_Orbit" ADD CONSTRAINT "_Orbit_B_fkey" FOREIGN KEY ("B") REFERENCES "Zebra"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "_peers" ADD CONSTRAINT "_peers_A_fkey" FOREIGN KEY ("A") REFERENCES "Moon"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "_peers" ADD CONSTRAINT "_peers_B_fkey" FOREIGN KEY ("B") REFERENCES "Moon"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "_KiteToMoon" ADD CONSTRAINT "_KiteToMoon_A_fkey" FOREIGN KEY ("A") REFERENCES "Kite"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "_KiteToMoon" ADD CONSTRAINT "_KiteToMoon_B_fkey" FOREIGN KEY ("B") REFERENCES "Moon"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "_AppleToKite" ADD CONSTRAINT "_AppleToKite_A_fkey" FOREIGN KEY ("A") REFERENCES "Apple"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "_AppleToKite" ADD CONSTRAINT "_AppleToKite_B_fkey" FOREIGN KEY ("B") REFERENCES "Kite"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "_AppleToZebra" ADD CONSTRAINT "_AppleToZebra_A_fkey" FOREIGN KEY ("A") REFERENCES "Apple"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "_AppleToZebra" ADD CONSTRAINT "_AppleToZebra_B_fkey" FOREIGN KEY ("B") REFERENCES "Zebra"("id") ON DELETE CASCADE ON UPDATE CASCADE;
