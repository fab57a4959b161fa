-- Partial indexes as real projects declare them (soft deletes, states, thresholds), one of them
-- on a single column (a field-level @unique), one with a sort order, one with another index type.
CREATE TYPE "Status" AS ENUM ('ACTIVE', 'ARCHIVED');

CREATE TABLE "Project" (
    "id" TEXT NOT NULL,
    "org_id" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "deleted_at" TIMESTAMP(3),
    "status" "Status" NOT NULL DEFAULT 'ACTIVE',
    "score" DOUBLE PRECISION,
    CONSTRAINT "Project_pkey" PRIMARY KEY ("id")
);

CREATE UNIQUE INDEX "projects_org_id_name_key" ON "Project"("org_id", "name") WHERE "deleted_at" IS NULL;
CREATE UNIQUE INDEX "Project_name_key" ON "Project"("name") WHERE status = 'ACTIVE';
CREATE INDEX "Project_org_id_idx" ON "Project"("org_id" DESC) WHERE score > 0.5 AND name <> 'it''s';
CREATE INDEX "Project_status_idx" ON "Project" USING hash ("status") WHERE deleted_at IS NOT NULL;
CREATE INDEX "Project_plain_idx" ON "Project"("score");
