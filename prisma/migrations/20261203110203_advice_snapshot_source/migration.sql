-- AlterTable
ALTER TABLE "AdviceSnapshot" ADD COLUMN     "source" TEXT NOT NULL DEFAULT 'advice';

