/*
  Warnings:

  - You are about to drop the `Old` table. If the table is not empty, all the data it contains will be lost.

*/
-- DropIndex
DROP INDEX "Old_id_name_idx";

-- DropIndex
DROP INDEX "Old_name_key";

-- DropTable
PRAGMA foreign_keys=off;
DROP TABLE "Old";
PRAGMA foreign_keys=on;

-- RedefineTables
PRAGMA defer_foreign_keys=ON;
PRAGMA foreign_keys=OFF;
CREATE TABLE "new_User" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "age" INTEGER
);
INSERT INTO "new_User" ("age", "id") SELECT "age", "id" FROM "User";
DROP TABLE "User";
ALTER TABLE "new_User" RENAME TO "User";
PRAGMA foreign_keys=ON;
PRAGMA defer_foreign_keys=OFF;
