/*
  Warnings:

  - A unique constraint covering the columns `[title,rank]` on the table `Task` will be added. If there are existing duplicate values, this will fail.
  - Added the required column `done` to the `Task` table without a default value. This is not possible if the table is not empty.
  - Added the required column `rank` to the `Task` table without a default value. This is not possible if the table is not empty.
  - Added the required column `state` to the `Task` table without a default value. This is not possible if the table is not empty.
  - Added the required column `title` to the `Task` table without a default value. This is not possible if the table is not empty.
  - Added the required column `weight` to the `Task` table without a default value. This is not possible if the table is not empty.

*/
-- AlterTable
ALTER TABLE "Task" ADD COLUMN     "done" BOOLEAN NOT NULL,
ADD COLUMN     "done_at" TIMESTAMP(3),
ADD COLUMN     "rank" INTEGER NOT NULL,
ADD COLUMN     "state" TEXT NOT NULL,
ADD COLUMN     "title" TEXT NOT NULL,
ADD COLUMN     "weight" DOUBLE PRECISION NOT NULL;

-- CreateIndex
CREATE INDEX "open_tasks" ON "Task"("title") WHERE ("done" = false AND "done_at" IS NULL);

-- CreateIndex
CREATE INDEX "Task_state_idx" ON "Task"("state") WHERE ("state" != 'it''s archived' AND "done_at" IS NOT NULL AND "rank" = -1 AND "weight" = 1.50);

-- CreateIndex
CREATE UNIQUE INDEX "Task_title_rank_key" ON "Task"("title", "rank") WHERE ("done" != true);
