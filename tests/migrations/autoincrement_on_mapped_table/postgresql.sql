-- AlterTable
CREATE SEQUENCE things_id_seq;
ALTER TABLE "things" ALTER COLUMN "id" SET DEFAULT nextval('things_id_seq');
ALTER SEQUENCE things_id_seq OWNED BY "things"."id";
