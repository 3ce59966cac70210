import "server-only";
import type { Actor } from "@/lib/auth/permissions";
import { extendLoan, type LoanExtended } from "@/lib/server/lending/extend-loan";
import { deskCentreIds, LOAN_NOT_FOUND } from "./desk-scope";

/**
 * "Uitleen verlengen" at the desk. The rules (how often, how long in total, nobody waiting, an opening day) and the
 * history and audit lines live in lending's extendLoan, in one transaction, so no path can extend past them.
 */
export async function extendAtDesk({ actor, loanId }: { actor: Actor; loanId: string }): Promise<LoanExtended> {
  deskCentreIds(actor, LOAN_NOT_FOUND);
  return extendLoan({ actor, loanId });
}
