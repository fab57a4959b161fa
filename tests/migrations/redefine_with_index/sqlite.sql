-- RedefineTables
PRAGMA defer_foreign_keys=ON;
PRAGMA foreign_keys=OFF;
CREATE TABLE "new_User" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "email" TEXT NOT NULL,
    "name" TEXT NOT NULL DEFAULT 'x',
    "age" INTEGER
);
INSERT INTO "new_User" ("age", "email", "id", "name") SELECT "age", "email", "id", coalesce("name", 'x') AS "name" FROM "User";
DROP TABLE "User";
ALTER TABLE "new_User" RENAME TO "User";
CREATE UNIQUE INDEX "User_email_key" ON "User"("email");
CREATE INDEX "User_age_idx" ON "User"("age");
PRAGMA foreign_keys=ON;
PRAGMA defer_foreign_keys=OFF;
