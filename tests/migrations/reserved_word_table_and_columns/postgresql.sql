-- CreateTable
CREATE TABLE "group" (
    "id" INTEGER NOT NULL,
    "user" TEXT NOT NULL,
    "order" INTEGER NOT NULL,

    CONSTRAINT "group_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "group_user_order_idx" ON "group"("user", "order");
