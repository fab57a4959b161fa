-- What the other service created in the database, before any Prisma migration.
CREATE TYPE role AS ENUM ('reader', 'writer');
CREATE TABLE users (id INTEGER PRIMARY KEY, name TEXT);
