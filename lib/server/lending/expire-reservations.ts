import "server-only";
import { isSystemActor, type SystemActor } from "@/lib/auth/actor";
import { notFoundError } from "@/lib/errors";
import { db } from "@/lib/db";
import { env } from "@/lib/env";
import { recordAuditEvent } from "@/lib/server/audit/record-audit-event";
import { formatCode } from "@/lib/util/codes";
import { eraseAfterFrom } from "./rules";
import { changeUnitStatus, lockUnit, TX_OPTIONS, eachIsolated } from "./shared";
import { offerReturnedUnit } from "./waitlist/offer-returned-unit";

/**
 * Reservations that were not picked up in time (holdUntil has passed) become EXPIRED; their unit becomes AVAILABLE
 * and goes to the first person on the waiting list, if any. Runs in the lending sweep; each reservation in its own
 * short transaction, taken with SKIP LOCKED so parallel sweeps never handle one twice.
 */
export async function expireReservations(options: { actor: SystemActor; now?: Date }): Promise<{ expired: number; offered: number }> {
  if (!isSystemActor(options.actor)) throw notFoundError();
  const now = options.now ?? new Date();
  const due = await db.reservation.findMany({ where: { status: "RESERVED", holdUntil: { lte: now } }, select: { id: true }, orderBy: { holdUntil: "asc" } });
  let expired = 0;
  let offered = 0;
  await eachIsolated("expire reservation", due, async ({ id }) => {
    await db.$transaction(async (tx) => {
      const locked = await tx.$queryRaw<{ id: string }[]>`
        SELECT "id" FROM "Reservation" WHERE "id" = ${id} AND "status" = 'RESERVED' AND "holdUntil" <= ${now} FOR UPDATE SKIP LOCKED`;
      if (!locked.length) return;
      const r = await tx.reservation.update({
        where: { id },
        data: { status: "EXPIRED", eraseAfter: eraseAfterFrom(now, env().RETENTION_DAYS) },
        select: { id: true, reference: true, unitId: true, centreId: true, centre: { select: { municipalityId: true } } },
      });
      expired++;
      const unit = await lockUnit(tx, r.unitId);
      if (unit?.status === "RESERVED") {
        await changeUnitStatus(tx, { unitId: unit.id, from: "RESERVED", to: "AVAILABLE", action: "reservation_expired", note: `Reservering ${formatCode(r.reference)} niet opgehaald` });
        if (await offerReturnedUnit(tx, unit.id, now)) offered++;
      }
      await recordAuditEvent(
        { actor: null, action: "reservation.expire", entityType: "Reservation", entityId: r.id, municipalityId: r.centre.municipalityId, details: { centreId: r.centreId } },
        tx,
      );
    }, TX_OPTIONS);
  });
  return { expired, offered };
}
