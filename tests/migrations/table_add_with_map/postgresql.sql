-- CreateTable
CREATE TABLE "posts" (
    "id" INTEGER NOT NULL,

    CONSTRAINT "posts_pkey" PRIMARY KEY ("id")
);
