-- RenameForeignKey
ALTER TABLE "Post" RENAME CONSTRAINT "Post_userId_fkey" TO "post_owner_fk";
