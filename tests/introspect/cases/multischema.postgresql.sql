CREATE SCHEMA "billing";
CREATE TYPE "billing"."Currency" AS ENUM ('EUR', 'USD');
CREATE TABLE "Customer" ("id" SERIAL PRIMARY KEY, "name" TEXT NOT NULL);
CREATE TABLE "billing"."Invoice" (
  "id" SERIAL PRIMARY KEY,
  "customerId" INTEGER NOT NULL REFERENCES "public"."Customer"("id") ON DELETE CASCADE,
  "currency" "billing"."Currency" NOT NULL DEFAULT 'EUR',
  "amount" DECIMAL(12, 2) NOT NULL
);
CREATE INDEX "Invoice_customerId_idx" ON "billing"."Invoice"("customerId");
CREATE TABLE "billing"."Customer" ("id" INTEGER PRIMARY KEY);
