-- CreateTable
CREATE TABLE "PostWithAnExceptionallyLongModelNameForTesting" (
    "id" INTEGER NOT NULL,
    "authorIdentifierWithLongName" INTEGER NOT NULL,

    CONSTRAINT "PostWithAnExceptionallyLongModelNameForTesting_pkey" PRIMARY KEY ("id")
);

-- AddForeignKey
ALTER TABLE "PostWithAnExceptionallyLongModelNameForTesting" ADD CONSTRAINT "PostWithAnExceptionallyLongModelNameForTesting_authorIdent_fkey" FOREIGN KEY ("authorIdentifierWithLongName") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
