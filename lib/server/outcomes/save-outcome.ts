import "server-only";
import type { Prisma } from "@/lib/generated/prisma/client";
import { returnKindOf, type DeskResult, type OutcomeReasonCode } from "@/lib/learning/outcome-codes";
import { snapshotFacts } from "./snapshot-facts";

type Tx = Prisma.TransactionClient;

/** What a loan query must select so an outcome can be linked to its advice, case and municipality. */
export const loanForOutcomeSelect = {
  id: true,
  status: true,
  returnedAt: true,
  unit: { select: { productId: true, centreId: true, product: { select: { slug: true, name: true } }, centre: { select: { municipalityId: true, name: true } } } },
  reservation: { select: { caseId: true, adviceSnapshotId: true, adviceSnapshot: { select: { items: true } } } },
  outcome: { select: { id: true, result: true, reasonCode: true, source: true } },
} as const satisfies Prisma.LoanSelect;

export type LoanForOutcome = Prisma.LoanGetPayload<{ select: typeof loanForOutcomeSelect }>;

/**
 * One outcome per loan (Outcome.loanId is unique): the first answer creates it, a later one (the desk correcting, or
 * the resident through the link) replaces it. Linked to the reservation's advice snapshot (rank, score, difficulty)
 * and to its consultant case, so the consultant sees it too and is not asked again.
 */
export async function saveLoanOutcome(tx: Tx, loan: LoanForOutcome, input: { result: DeskResult; reason: OutcomeReasonCode; source: "desk" | "resident" }): Promise<{ id: string; created: boolean }> {
  const facts = loan.reservation?.adviceSnapshot ? snapshotFacts(loan.reservation.adviceSnapshot.items, loan.unit.product.slug) : null;
  const data = {
    result: input.result,
    reasonCode: input.reason,
    returnKind: returnKindOf(input.result, input.reason),
    source: input.source,
  };
  if (loan.outcome) {
    await tx.outcome.update({ where: { id: loan.outcome.id }, data });
    return { id: loan.outcome.id, created: false };
  }
  const row = await tx.outcome.create({
    data: {
      ...data,
      municipalityId: loan.unit.centre.municipalityId,
      loanId: loan.id,
      productId: loan.unit.productId,
      caseId: loan.reservation?.caseId ?? null,
      adviceSnapshotId: facts ? loan.reservation!.adviceSnapshotId : null,
      difficulty: facts?.difficulty ?? null,
      rank: facts?.rank ?? null,
      score: facts?.score ?? null,
    },
    select: { id: true },
  });
  if (facts && loan.reservation?.caseId) {
    // the consultant already answered for this product of the case (the follow-up question after the return): that
    // answer stays, but the loan's own outcome is the one the learning counts, so the loan is counted once
    await tx.outcome.updateMany({
      where: { caseId: loan.reservation.caseId, productId: loan.unit.productId, loanId: null, difficulty: { not: null } },
      data: { difficulty: null, rank: null, score: null },
    });
  }
  return { id: row.id, created: true };
}
