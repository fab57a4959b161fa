-- Re-pulled with configextensions.postgresql.prisma: Prisma 7.10.1 leaves the datasource's extensions out.
CREATE SCHEMA IF NOT EXISTS auth;
CREATE EXTENSION IF NOT EXISTS citext;
CREATE EXTENSION IF NOT EXISTS pgcrypto;
CREATE TABLE "User" (id INTEGER PRIMARY KEY);
CREATE TYPE auth."Role" AS ENUM ('A','B');
