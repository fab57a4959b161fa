-- CreateTable
CREATE TABLE "group" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "user" TEXT NOT NULL,
    "order" INTEGER NOT NULL
);

-- CreateIndex
CREATE INDEX "group_user_order_idx" ON "group"("user", "order");
