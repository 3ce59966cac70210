import "server-only";
import { db } from "@/lib/db";
import { env } from "@/lib/env";
import { AppError } from "@/lib/errors";
import { canWorkAtCentre, type Actor } from "@/lib/auth/permissions";
import { recordAuditEvent } from "@/lib/server/audit/record-audit-event";
import { eraseAfterFrom } from "./rules";
import { TX_OPTIONS } from "./shared";

export interface LoanExtended {
  loanId: string;
  dueAt: Date;
  extensions: number;
}

export const SOMEONE_WAITING = "Iemand anders wacht op dit hulpmiddel. Verlengen kan daarom niet.";

/**
 * Extends an active loan by the product's loan period (Product.loanPeriodDays), counted from the current due date.
 * Only when nobody is WAITING for (or has an open offer of) that product at that centre; otherwise CONFLICT.
 * Only the centre's own staff: another centre's loan is NOT_FOUND. A returned loan -> CONFLICT.
 */
export async function extendLoan(input: { actor: Actor; loanId: string; now?: Date }): Promise<LoanExtended> {
  const { actor } = input;
  const now = input.now ?? new Date();
  const found =
    actor.role === "CENTRE_STAFF"
      ? await db.loan.findFirst({ where: { id: input.loanId, unit: { centreId: { in: actor.centreIds } } }, select: { id: true, unit: { select: { centreId: true } } } })
      : null;
  if (!found || !canWorkAtCentre(actor, found.unit.centreId)) throw new AppError("NOT_FOUND", "Deze lening kennen wij niet.");

  return db.$transaction(async (tx) => {
    await tx.$queryRaw`SELECT "id" FROM "Loan" WHERE "id" = ${found.id} FOR UPDATE`;
    const loan = await tx.loan.findUniqueOrThrow({
      where: { id: found.id },
      select: {
        id: true,
        status: true,
        dueAt: true,
        extensions: true,
        reservationId: true,
        unit: { select: { productId: true, centreId: true, product: { select: { loanPeriodDays: true } }, centre: { select: { municipalityId: true } } } },
      },
    });
    if (loan.status !== "ACTIVE") throw new AppError("CONFLICT", "Dit hulpmiddel is al teruggebracht. Verlengen kan niet meer.");
    const waiting = await tx.waitlistEntry.count({
      where: { productId: loan.unit.productId, centreId: loan.unit.centreId, status: { in: ["WAITING", "OFFERED"] } },
    });
    if (waiting > 0) throw new AppError("CONFLICT", SOMEONE_WAITING, {}, { reason: "someone_waiting" });

    const dueAt = new Date(loan.dueAt.getTime() + loan.unit.product.loanPeriodDays * 86_400_000);
    const updated = await tx.loan.update({ where: { id: loan.id }, data: { dueAt, extensions: { increment: 1 } }, select: { dueAt: true, extensions: true } });
    if (loan.reservationId) {
      await tx.reservation.update({ where: { id: loan.reservationId }, data: { eraseAfter: eraseAfterFrom(dueAt, env().RETENTION_DAYS) } });
    }
    await recordAuditEvent(
      {
        actor,
        action: "loan.extend",
        entityType: "Loan",
        entityId: loan.id,
        municipalityId: loan.unit.centre.municipalityId,
        details: { centreId: loan.unit.centreId, extensions: updated.extensions, at: now.toISOString() },
      },
      tx,
    );
    return { loanId: loan.id, dueAt: updated.dueAt, extensions: updated.extensions };
  }, TX_OPTIONS);
}
