CREATE TYPE "status" AS ENUM ('on', 'off');
CREATE TABLE "account" (
    "id" SERIAL PRIMARY KEY,
    "name" TEXT,
    "state" "status" NOT NULL DEFAULT 'on'
);
