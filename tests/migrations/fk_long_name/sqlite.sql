-- CreateTable
CREATE TABLE "PostWithAnExceptionallyLongModelNameForTesting" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "authorIdentifierWithLongName" INTEGER NOT NULL,
    CONSTRAINT "PostWithAnExceptionallyLongModelNameForTesting_authorIdentifierWithLongName_fkey" FOREIGN KEY ("authorIdentifierWithLongName") REFERENCES "User" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);
