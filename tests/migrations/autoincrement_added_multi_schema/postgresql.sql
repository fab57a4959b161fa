-- AlterTable
CREATE SEQUENCE "auth".counter_id_seq;
ALTER TABLE "auth"."Counter" ALTER COLUMN "id" SET DEFAULT nextval('"auth".counter_id_seq');
ALTER SEQUENCE "auth".counter_id_seq OWNED BY "auth"."Counter"."id";

-- AlterTable
CREATE SEQUENCE plain_id_seq;
ALTER TABLE "Plain" ALTER COLUMN "id" SET DEFAULT nextval('plain_id_seq');
ALTER SEQUENCE plain_id_seq OWNED BY "Plain"."id";
