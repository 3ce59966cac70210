-- AlterTable
ALTER TABLE "Consent" ADD COLUMN     "waitlistEntryId" TEXT;

-- AlterTable
ALTER TABLE "WaitlistEntry" ADD COLUMN     "reservationId" TEXT;

-- CreateIndex
CREATE UNIQUE INDEX "WaitlistEntry_reservationId_key" ON "WaitlistEntry"("reservationId");

-- AddForeignKey
ALTER TABLE "WaitlistEntry" ADD CONSTRAINT "WaitlistEntry_reservationId_fkey" FOREIGN KEY ("reservationId") REFERENCES "Reservation"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Consent" ADD CONSTRAINT "Consent_waitlistEntryId_fkey" FOREIGN KEY ("waitlistEntryId") REFERENCES "WaitlistEntry"("id") ON DELETE CASCADE ON UPDATE CASCADE;

