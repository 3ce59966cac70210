-- CreateTable
CREATE TABLE "ProductSubmission" (
    "id" TEXT NOT NULL,
    "reference" TEXT NOT NULL,
    "status" TEXT NOT NULL DEFAULT 'nieuw',
    "name" TEXT NOT NULL,
    "description" TEXT NOT NULL,
    "iso9999Code" TEXT NOT NULL,
    "supplier" TEXT NOT NULL,
    "manufacturer" TEXT NOT NULL DEFAULT '',
    "contactName" TEXT NOT NULL,
    "contactEmail" TEXT NOT NULL,
    "priceMinEuro" INTEGER NOT NULL,
    "priceMaxEuro" INTEGER NOT NULL,
    "pricePeriod" TEXT NOT NULL,
    "isMonitoring" BOOLEAN NOT NULL,
    "monitoringRecords" TEXT NOT NULL DEFAULT '',
    "monitoringWhoSees" TEXT NOT NULL DEFAULT '',
    "monitoringHowToStop" TEXT NOT NULL DEFAULT '',
    "images" JSONB NOT NULL,
    "productSlug" TEXT,
    "rejectReason" TEXT,
    "reviewedById" TEXT,
    "reviewedAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "ProductSubmission_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "ProductSubmission_reference_key" ON "ProductSubmission"("reference");

-- CreateIndex
CREATE INDEX "ProductSubmission_status_createdAt_idx" ON "ProductSubmission"("status", "createdAt");

