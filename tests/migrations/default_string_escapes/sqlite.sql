-- RedefineTables
PRAGMA defer_foreign_keys=ON;
PRAGMA foreign_keys=OFF;
CREATE TABLE "new_Note" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "backslash" TEXT NOT NULL DEFAULT '\',
    "path" TEXT NOT NULL DEFAULT 'C:\temp\new',
    "quote" TEXT NOT NULL DEFAULT 'it''s',
    "both" TEXT NOT NULL DEFAULT '\''; --',
    "kind" TEXT NOT NULL DEFAULT 'a\b'
);
INSERT INTO "new_Note" ("id") SELECT "id" FROM "Note";
DROP TABLE "Note";
ALTER TABLE "new_Note" RENAME TO "Note";
PRAGMA foreign_keys=ON;
PRAGMA defer_foreign_keys=OFF;
