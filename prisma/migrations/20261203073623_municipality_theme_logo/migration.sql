-- AlterTable
ALTER TABLE "Municipality" ADD COLUMN     "theme" JSONB;

-- CreateTable
CREATE TABLE "MunicipalityLogo" (
    "id" TEXT NOT NULL,
    "municipalityId" TEXT NOT NULL,
    "mimeType" TEXT NOT NULL,
    "data" BYTEA NOT NULL,
    "width" INTEGER NOT NULL,
    "height" INTEGER NOT NULL,
    "alt" TEXT NOT NULL,
    "sha256" TEXT NOT NULL,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "MunicipalityLogo_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "MunicipalityLogo_municipalityId_key" ON "MunicipalityLogo"("municipalityId");

-- AddForeignKey
ALTER TABLE "MunicipalityLogo" ADD CONSTRAINT "MunicipalityLogo_municipalityId_fkey" FOREIGN KEY ("municipalityId") REFERENCES "Municipality"("id") ON DELETE CASCADE ON UPDATE CASCADE;

