-- CreateEnum
CREATE TYPE "Role" AS ENUM ('ADMIN', 'USER');
