-- Re-pulled with keptdetails.postgresql.prisma: trailing /// comments are documentation, a compound
-- id keeps its `name:`, generator settings written as constants come back as strings.
CREATE TYPE "Kind" AS ENUM ('UP', 'DOWN');
CREATE TABLE "Like" (
    "userId" INTEGER NOT NULL,
    "postId" INTEGER NOT NULL,
    "data" BYTEA NOT NULL,
    "kind" "Kind" NOT NULL,
    CONSTRAINT "Like_pkey" PRIMARY KEY ("userId", "postId")
);
