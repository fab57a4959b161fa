-- CreateEnum
CREATE TYPE "Role" AS ENUM ('USER', 'admin');

-- CreateTable
CREATE TABLE "Member" (
    "id" TEXT NOT NULL,
    "role" "Role" NOT NULL DEFAULT 'USER',
    "seen" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "at" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Member_pkey" PRIMARY KEY ("id")
);
