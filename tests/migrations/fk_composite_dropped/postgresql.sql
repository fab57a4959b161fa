-- DropForeignKey
ALTER TABLE "Child" DROP CONSTRAINT "Child_pa_pb_fkey";
