import "server-only";
import { db } from "@/lib/db";
import type { Actor } from "@/lib/auth/permissions";
import { extendLoan, type LoanExtended } from "@/lib/server/lending/extend-loan";
import { formatDayLong, isoDateInAmsterdam } from "@/lib/util/dates";

/**
 * "Uitleen verlengen" at the desk: extendLoan (lending: scoping, nobody waiting, audit line) plus a line in the
 * unit's history. Note: the history line is written right after, not inside lending's transaction.
 */
export async function extendAtDesk({ actor, loanId }: { actor: Actor; loanId: string }): Promise<LoanExtended> {
  const result = await extendLoan({ actor, loanId });
  const loan = await db.loan.findFirst({ where: { id: result.loanId, unit: { centreId: { in: actor.centreIds } } }, select: { unitId: true, unit: { select: { status: true } } } });
  if (loan) {
    await db.unitEvent.create({
      data: {
        unitId: loan.unitId,
        fromStatus: loan.unit.status,
        toStatus: loan.unit.status,
        action: "extended",
        note: `Verlengd tot ${formatDayLong(isoDateInAmsterdam(result.dueAt))}`,
        actorId: actor.userId,
      },
    });
  }
  return result;
}
