CREATE TYPE "user_role" AS ENUM ('user', 'admin', 'super-admin');
CREATE TABLE "users" (
  "id" TEXT NOT NULL,
  "email_address" TEXT NOT NULL,
  "role" "user_role" NOT NULL DEFAULT 'user',
  "updated_at" TIMESTAMP(3) NOT NULL,
  "new_column" INTEGER,
  CONSTRAINT "users_pkey" PRIMARY KEY ("id")
);
CREATE UNIQUE INDEX "users_email_address_key" ON "users"("email_address");
CREATE TABLE "posts" (
  "id" SERIAL NOT NULL,
  "author_id" TEXT NOT NULL,
  "title" TEXT NOT NULL,
  CONSTRAINT "posts_pkey" PRIMARY KEY ("id"),
  CONSTRAINT "posts_author_id_fkey" FOREIGN KEY ("author_id") REFERENCES "users"("id") ON DELETE RESTRICT ON UPDATE CASCADE
);
CREATE TABLE "audit" ("id" BIGSERIAL PRIMARY KEY, "at" TIMESTAMPTZ NOT NULL DEFAULT now());
CREATE TABLE "zebra" ("id" INTEGER PRIMARY KEY);
