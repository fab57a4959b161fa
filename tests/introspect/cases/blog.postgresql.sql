CREATE TYPE "Role" AS ENUM ('USER', 'ADMIN');
CREATE TABLE "User" (
  "id" SERIAL NOT NULL,
  "email" TEXT NOT NULL,
  "name" VARCHAR(100),
  "role" "Role" NOT NULL DEFAULT 'USER',
  "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
  "score" DOUBLE PRECISION NOT NULL DEFAULT 1.5,
  "active" BOOLEAN NOT NULL DEFAULT true,
  "data" JSONB,
  "big" BIGINT,
  "price" DECIMAL(10,2),
  "tags" TEXT[],
  "uid" UUID NOT NULL DEFAULT gen_random_uuid(),
  "when" TIMESTAMPTZ(6),
  "small" SMALLINT,
  "bytes" BYTEA,
  CONSTRAINT "User_pkey" PRIMARY KEY ("id")
);
CREATE UNIQUE INDEX "User_email_key" ON "User"("email");
CREATE TABLE "Post" (
  "id" TEXT NOT NULL,
  "title" TEXT NOT NULL,
  "authorId" INTEGER NOT NULL,
  "editorId" INTEGER,
  CONSTRAINT "Post_pkey" PRIMARY KEY ("id")
);
CREATE INDEX "Post_title_idx" ON "Post"("title");
CREATE INDEX "custom_name" ON "Post"("authorId", "title" DESC);
ALTER TABLE "Post" ADD CONSTRAINT "Post_authorId_fkey" FOREIGN KEY ("authorId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "Post" ADD CONSTRAINT "Post_editorId_fkey" FOREIGN KEY ("editorId") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;
CREATE TABLE "Tag" ("name" TEXT NOT NULL, "postId" TEXT NOT NULL, CONSTRAINT "Tag_pkey" PRIMARY KEY ("name", "postId"));
CREATE TABLE "Profile" ("id" INTEGER NOT NULL, "userId" INTEGER NOT NULL, CONSTRAINT "Profile_pkey" PRIMARY KEY ("id"));
CREATE UNIQUE INDEX "Profile_userId_key" ON "Profile"("userId");
ALTER TABLE "Profile" ADD CONSTRAINT "Profile_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
CREATE TABLE "no_pk" ("a" INTEGER, "b" TEXT);
CREATE TABLE "my-table" ("id" INTEGER PRIMARY KEY, "2col" TEXT, "x" inet);
