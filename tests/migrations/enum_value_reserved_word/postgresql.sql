-- AlterEnum
ALTER TYPE "Kind" ADD VALUE 'select';
