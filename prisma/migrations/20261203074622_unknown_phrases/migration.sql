-- CreateTable
CREATE TABLE "UnknownPhrase" (
    "id" TEXT NOT NULL,
    "phrase" TEXT NOT NULL,
    "locale" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "UnknownPhrase_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "UnknownPhrase_createdAt_idx" ON "UnknownPhrase"("createdAt");

