CREATE TABLE "account" (
    "id" INTEGER NOT NULL PRIMARY KEY,
    "1" INTEGER,
    "ü" INTEGER,
    "123" TEXT NOT NULL,
    "name" TEXT
);
