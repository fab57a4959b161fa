-- CreateTable
CREATE TABLE "User" (
    "id" INTEGER NOT NULL,
    "email" TEXT NOT NULL,
    "status" TEXT NOT NULL,

    CONSTRAINT "User_pkey" PRIMARY KEY ("id")
);

-- Made by hand: partial indexes the schema does not declare.
CREATE INDEX "User_email_idx" ON "User"("email") WHERE "status" <> 'banned';
CREATE INDEX "User_status_active_idx" ON "User"("status") WHERE "status" = 'active';
