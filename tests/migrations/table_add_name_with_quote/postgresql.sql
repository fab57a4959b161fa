-- CreateTable
CREATE TABLE "odd"table" (
    "id" INTEGER NOT NULL,

    CONSTRAINT "odd"table_pkey" PRIMARY KEY ("id")
);
