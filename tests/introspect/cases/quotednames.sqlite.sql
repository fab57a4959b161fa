-- Names holding `"`, `\`, newlines and tabs: every one must come back as a PSL string literal,
-- escaped as Prisma writes it. (Prisma's SQLite describer fails on a `"` in a table or index
-- name, so those hold the other characters.)
CREATE TABLE "we'ird\tab" (
    "id" INTEGER NOT NULL CONSTRAINT "p""k" PRIMARY KEY AUTOINCREMENT,
    "x"") @default(dbgenerated(""now()"")) //" TEXT,
    "back\slash" TEXT,
    "new
line" TEXT,
    "tab	here" TEXT,
    "said" TEXT DEFAULT 'say "hi" \ '
);
CREATE UNIQUE INDEX "u'q" ON "we'ird\tab"("back\slash");
CREATE INDEX "i	dx\n" ON "we'ird\tab"("tab	here");
CREATE TABLE "owner" (
    "id" INTEGER NOT NULL PRIMARY KEY,
    "weirdId" INTEGER,
    CONSTRAINT "f""k" FOREIGN KEY ("weirdId") REFERENCES "we'ird\tab" ("id")
);
