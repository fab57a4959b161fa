/*
  Warnings:

  - The values [GUEST] on the enum `Role` will be removed. If these variants are still used in the database, this will fail.

*/
-- AlterEnum
BEGIN;
CREATE TYPE "Role_new" AS ENUM ('ADMIN', 'USER');
ALTER TABLE "public"."User" ALTER COLUMN "former" DROP DEFAULT;
ALTER TABLE "public"."User" ALTER COLUMN "tags" DROP DEFAULT;
ALTER TABLE "User" ALTER COLUMN "role" TYPE "Role_new" USING ("role"::text::"Role_new");
ALTER TABLE "User" ALTER COLUMN "former" TYPE "Role_new" USING ("former"::text::"Role_new");
ALTER TABLE "User" ALTER COLUMN "tags" TYPE "Role_new"[] USING ("tags"::text::"Role_new"[]);
ALTER TYPE "Role" RENAME TO "Role_old";
ALTER TYPE "Role_new" RENAME TO "Role";
DROP TYPE "public"."Role_old";
ALTER TABLE "User" ALTER COLUMN "tags" SET DEFAULT ARRAY['ADMIN']::"Role"[];
COMMIT;

-- AlterTable
ALTER TABLE "User" ALTER COLUMN "role" SET DEFAULT 'ADMIN',
ALTER COLUMN "former" DROP DEFAULT,
ALTER COLUMN "tags" SET DEFAULT ARRAY['ADMIN']::"Role"[];
