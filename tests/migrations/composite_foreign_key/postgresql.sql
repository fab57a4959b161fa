-- CreateTable
CREATE TABLE "Member" (
    "id" SERIAL NOT NULL,
    "orgId" INTEGER,
    "orgCode" TEXT,

    CONSTRAINT "Member_pkey" PRIMARY KEY ("id")
);

-- AddForeignKey
ALTER TABLE "Member" ADD CONSTRAINT "Member_orgId_orgCode_fkey" FOREIGN KEY ("orgId", "orgCode") REFERENCES "Org"("id", "code") ON DELETE SET NULL ON UPDATE NO ACTION;
