-- RedefineTables
PRAGMA defer_foreign_keys=ON;
PRAGMA foreign_keys=OFF;
CREATE TABLE "new_Thing" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "price" DECIMAL NOT NULL DEFAULT 2.50,
    "ratio" REAL NOT NULL DEFAULT 0,
    "big" BIGINT NOT NULL DEFAULT 42,
    "meta" JSONB NOT NULL DEFAULT {"a": [1, 2]},
    "when" DATETIME NOT NULL DEFAULT '2024-01-02 03:04:05 +00:00',
    "made" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "blob" BLOB NOT NULL DEFAULT '68656c6c6f',
    "neg" INTEGER NOT NULL DEFAULT -7,
    "flag" BOOLEAN DEFAULT false
);
INSERT INTO "new_Thing" ("id") SELECT "id" FROM "Thing";
DROP TABLE "Thing";
ALTER TABLE "new_Thing" RENAME TO "Thing";
PRAGMA foreign_keys=ON;
PRAGMA defer_foreign_keys=OFF;
