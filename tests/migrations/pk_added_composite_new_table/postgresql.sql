-- CreateTable
CREATE TABLE "T" (
    "a" INTEGER NOT NULL,
    "b" TEXT NOT NULL,

    CONSTRAINT "t_pk" PRIMARY KEY ("a","b")
);
