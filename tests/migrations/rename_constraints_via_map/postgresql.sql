-- AlterTable
ALTER TABLE "User" RENAME CONSTRAINT "User_pkey" TO "user_pk";

-- RenameForeignKey
ALTER TABLE "Post" RENAME CONSTRAINT "Post_authorId_fkey" TO "post_author_fk";

-- RenameIndex
ALTER INDEX "User_email_key" RENAME TO "user_email_unique";
