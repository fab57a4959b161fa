/*
  Warnings:

  - The values [TEAM] on the enum `Plan` will be removed. If these variants are still used in the database, this will fail.

*/
-- AlterEnum
BEGIN;
CREATE TYPE "Plan_new" AS ENUM ('FREE', 'PRO');
ALTER TABLE "tenant1"."Workspace" ALTER COLUMN "plan" DROP DEFAULT;
ALTER TABLE "Workspace" ALTER COLUMN "plan" TYPE "Plan_new" USING ("plan"::text::"Plan_new");
ALTER TABLE "Workspace" ALTER COLUMN "alt" TYPE "Plan_new" USING ("alt"::text::"Plan_new");
ALTER TABLE "Workspace" ALTER COLUMN "list" TYPE "Plan_new"[] USING ("list"::text::"Plan_new"[]);
ALTER TYPE "Plan" RENAME TO "Plan_old";
ALTER TYPE "Plan_new" RENAME TO "Plan";
DROP TYPE "tenant1"."Plan_old";
ALTER TABLE "Workspace" ALTER COLUMN "plan" SET DEFAULT 'FREE';
COMMIT;
