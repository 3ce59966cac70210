-- AlterTable
ALTER TABLE "Product" ADD COLUMN     "nameInSentence" TEXT NOT NULL DEFAULT '';

