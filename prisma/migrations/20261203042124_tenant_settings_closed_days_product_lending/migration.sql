-- AlterTable
ALTER TABLE "LendingCentre" ADD COLUMN     "closedAt" TIMESTAMP(3);

-- AlterTable
ALTER TABLE "Municipality" ADD COLUMN     "postcodeAreas" TEXT[] DEFAULT ARRAY[]::TEXT[],
ADD COLUMN     "privacyContact" TEXT NOT NULL DEFAULT '',
ADD COLUMN     "settings" JSONB NOT NULL DEFAULT '{}',
ADD COLUMN     "status" TEXT NOT NULL DEFAULT 'active',
ADD COLUMN     "welcomeText" TEXT NOT NULL DEFAULT '',
ADD COLUMN     "wmoDeskHours" TEXT NOT NULL DEFAULT '',
ADD COLUMN     "wmoDeskPhone" TEXT NOT NULL DEFAULT '',
ADD COLUMN     "wmoDeskUrl" TEXT NOT NULL DEFAULT '';

-- AlterTable
ALTER TABLE "Product" ADD COLUMN     "checklist" TEXT[] DEFAULT ARRAY[]::TEXT[],
ADD COLUMN     "fundingRoutes" JSONB NOT NULL DEFAULT '[]',
ADD COLUMN     "maxExtensions" INTEGER NOT NULL DEFAULT 1,
ADD COLUMN     "maxLoanDays" INTEGER NOT NULL DEFAULT 91;

-- AlterTable
ALTER TABLE "User" ADD COLUMN     "lastSignInAt" TIMESTAMP(3);

-- CreateTable
CREATE TABLE "ClosedDay" (
    "id" TEXT NOT NULL,
    "centreId" TEXT NOT NULL,
    "date" TEXT NOT NULL,
    "reason" TEXT NOT NULL DEFAULT '',

    CONSTRAINT "ClosedDay_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "ClosedDay_centreId_date_key" ON "ClosedDay"("centreId", "date");

-- AddForeignKey
ALTER TABLE "ClosedDay" ADD CONSTRAINT "ClosedDay_centreId_fkey" FOREIGN KEY ("centreId") REFERENCES "LendingCentre"("id") ON DELETE CASCADE ON UPDATE CASCADE;

