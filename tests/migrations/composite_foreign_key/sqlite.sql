-- CreateTable
CREATE TABLE "Member" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "orgId" INTEGER,
    "orgCode" TEXT,
    CONSTRAINT "Member_orgId_orgCode_fkey" FOREIGN KEY ("orgId", "orgCode") REFERENCES "Org" ("id", "code") ON DELETE SET NULL ON UPDATE NO ACTION
);
