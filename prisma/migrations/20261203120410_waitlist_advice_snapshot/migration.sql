-- AlterTable
ALTER TABLE "WaitlistEntry" ADD COLUMN     "adviceSnapshotId" TEXT;

-- AddForeignKey
ALTER TABLE "WaitlistEntry" ADD CONSTRAINT "WaitlistEntry_adviceSnapshotId_fkey" FOREIGN KEY ("adviceSnapshotId") REFERENCES "AdviceSnapshot"("id") ON DELETE SET NULL ON UPDATE CASCADE;

