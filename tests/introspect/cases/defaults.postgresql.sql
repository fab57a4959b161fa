CREATE TYPE "Status" AS ENUM ('active', 'in-active', 'DONE');
CREATE TABLE "Org" (
  "id" UUID NOT NULL DEFAULT gen_random_uuid(),
  "slug" VARCHAR(64) NOT NULL,
  "region" TEXT NOT NULL,
  "statuses" "Status"[] DEFAULT ARRAY['active']::"Status"[],
  "status" "Status" DEFAULT 'in-active',
  "meta" JSONB NOT NULL DEFAULT '{"a": 1}',
  "note" TEXT DEFAULT E'line\nbreak',
  "created" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
  "counter" INTEGER NOT NULL DEFAULT 0,
  "ratio" DOUBLE PRECISION DEFAULT 0.25,
  "big" BIGINT DEFAULT 10,
  "lower_slug" TEXT GENERATED ALWAYS AS (lower("slug")) STORED,
  CONSTRAINT "Org_pkey" PRIMARY KEY ("id"),
  CONSTRAINT "org_slug_region" UNIQUE ("slug", "region")
);
CREATE SEQUENCE "custom_seq";
CREATE TABLE "Ticket" ("id" INTEGER NOT NULL DEFAULT nextval('custom_seq'), "code" TEXT NOT NULL DEFAULT ('T-' || 1), CONSTRAINT "Ticket_pkey" PRIMARY KEY ("id"));
