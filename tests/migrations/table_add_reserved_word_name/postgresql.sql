-- CreateTable
CREATE TABLE "order" (
    "id" INTEGER NOT NULL,

    CONSTRAINT "order_pkey" PRIMARY KEY ("id")
);
