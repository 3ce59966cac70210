import "server-only";
import { db } from "@/lib/db";
import { appError, type ErrorKey } from "@/lib/errors";
import { outcomeFieldErrors, outcomeInputSchema } from "@/lib/schemas/outcome";
import { recordAuditEvent } from "@/lib/server/audit/record-audit-event";
import { TX_OPTIONS } from "@/lib/server/desk/desk-scope";
import { OUTCOME_TOKEN_PATTERN, hashOutcomeToken } from "./outcome-link";
import { loanForOutcomeSelect, saveLoanOutcome } from "./save-outcome";

/** How long after the return the link still works. */
export const OUTCOME_LINK_DAYS_AFTER_RETURN = 60;

export const OUTCOME_LINK_UNKNOWN: ErrorKey = "resident.outcomeLinkUnknown";

export interface OutcomeRequest {
  productName: string;
  centreName: string;
  answered: { result: string; reason: string | null } | null;
}

async function findLoanByToken(client: Pick<typeof db, "loan">, token: string, now: Date) {
  if (typeof token !== "string" || !OUTCOME_TOKEN_PATTERN.test(token)) return null;
  const loan = await client.loan.findUnique({ where: { outcomeTokenHash: hashOutcomeToken(token) }, select: loanForOutcomeSelect });
  if (!loan) return null;
  if (loan.status === "RETURNED" && loan.returnedAt && now.getTime() - loan.returnedAt.getTime() > OUTCOME_LINK_DAYS_AFTER_RETURN * 86_400_000) return null;
  return loan;
}

/** What the link's page shows: the product and the centre, never a name. Unknown or expired: NOT_FOUND. */
export async function getOutcomeRequest({ token, now = new Date() }: { token: string; now?: Date }): Promise<OutcomeRequest> {
  const loan = await findLoanByToken(db, token, now);
  if (!loan) throw appError("NOT_FOUND", OUTCOME_LINK_UNKNOWN);
  return {
    productName: loan.unit.product.name,
    centreName: loan.unit.centre.name,
    answered: loan.outcome ? { result: loan.outcome.result, reason: loan.outcome.reasonCode } : null,
  };
}

/** The resident answers through the link (no account): the same outcome record as the desk's, source "resident". */
export async function recordResidentOutcome({ token, result, reason, now = new Date() }: { token: string; result: unknown; reason: unknown; now?: Date }): Promise<{ id: string }> {
  const parsed = outcomeInputSchema.safeParse({ result, reason });
  if (!parsed.success) throw appError("INVALID", "resident.outcomeChoose", { fields: outcomeFieldErrors(parsed.error) });
  return db.$transaction(async (tx) => {
    const loan = await findLoanByToken(tx, token, now);
    if (!loan) throw appError("NOT_FOUND", OUTCOME_LINK_UNKNOWN);
    const saved = await saveLoanOutcome(tx, loan, { ...parsed.data, source: "resident" });
    await recordAuditEvent(
      {
        actor: null,
        actorKind: "resident",
        action: "loan.outcome",
        entityType: "Loan",
        entityId: loan.id,
        municipalityId: loan.unit.centre.municipalityId,
        details: { centreId: loan.unit.centreId, result: parsed.data.result, reason: parsed.data.reason, source: "resident", replaced: !saved.created },
      },
      tx,
    );
    return { id: saved.id };
  }, TX_OPTIONS);
}
