import "server-only";
import { db } from "@/lib/db";
import type { Actor } from "@/lib/auth/permissions";
import { env } from "@/lib/env";
import { appError, type ErrorKey } from "@/lib/errors";
import { recordAuditEvent } from "@/lib/server/audit/record-audit-event";
import { eraseAfterFrom } from "@/lib/server/lending/rules";
import { checkoutChecklistSchema, fieldErrors, matchChecklist, productChecklist, type CheckoutChecklist } from "@/lib/schemas/desk";
import { calendarOf, calendarSelect, dueDayFor, type OpeningSlot } from "@/lib/server/lending/calendar";
import { addDays, dayToDate } from "@/lib/util/dates";
import { CHANGED_MEANWHILE, RESERVATION_NOT_FOUND, checkId, conflict, dayFromToday, dayOf, deskCentreIds, isUniqueViolation, notFound, today, TX_OPTIONS } from "./desk-scope";
import { eventName } from "./unit-transitions";

const CHECKOUT_INCOMPLETE: ErrorKey = "staff.checkoutIncomplete";

/** The check-out form's answers, validated; the product's own points are matched in checkoutAgainst. */
export function parseCheckout(checklist: unknown): CheckoutChecklist {
  const parsed = checkoutChecklistSchema.safeParse(checklist);
  if (!parsed.success) {
    const fields = Object.fromEntries(Object.entries(fieldErrors(parsed.error)).map(([k, v]) => [`checklist.${k}`, v]));
    throw appError("INVALID", CHECKOUT_INCOMPLETE, { fields });
  }
  return parsed.data;
}

/** Every point of the product's checklist must be ticked; returns what is stored with the loan. */
export function checkoutAgainst(productItems: readonly string[], answers: CheckoutChecklist) {
  const { results, missing } = matchChecklist(productChecklist(productItems), answers.items);
  if (Object.keys(missing).length) throw appError("INVALID", CHECKOUT_INCOMPLETE, { fields: missing });
  return { items: results, complete: true, explained: answers.explained, idChecked: answers.idChecked };
}

/**
 * When a loan that starts today must come back: the product's loan period, on a day the centre is open (closed days
 * skipped), never after the product's longest loan. Without opening hours: the plain date.
 */
export function loanDueAt(
  centre: { openingHours: readonly OpeningSlot[]; closedDays: readonly { date: string }[] },
  product: { loanPeriodDays: number; maxLoanDays: number },
): Date {
  const start = today();
  const day = dueDayFor(calendarOf(centre), start, product.loanPeriodDays, addDays(start, Math.max(product.maxLoanDays, 1)));
  return day ? dayToDate(day) : dayFromToday(product.loanPeriodDays);
}

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
  const parsed = parseCheckout(checklist);

  try {
    return await db.$transaction(async (tx) => {
      const reservation = await tx.reservation.findFirst({
        where: { id: reservationId, centreId: { in: centreIds } },
        select: {
          id: true,
          status: true,
          unitId: true,
          centreId: true,
          eraseAfter: true,
          product: { select: { loanPeriodDays: true, maxLoanDays: true, checklist: true } },
          centre: { select: { municipalityId: true, ...calendarSelect } },
        },
      });
      if (!reservation) throw notFound(RESERVATION_NOT_FOUND);
      if (reservation.status !== "RESERVED") throw conflict("staff.reservationAlreadyHandled");
      const checkout = checkoutAgainst(reservation.product.checklist, parsed);

      const dueAt = loanDueAt(reservation.centre, reservation.product);
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
      if (unit.count !== 1) throw conflict("staff.reservationUnitNotReserved");

      const loan = await tx.loan.create({
        data: { reservationId: reservation.id, unitId: reservation.unitId, status: "ACTIVE", dueAt, checkoutChecklist: checkout },
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
    if (isUniqueViolation(error)) throw conflict("staff.unitAlreadyLent");
    throw error;
  }
}
