/*
  Warnings:

  - The primary key for the `T` table will be changed. If it partially fails, the table could be left without primary key constraint.

*/
-- RedefineTables
PRAGMA defer_foreign_keys=ON;
PRAGMA foreign_keys=OFF;
CREATE TABLE "new_T" (
    "a" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "b" INTEGER NOT NULL
);
INSERT INTO "new_T" ("a", "b") SELECT "a", "b" FROM "T";
DROP TABLE "T";
ALTER TABLE "new_T" RENAME TO "T";
PRAGMA foreign_keys=ON;
PRAGMA defer_foreign_keys=OFF;
