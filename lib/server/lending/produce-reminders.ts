import "server-only";
import { isSystemActor, type SystemActor } from "@/lib/auth/actor";
import { notFoundError } from "@/lib/errors";
import { db } from "@/lib/db";
import { enqueueMessage } from "@/lib/server/outbox/enqueue-message";
import { addDays, dayToDate, isoDateInAmsterdam } from "@/lib/util/dates";
import { amsterdamToday, calendarOf, endOfDayInAmsterdam, hourInAmsterdam, REMINDER_FROM_HOUR, RETURN_REMINDER_DAYS_BEFORE, slotsOn, startOfDayInAmsterdam } from "./rules";
import { centreForRulesSelect } from "./shared";
import { newOutcomeToken, outcomePath } from "@/lib/server/outcomes/outcome-link";

/**
 * Puts due reminders in the outbox (runs in the lending sweep, every few minutes):
 * - pickup reminder the day before the pickup day, for reservations made before today;
 * - return reminder from RETURN_REMINDER_DAYS_BEFORE days before the due day until the due day.
 * Not before REMINDER_FROM_HOUR (Amsterdam), so nobody gets a message at night. Idempotent: OutboxMessage.dedupeKey
 * ("pickup_reminder:<reservation>", "return_reminder:<loan>:<due day>") makes a second run add nothing; an extended
 * loan gets a new reminder for its new due day.
 */
export async function produceReminders(options: { actor: SystemActor; now?: Date }): Promise<{ pickup: number; return: number }> {
  if (!isSystemActor(options.actor)) throw notFoundError();
  const now = options.now ?? new Date();
  const result = { pickup: 0, return: 0 };
  if (hourInAmsterdam(now) < REMINDER_FROM_HOUR) return result;
  const today = amsterdamToday(now);
  const tomorrow = addDays(today, 1);

  const pickups = await db.reservation.findMany({
    where: { status: "RESERVED", pickupDate: dayToDate(tomorrow), createdAt: { lt: startOfDayInAmsterdam(today) } },
    select: { id: true, reference: true, name: true, phone: true, email: true, product: { select: { name: true } }, centre: { select: centreForRulesSelect } },
  });
  for (const r of pickups) {
    const added = await enqueueMessage(db, {
      dedupeKey: `pickup_reminder:${r.id}`,
      centreId: r.centre.id,
      reservationId: r.id,
      contact: r,
      message: { kind: "pickup_reminder", name: r.name, productName: r.product.name, centre: r.centre, reference: r.reference, pickupDay: tomorrow, slots: slotsOn(calendarOf(r.centre), tomorrow) },
    });
    if (added) result.pickup++;
  }

  const loans = await db.loan.findMany({
    where: {
      status: "ACTIVE",
      dueAt: { gte: startOfDayInAmsterdam(today), lt: endOfDayInAmsterdam(addDays(today, RETURN_REMINDER_DAYS_BEFORE)) },
      reservationId: { not: null },
    },
    select: {
      id: true,
      dueAt: true,
      reservation: { select: { id: true, name: true, phone: true, email: true } },
      unit: { select: { product: { select: { name: true } }, centre: { select: centreForRulesSelect } } },
    },
  });
  for (const loan of loans) {
    if (!loan.reservation) continue;
    const dueDay = isoDateInAmsterdam(loan.dueAt);
    // the "how did it go?" link: a new random token per message; only its hash is stored, and only when the message
    // was really added (a second run adds nothing and must not invalidate the link already sent)
    const outcome = newOutcomeToken();
    const added = await enqueueMessage(db, {
      dedupeKey: `return_reminder:${loan.id}:${dueDay}`,
      centreId: loan.unit.centre.id,
      reservationId: loan.reservation.id,
      contact: loan.reservation,
      message: { kind: "return_reminder", name: loan.reservation.name, productName: loan.unit.product.name, centre: loan.unit.centre, dueDay, outcomePath: outcomePath(outcome.token) },
    });
    if (added) {
      await db.loan.update({ where: { id: loan.id }, data: { outcomeTokenHash: outcome.hash } });
      result.return++;
    }
  }
  return result;
}
