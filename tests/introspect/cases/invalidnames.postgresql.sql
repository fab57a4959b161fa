CREATE TYPE "status" AS ENUM ('on', '1', 'off', '2x');
CREATE TABLE "account" (
    "id" SERIAL PRIMARY KEY,
    "1" INTEGER,
    "ü" INTEGER,
    "123" TEXT NOT NULL,
    "name" TEXT,
    "9" VARCHAR(10) NOT NULL DEFAULT 'x' UNIQUE,
    "state" "status" NOT NULL DEFAULT 'on'
);
CREATE TABLE "ledger" (
    "id" INTEGER NOT NULL,
    "_" INTEGER
);
CREATE TABLE "toggle" (
    "id" SERIAL PRIMARY KEY,
    "state" "status" NOT NULL DEFAULT '1'
);
