-- AlterTable
ALTER TABLE "User" ADD COLUMN     "rightsGivenByHand" BOOLEAN NOT NULL DEFAULT false;

