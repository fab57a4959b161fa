-- RedefineTables
PRAGMA defer_foreign_keys=ON;
PRAGMA foreign_keys=OFF;
CREATE TABLE "new_Child" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "pa" INTEGER NOT NULL,
    "pb" INTEGER NOT NULL,
    CONSTRAINT "Child_pa_pb_fkey" FOREIGN KEY ("pa", "pb") REFERENCES "Parent" ("a", "b") ON DELETE RESTRICT ON UPDATE CASCADE
);
INSERT INTO "new_Child" ("id", "pa", "pb") SELECT "id", "pa", "pb" FROM "Child";
DROP TABLE "Child";
ALTER TABLE "new_Child" RENAME TO "Child";
PRAGMA foreign_keys=ON;
PRAGMA defer_foreign_keys=OFF;
