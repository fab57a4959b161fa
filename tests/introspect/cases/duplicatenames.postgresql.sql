-- The same names in two schemas: Prisma renames the duplicates and lists the enums before the models.
CREATE SCHEMA a; CREATE SCHEMA b;
CREATE TYPE a."Status" AS ENUM ('x'); CREATE TYPE b."Status" AS ENUM ('y');
CREATE TABLE a."Item" (id int primary key, s a."Status"); CREATE TABLE b."Item" (id int primary key);
CREATE TABLE a."Zed" (id int primary key); CREATE TABLE b."Zed" (id int primary key);
