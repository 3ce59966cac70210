-- AlterTable
ALTER TABLE "Municipality" ADD COLUMN     "notOfferedDisplay" TEXT NOT NULL DEFAULT 'hide';

-- CreateTable
CREATE TABLE "MunicipalityProduct" (
    "id" TEXT NOT NULL,
    "municipalityId" TEXT NOT NULL,
    "productId" TEXT NOT NULL,
    "offered" BOOLEAN NOT NULL DEFAULT true,
    "localFundingNote" TEXT NOT NULL DEFAULT '',
    "localSupplier" TEXT NOT NULL DEFAULT '',
    "priceAgreement" TEXT NOT NULL DEFAULT '',
    "localNote" TEXT NOT NULL DEFAULT '',
    "updatedAt" TIMESTAMP(3) NOT NULL,
    "updatedById" TEXT,

    CONSTRAINT "MunicipalityProduct_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "MunicipalityProduct_productId_idx" ON "MunicipalityProduct"("productId");

-- CreateIndex
CREATE UNIQUE INDEX "MunicipalityProduct_municipalityId_productId_key" ON "MunicipalityProduct"("municipalityId", "productId");

-- AddForeignKey
ALTER TABLE "MunicipalityProduct" ADD CONSTRAINT "MunicipalityProduct_municipalityId_fkey" FOREIGN KEY ("municipalityId") REFERENCES "Municipality"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "MunicipalityProduct" ADD CONSTRAINT "MunicipalityProduct_productId_fkey" FOREIGN KEY ("productId") REFERENCES "Product"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "MunicipalityProduct" ADD CONSTRAINT "MunicipalityProduct_updatedById_fkey" FOREIGN KEY ("updatedById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

