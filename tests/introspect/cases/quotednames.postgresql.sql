-- Names holding `"`, `\`, newlines, tabs and other control characters (U& escapes): every one
-- must come back as a PSL string literal, escaped as Prisma writes it.
CREATE SCHEMA "sch""ema";
CREATE TYPE "sch""ema"."mo""od" AS ENUM ('ha"ppy', 'sa\d', 'plain');
CREATE TABLE "sch""ema"."we""ird\tab" (
    "id" SERIAL,
    "x"") @default(dbgenerated(""now()"")) //" TEXT,
    "back\slash" TEXT,
    "new
line" TEXT,
    "tab	here" TEXT,
    U&"c\0001t\007F" TEXT,
    "mood" "sch""ema"."mo""od" DEFAULT 'ha"ppy',
    "said" TEXT DEFAULT 'say "hi" \ ' || U&'\0008',
    CONSTRAINT "p""k" PRIMARY KEY ("id"),
    CONSTRAINT "u""q" UNIQUE ("back\slash")
);
CREATE INDEX "i""dx\n" ON "sch""ema"."we""ird\tab" ("tab	here");
CREATE TABLE "sch""ema"."Tag" ("id" INTEGER PRIMARY KEY);
CREATE TABLE "sch""ema"."_Link""Tag" (
    "A" INTEGER NOT NULL REFERENCES "sch""ema"."Tag"("id"),
    "B" INTEGER NOT NULL REFERENCES "sch""ema"."we""ird\tab"("id"),
    CONSTRAINT "_Link""Tag_AB_pkey" PRIMARY KEY ("A", "B")
);
CREATE INDEX "_Link""Tag_B_index" ON "sch""ema"."_Link""Tag"("B");
CREATE TABLE "sch""ema"."owner" (
    "id" INTEGER PRIMARY KEY,
    "weirdId" INTEGER CONSTRAINT "f""k" REFERENCES "sch""ema"."we""ird\tab"("id")
);
