-- AlterTable
ALTER TABLE "Reservation" ADD COLUMN     "locale" TEXT NOT NULL DEFAULT 'nl';

-- AlterTable
ALTER TABLE "WaitlistEntry" ADD COLUMN     "locale" TEXT NOT NULL DEFAULT 'nl';

