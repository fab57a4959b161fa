CREATE TABLE "User" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "email" TEXT NOT NULL,
    "name" TEXT,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "score" REAL NOT NULL DEFAULT 1.5,
    "active" BOOLEAN NOT NULL DEFAULT true,
    "big" BIGINT,
    "price" DECIMAL,
    "bytes" BLOB,
    "role" TEXT NOT NULL DEFAULT 'USER'
);
CREATE UNIQUE INDEX "User_email_key" ON "User"("email");
CREATE TABLE "Post" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "title" TEXT NOT NULL,
    "authorId" INTEGER NOT NULL,
    "editorId" INTEGER,
    CONSTRAINT "Post_authorId_fkey" FOREIGN KEY ("authorId") REFERENCES "User" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "Post_editorId_fkey" FOREIGN KEY ("editorId") REFERENCES "User" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);
CREATE INDEX "Post_title_idx" ON "Post"("title");
CREATE INDEX "custom" ON "Post"("authorId", "title" DESC);
CREATE TABLE "Tag" ("name" TEXT NOT NULL, "postId" TEXT NOT NULL, PRIMARY KEY ("name", "postId"));
CREATE TABLE "no_pk" ("a" INTEGER, "b" TEXT);
CREATE TABLE "my-table" ("id" INTEGER PRIMARY KEY, "2col" TEXT, "weird" VARCHAR(20), "x" FOO);
CREATE TABLE "Profile" ("id" INTEGER NOT NULL PRIMARY KEY, "userId" INTEGER NOT NULL REFERENCES "User"("id"));
CREATE UNIQUE INDEX "Profile_userId_key" ON "Profile"("userId");
