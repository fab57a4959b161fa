-- CreateTable
CREATE TABLE "_Orbit" (
    "A" INTEGER NOT NULL,
    "B" INTEGER NOT NULL,
    CONSTRAINT "_Orbit_A_fkey" FOREIGN KEY ("A") REFERENCES "Moon" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "_Orbit_B_fkey" FOREIGN KEY ("B") REFERENCES "Zebra" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "_peers" (
    "A" INTEGER NOT NULL,
    "B" INTEGER NOT NULL,
    CONSTRAINT "_peers_A_fkey" FOREIGN KEY ("A") REFERENCES "Moon" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "_peers_B_fkey" FOREIGN KEY ("B") REFERENCES "Moon" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "_KiteToMoon" (
    "A" INTEGER NOT NULL,
    "B" INTEGER NOT NULL,
    CONSTRAINT "_KiteToMoon_A_fkey" FOREIGN KEY ("A") REFERENCES "Kite" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "_KiteToMoon_B_fkey" FOREIGN KEY ("B") REFERENCES "Moon" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "_AppleToKite" (
    "A" TEXT NOT NULL,
    "B" INTEGER NOT NULL,
    CONSTRAINT "_AppleToKite_A_fkey" FOREIGN KEY ("A") REFERENCES "Apple" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "_AppleToKite_B_fkey" FOREIGN KEY ("B") REFERENCES "Kite" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "_AppleToZebra" (
    "A" TEXT NOT NULL,
    "B" INTEGER NOT NULL,
    CONSTRAINT "_AppleToZebra_A_fkey" FOREIGN KEY ("A") REFERENCES "Apple" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "_AppleToZebra_B_fkey" FOREIGN KEY ("B") REFERENCES "Zebra" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateIndex
CREATE UNIQUE INDEX "_Orbit_AB_unique" ON "_Orbit"("A", "B");

-- CreateIndex
CREATE INDEX "_Orbit_B_index" ON "_Orbit"("B");

-- CreateIndex
CREATE UNIQUE INDEX "_peers_AB_unique" ON "_peers"("A", "B");

-- CreateIndex
CREATE INDEX "_peers_B_index" ON "_peers"("B");

-- CreateIndex
CREATE UNIQUE INDEX "_KiteToMoon_AB_unique" ON "_KiteToMoon"("A", "B");

-- CreateIndex
CREATE INDEX "_KiteToMoon_B_index" ON "_KiteToMoon"("B");

-- CreateIndex
CREATE UNIQUE INDEX "_AppleToKite_AB_unique" ON "_AppleToKite"("A", "B");

-- CreateIndex
CREATE INDEX "_AppleToKite_B_index" ON "_AppleToKite"("B");

-- CreateIndex
CREATE UNIQUE INDEX "_AppleToZebra_AB_unique" ON "_AppleToZebra"("A", "B");

-- CreateIndex
CREATE INDEX "_AppleToZebra_B_index" ON "_AppleToZebra"("B");
