import "server-only";
import { db } from "@/lib/db";
import type { Actor } from "@/lib/auth/permissions";
import { env } from "@/lib/env";
import { AppError } from "@/lib/errors";
import { recordAuditEvent } from "@/lib/server/audit/record-audit-event";
import { eraseAfterFrom } from "@/lib/server/lending/rules";
import { checkoutChecklistSchema, fieldErrors } from "@/lib/schemas/desk";
import { CHANGED_MEANWHILE, RESERVATION_NOT_FOUND, checkId, conflict, dayFromToday, dayOf, deskCentreIds, isUniqueViolation, notFound, TX_OPTIONS } from "./desk-scope";
import { eventName } from "./unit-transitions";

export interface HandOverResult {
  reservationId: string;
  loanId: string;
  unitId: string;
  dueDay: string;
}

/**
 * The resident picks up: a RESERVED reservation of the actor's centres becomes PICKED_UP, a Loan starts (due after
 * the product's loan period) and the unit goes ON_LOAN. The check-out checklist must be complete.
 * Every write checks the status it expects, so a double click or a colleague at the same moment gets CONFLICT.
 */
export async function handOver({ actor, reservationId, checklist }: { actor: Actor; reservationId: string; checklist: unknown }): Promise<HandOverResult> {
  const centreIds = deskCentreIds(actor, RESERVATION_NOT_FOUND);
  checkId(reservationId, RESERVATION_NOT_FOUND);
  const parsed = checkoutChecklistSchema.safeParse(checklist);
  if (!parsed.success) {
    const fields = Object.fromEntries(Object.entries(fieldErrors(parsed.error)).map(([k, v]) => [`checklist.${k}`, v]));
    throw new AppError("INVALID", "Vink alle punten van de checklist aan voordat u het hulpmiddel meegeeft.", fields);
  }

  try {
    return await db.$transaction(async (tx) => {
      const reservation = await tx.reservation.findFirst({
        where: { id: reservationId, centreId: { in: centreIds } },
        select: { id: true, status: true, unitId: true, centreId: true, eraseAfter: true, product: { select: { loanPeriodDays: true } }, centre: { select: { municipalityId: true } } },
      });
      if (!reservation) throw notFound(RESERVATION_NOT_FOUND);
      if (reservation.status !== "RESERVED") throw conflict("Deze reservering is al meegegeven, geannuleerd of verlopen.");

      const dueAt = dayFromToday(reservation.product.loanPeriodDays);
      const retention = eraseAfterFrom(dueAt, env().RETENTION_DAYS);
      const picked = await tx.reservation.updateMany({
        where: { id: reservation.id, status: "RESERVED", centreId: { in: centreIds } },
        data: { status: "PICKED_UP", eraseAfter: retention > reservation.eraseAfter ? retention : reservation.eraseAfter },
      });
      if (picked.count !== 1) throw conflict(CHANGED_MEANWHILE);

      const unit = await tx.lendingUnit.updateMany({
        where: { id: reservation.unitId, status: "RESERVED", centreId: { in: centreIds } },
        data: { status: "ON_LOAN", statusUntil: null },
      });
      if (unit.count !== 1) throw conflict("Het exemplaar van deze reservering is niet meer gereserveerd. Vraag een collega of bekijk het exemplaar.");

      const loan = await tx.loan.create({
        data: { reservationId: reservation.id, unitId: reservation.unitId, status: "ACTIVE", dueAt, checkoutChecklist: parsed.data },
        select: { id: true },
      });
      await tx.unitEvent.create({
        data: { unitId: reservation.unitId, fromStatus: "RESERVED", toStatus: "ON_LOAN", action: eventName("hand_over"), note: "", actorId: actor.userId },
      });
      await recordAuditEvent(
        {
          actor,
          action: "reservation.handover",
          entityType: "Reservation",
          entityId: reservation.id,
          municipalityId: reservation.centre.municipalityId,
          details: { centreId: reservation.centreId, unitId: reservation.unitId, loanId: loan.id },
        },
        tx,
      );
      return { reservationId: reservation.id, loanId: loan.id, unitId: reservation.unitId, dueDay: dayOf(dueAt) as string };
    }, TX_OPTIONS);
  } catch (error) {
    if (isUniqueViolation(error)) throw conflict("Dit exemplaar is al uitgeleend. Bekijk het exemplaar.");
    throw error;
  }
}
