/*
  Warnings:

  - Added the required column `done` to the `Task` table without a default value. This is not possible if the table is not empty.
  - Added the required column `rank` to the `Task` table without a default value. This is not possible if the table is not empty.
  - Added the required column `state` to the `Task` table without a default value. This is not possible if the table is not empty.
  - Added the required column `title` to the `Task` table without a default value. This is not possible if the table is not empty.
  - Added the required column `weight` to the `Task` table without a default value. This is not possible if the table is not empty.

*/
-- RedefineTables
PRAGMA defer_foreign_keys=ON;
PRAGMA foreign_keys=OFF;
CREATE TABLE "new_Task" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "title" TEXT NOT NULL,
    "state" TEXT NOT NULL,
    "done" BOOLEAN NOT NULL,
    "done_at" DATETIME,
    "weight" REAL NOT NULL,
    "rank" INTEGER NOT NULL
);
INSERT INTO "new_Task" ("id") SELECT "id" FROM "Task";
DROP TABLE "Task";
ALTER TABLE "new_Task" RENAME TO "Task";
CREATE INDEX "open_tasks" ON "Task"("title") WHERE "done" = false AND "done_at" IS NULL;
CREATE INDEX "Task_state_idx" ON "Task"("state") WHERE "state" != 'it''s archived' AND "done_at" IS NOT NULL AND "rank" = -1 AND "weight" = 1.50;
CREATE UNIQUE INDEX "Task_title_rank_key" ON "Task"("title", "rank") WHERE "done" != true;
PRAGMA foreign_keys=ON;
PRAGMA defer_foreign_keys=OFF;
