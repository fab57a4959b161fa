-- CreateTable
CREATE TABLE "Native" (
    "id" SMALLSERIAL NOT NULL,
    "dec" DECIMAL NOT NULL,
    "dec2" DECIMAL(8,3) NOT NULL,
    "vc" VARCHAR NOT NULL,
    "ch" CHAR NOT NULL,
    "bit" BIT(3) NOT NULL,
    "vbit" VARBIT NOT NULL,
    "money" MONEY NOT NULL,
    "xml" XML NOT NULL,
    "oid" OID NOT NULL,
    "t" TIME NOT NULL,
    "ttz" TIMETZ(3) NOT NULL,
    "d" DATE NOT NULL,
    "r" REAL NOT NULL,
    "j" JSON NOT NULL,
    "b" BYTEA NOT NULL,
    "ci" CITEXT NOT NULL,
    "u" UUID NOT NULL DEFAULT gen_random_uuid(),
    "big" BIGINT NOT NULL,
    "bl" BOOLEAN NOT NULL,

    CONSTRAINT "Native_pkey" PRIMARY KEY ("id")
);
