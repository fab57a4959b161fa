/*
  Warnings:

  - A unique constraint covering the columns `[n]` on the table `User` will be added. If there are existing duplicate values, this will fail.

*/
-- AlterTable
CREATE SEQUENCE user_n_seq;
ALTER TABLE "User" ALTER COLUMN "n" SET DEFAULT nextval('user_n_seq');
ALTER SEQUENCE user_n_seq OWNED BY "User"."n";

-- CreateIndex
CREATE UNIQUE INDEX "User_n_key" ON "User"("n");
