CREATE TABLE "Org" (
  "id" UUID NOT NULL,
  "counter" INTEGER NOT NULL DEFAULT 0,
  CONSTRAINT "Org_pkey" PRIMARY KEY ("id")
);
COMMENT ON TABLE "Org" IS 'organisations';
COMMENT ON COLUMN "Org"."counter" IS 'how many';
CREATE TABLE "Member" (
  "orgId" UUID NOT NULL,
  "userId" INTEGER NOT NULL,
  CONSTRAINT "Member_pkey" PRIMARY KEY ("orgId", "userId")
);
CREATE TABLE "Account" (
  "id" SERIAL PRIMARY KEY,
  "orgId" UUID,
  "userId" INTEGER,
  "email" TEXT NOT NULL,
  CONSTRAINT "Account_member_fkey" FOREIGN KEY ("orgId", "userId") REFERENCES "Member"("orgId", "userId") ON DELETE SET NULL ON UPDATE CASCADE
);
CREATE UNIQUE INDEX "Account_email_key" ON "Account"("email");
CREATE UNIQUE INDEX "Account_orgId_userId_key" ON "Account"("orgId", "userId");
ALTER TABLE "Member" ADD CONSTRAINT "Member_orgId_fkey" FOREIGN KEY ("orgId") REFERENCES "Org"("id") ON DELETE CASCADE ON UPDATE CASCADE DEFERRABLE INITIALLY DEFERRED;
CREATE TABLE "Secret" ("id" INTEGER PRIMARY KEY, "value" TEXT);
ALTER TABLE "Secret" ENABLE ROW LEVEL SECURITY;
CREATE VIEW "OrgView" AS SELECT "id" FROM "Org";
CREATE TABLE "Ticket" ("id" INTEGER PRIMARY KEY, "code" TEXT NOT NULL);
CREATE INDEX "ticket_lower_code" ON "Ticket" (lower("code"));
