/*
  Warnings:

  - The values [TEAM] on the enum `Plan` will be removed. If these variants are still used in the database, this will fail.

*/
-- AlterEnum
BEGIN;
CREATE TYPE "auth"."Plan_new" AS ENUM ('FREE', 'PRO');
ALTER TABLE "auth"."Member" ALTER COLUMN "plan" DROP DEFAULT;
ALTER TABLE "public"."Workspace" ALTER COLUMN "plan" DROP DEFAULT;
ALTER TABLE "Workspace" ALTER COLUMN "plan" TYPE "auth"."Plan_new" USING ("plan"::text::"auth"."Plan_new");
ALTER TABLE "auth"."Member" ALTER COLUMN "plan" TYPE "auth"."Plan_new" USING ("plan"::text::"auth"."Plan_new");
ALTER TABLE "auth"."Member" ALTER COLUMN "seen" TYPE "auth"."Plan_new" USING ("seen"::text::"auth"."Plan_new");
ALTER TYPE "auth"."Plan" RENAME TO "Plan_old";
ALTER TYPE "auth"."Plan_new" RENAME TO "Plan";
DROP TYPE "auth"."Plan_old";
ALTER TABLE "auth"."Member" ALTER COLUMN "plan" SET DEFAULT 'PRO';
ALTER TABLE "Workspace" ALTER COLUMN "plan" SET DEFAULT 'FREE';
COMMIT;
