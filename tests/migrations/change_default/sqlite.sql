-- RedefineTables
PRAGMA defer_foreign_keys=ON;
PRAGMA foreign_keys=OFF;
CREATE TABLE "new_User" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "status" TEXT NOT NULL DEFAULT 'active',
    "count" INTEGER NOT NULL DEFAULT 0,
    "flag" BOOLEAN NOT NULL
);
INSERT INTO "new_User" ("count", "flag", "id", "status") SELECT "count", "flag", "id", "status" FROM "User";
DROP TABLE "User";
ALTER TABLE "new_User" RENAME TO "User";
PRAGMA foreign_keys=ON;
PRAGMA defer_foreign_keys=OFF;
