-- Learning from outcomes (issue 13): CaseOutcome becomes the one outcome table (Prisma model Outcome) for cases and
-- loans. Outcomes and advice snapshots outlive the erasure of personal records (SET NULL instead of CASCADE).
-- DropForeignKey
ALTER TABLE "AdviceSnapshot" DROP CONSTRAINT "AdviceSnapshot_assessmentId_fkey";

-- DropForeignKey
ALTER TABLE "CaseOutcome" DROP CONSTRAINT "CaseOutcome_caseId_fkey";

-- AlterTable
ALTER TABLE "AdviceSnapshot" ADD COLUMN     "context" JSONB NOT NULL DEFAULT '{}',
ADD COLUMN     "difficulties" TEXT[] DEFAULT ARRAY[]::TEXT[],
ADD COLUMN     "items" JSONB NOT NULL DEFAULT '[]',
ADD COLUMN     "municipalityId" TEXT,
ALTER COLUMN "assessmentId" DROP NOT NULL;

-- AlterTable
ALTER TABLE "CaseOutcome" ADD COLUMN     "adviceSnapshotId" TEXT,
ADD COLUMN     "difficulty" TEXT,
ADD COLUMN     "loanId" TEXT,
ADD COLUMN     "municipalityId" TEXT,
ADD COLUMN     "rank" INTEGER,
ADD COLUMN     "reasonCode" TEXT,
ADD COLUMN     "returnKind" TEXT,
ADD COLUMN     "score" DOUBLE PRECISION,
ADD COLUMN     "source" TEXT NOT NULL DEFAULT 'consultant',
ADD COLUMN     "updatedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
ALTER COLUMN "caseId" DROP NOT NULL,
ALTER COLUMN "helped" SET DEFAULT '';

-- Backfill: an existing (consultant) outcome belongs to the municipality of its case, a snapshot to that of its assessment.
UPDATE "CaseOutcome" o SET "municipalityId" = c."municipalityId" FROM "Case" c WHERE c."id" = o."caseId";
ALTER TABLE "CaseOutcome" ALTER COLUMN "municipalityId" SET NOT NULL;
UPDATE "AdviceSnapshot" s SET "municipalityId" = a."municipalityId" FROM "Assessment" a WHERE a."id" = s."assessmentId";

-- AlterTable
ALTER TABLE "Loan" ADD COLUMN     "outcomeTokenHash" TEXT;

-- AlterTable
ALTER TABLE "Reservation" ADD COLUMN     "adviceSnapshotId" TEXT;

-- CreateIndex
CREATE INDEX "AdviceSnapshot_assessmentId_idx" ON "AdviceSnapshot"("assessmentId");

-- CreateIndex
CREATE UNIQUE INDEX "CaseOutcome_loanId_key" ON "CaseOutcome"("loanId");

-- CreateIndex
CREATE INDEX "CaseOutcome_productId_difficulty_idx" ON "CaseOutcome"("productId", "difficulty");

-- CreateIndex
CREATE INDEX "CaseOutcome_municipalityId_createdAt_idx" ON "CaseOutcome"("municipalityId", "createdAt");

-- CreateIndex
CREATE INDEX "CaseOutcome_caseId_idx" ON "CaseOutcome"("caseId");

-- CreateIndex
CREATE UNIQUE INDEX "Loan_outcomeTokenHash_key" ON "Loan"("outcomeTokenHash");

-- AddForeignKey
ALTER TABLE "Reservation" ADD CONSTRAINT "Reservation_adviceSnapshotId_fkey" FOREIGN KEY ("adviceSnapshotId") REFERENCES "AdviceSnapshot"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AdviceSnapshot" ADD CONSTRAINT "AdviceSnapshot_assessmentId_fkey" FOREIGN KEY ("assessmentId") REFERENCES "Assessment"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AdviceSnapshot" ADD CONSTRAINT "AdviceSnapshot_municipalityId_fkey" FOREIGN KEY ("municipalityId") REFERENCES "Municipality"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CaseOutcome" ADD CONSTRAINT "CaseOutcome_municipalityId_fkey" FOREIGN KEY ("municipalityId") REFERENCES "Municipality"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CaseOutcome" ADD CONSTRAINT "CaseOutcome_caseId_fkey" FOREIGN KEY ("caseId") REFERENCES "Case"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CaseOutcome" ADD CONSTRAINT "CaseOutcome_loanId_fkey" FOREIGN KEY ("loanId") REFERENCES "Loan"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CaseOutcome" ADD CONSTRAINT "CaseOutcome_adviceSnapshotId_fkey" FOREIGN KEY ("adviceSnapshotId") REFERENCES "AdviceSnapshot"("id") ON DELETE SET NULL ON UPDATE CASCADE;

