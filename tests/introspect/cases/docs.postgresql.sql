CREATE TYPE "Color" AS ENUM ('RED', 'GREEN');
CREATE TYPE "size_t" AS ENUM ('s', 'm', 'l');
CREATE TABLE "T" (id integer PRIMARY KEY, c "Color" NOT NULL);
CREATE TABLE "U" (
    id integer PRIMARY KEY,
    t_id integer NOT NULL REFERENCES "T"(id),
    sz size_t,
    note text
);
