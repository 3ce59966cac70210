-- CreateTable
CREATE TABLE "AssessmentRound" (
    "id" TEXT NOT NULL,
    "assessmentId" TEXT NOT NULL,
    "round" INTEGER NOT NULL,
    "answers" JSONB NOT NULL,
    "answeredAt" TIMESTAMP(3) NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "AssessmentRound_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "AssessmentRound_assessmentId_round_key" ON "AssessmentRound"("assessmentId", "round");

-- AddForeignKey
ALTER TABLE "AssessmentRound" ADD CONSTRAINT "AssessmentRound_assessmentId_fkey" FOREIGN KEY ("assessmentId") REFERENCES "Assessment"("id") ON DELETE CASCADE ON UPDATE CASCADE;

