import "server-only";
import { db } from "@/lib/db";
import type { Actor } from "@/lib/auth/permissions";
import { appError } from "@/lib/errors";
import { outcomeFieldErrors, outcomeInputSchema } from "@/lib/schemas/outcome";
import { recordAuditEvent } from "@/lib/server/audit/record-audit-event";
import { LOAN_NOT_FOUND, TX_OPTIONS, checkId, deskCentreIds, notFound } from "@/lib/server/desk/desk-scope";
import { loanForOutcomeSelect, saveLoanOutcome } from "./save-outcome";

/**
 * The desk records what came of a loan, usually right at take-back: kept using / returning it / will buy / bought
 * elsewhere, with a reason code (a return is positive or negative by its reason). For residents without an account
 * too: the loan is the record, no personal data goes into the outcome. Only staff of the loan's centre; any other
 * loan reads as not found.
 */
export async function recordLoanOutcome({ actor, loanId, result, reason }: { actor: Actor; loanId: string; result: unknown; reason: unknown }): Promise<{ id: string }> {
  const centreIds = deskCentreIds(actor, LOAN_NOT_FOUND);
  checkId(loanId, LOAN_NOT_FOUND);
  const parsed = outcomeInputSchema.safeParse({ result, reason });
  if (!parsed.success) throw appError("INVALID", "staff.loanOutcomeChoose", { fields: outcomeFieldErrors(parsed.error) });
  return db.$transaction(async (tx) => {
    const loan = await tx.loan.findFirst({ where: { id: loanId, unit: { centreId: { in: centreIds } } }, select: loanForOutcomeSelect });
    if (!loan) throw notFound(LOAN_NOT_FOUND);
    const saved = await saveLoanOutcome(tx, loan, { ...parsed.data, source: "desk" });
    await recordAuditEvent(
      {
        actor,
        action: "loan.outcome",
        entityType: "Loan",
        entityId: loan.id,
        municipalityId: loan.unit.centre.municipalityId,
        details: { centreId: loan.unit.centreId, result: parsed.data.result, reason: parsed.data.reason, source: "desk", replaced: !saved.created },
      },
      tx,
    );
    return { id: saved.id };
  }, TX_OPTIONS);
}

export interface PendingOutcome {
  loanId: string;
  productName: string;
  /** the outcome already recorded for this loan, if any (the desk may correct it) */
  recorded: { result: string; reason: string | null; source: string } | null;
}

/** The unit's most recently returned loan, for the outcome question right after take-back (null when none). */
export async function getLastReturnedLoan({ actor, unitId }: { actor: Actor; unitId: string }): Promise<PendingOutcome | null> {
  const centreIds = deskCentreIds(actor, LOAN_NOT_FOUND);
  checkId(unitId, LOAN_NOT_FOUND);
  const loan = await db.loan.findFirst({
    where: { unitId, status: "RETURNED", unit: { centreId: { in: centreIds } } },
    orderBy: { returnedAt: "desc" },
    select: { id: true, unit: { select: { product: { select: { name: true } } } }, outcome: { select: { result: true, reasonCode: true, source: true } } },
  });
  if (!loan) return null;
  return { loanId: loan.id, productName: loan.unit.product.name, recorded: loan.outcome ? { result: loan.outcome.result, reason: loan.outcome.reasonCode, source: loan.outcome.source } : null };
}
