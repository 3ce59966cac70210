-- AlterTable
ALTER TABLE "AdviceSnapshot" ADD COLUMN     "catalogueVersion" INTEGER;

-- AlterTable
ALTER TABLE "Product" ADD COLUMN     "supplier" TEXT NOT NULL DEFAULT '';

-- CreateTable
CREATE TABLE "CatalogueVersion" (
    "id" TEXT NOT NULL,
    "number" INTEGER NOT NULL,
    "status" TEXT NOT NULL DEFAULT 'draft',
    "note" TEXT NOT NULL,
    "source" TEXT NOT NULL,
    "restoredFrom" INTEGER,
    "createdById" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "publishedAt" TIMESTAMP(3),

    CONSTRAINT "CatalogueVersion_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "CatalogueVersionProduct" (
    "id" TEXT NOT NULL,
    "versionId" TEXT NOT NULL,
    "slug" TEXT NOT NULL,
    "data" JSONB NOT NULL,
    "hash" TEXT NOT NULL,
    "insertedAt" TIMESTAMP(3),
    "changedAt" TIMESTAMP(3),

    CONSTRAINT "CatalogueVersionProduct_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "CatalogueVersion_number_key" ON "CatalogueVersion"("number");

-- CreateIndex
CREATE INDEX "CatalogueVersion_status_idx" ON "CatalogueVersion"("status");

-- CreateIndex
CREATE UNIQUE INDEX "CatalogueVersionProduct_versionId_slug_key" ON "CatalogueVersionProduct"("versionId", "slug");

-- AddForeignKey
ALTER TABLE "CatalogueVersionProduct" ADD CONSTRAINT "CatalogueVersionProduct_versionId_fkey" FOREIGN KEY ("versionId") REFERENCES "CatalogueVersion"("id") ON DELETE CASCADE ON UPDATE CASCADE;


-- Exactly one published catalogue version at a time (Prisma's schema cannot express a partial unique index).
CREATE UNIQUE INDEX "CatalogueVersion_one_published" ON "CatalogueVersion"("status") WHERE "status" = 'published';
