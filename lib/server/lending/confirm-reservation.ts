import "server-only";
import { db } from "@/lib/db";
import { appError } from "@/lib/errors";
import { canWorkAtCentre, type Actor } from "@/lib/auth/permissions";
import { recordAuditEvent } from "@/lib/server/audit/record-audit-event";
import { dateToDay } from "@/lib/util/dates";
import { ALREADY } from "./cancel-reservation";
import { TX_OPTIONS } from "./shared";

export interface ReservationConfirmed {
  id: string;
  reference: string;
  status: "RESERVED";
  confirmedAt: Date;
  pickupDate: string;
}

/**
 * A centre's staff confirm an open reservation: the unit is ready for pickup. Idempotent (a second call keeps the
 * first moment). Only the centre's own staff; any other reservation id is NOT_FOUND. Not RESERVED -> CONFLICT.
 */
export async function confirmReservation(input: { actor: Actor; reservationId: string; now?: Date }): Promise<ReservationConfirmed> {
  const now = input.now ?? new Date();
  const { actor } = input;
  const found =
    actor.role === "CENTRE_STAFF"
      ? await db.reservation.findFirst({ where: { id: input.reservationId, centreId: { in: actor.centreIds } }, select: { id: true, centreId: true } })
      : null;
  if (!found || !canWorkAtCentre(actor, found.centreId)) throw appError("NOT_FOUND", "resident.reservationUnknown");

  return db.$transaction(async (tx) => {
    await tx.$queryRaw`SELECT "id" FROM "Reservation" WHERE "id" = ${found.id} FOR UPDATE`;
    const r = await tx.reservation.findUniqueOrThrow({
      where: { id: found.id },
      select: { id: true, reference: true, status: true, confirmedAt: true, pickupDate: true, centreId: true, centre: { select: { municipalityId: true } } },
    });
    if (r.status !== "RESERVED") throw appError("CONFLICT", ALREADY[r.status], { fields: {}, details: { status: r.status } });
    const confirmedAt = r.confirmedAt ?? now;
    if (!r.confirmedAt) {
      await tx.reservation.update({ where: { id: r.id }, data: { confirmedAt } });
      await recordAuditEvent(
        { actor, action: "reservation.confirm", entityType: "Reservation", entityId: r.id, municipalityId: r.centre.municipalityId, details: { centreId: r.centreId } },
        tx,
      );
    }
    return { id: r.id, reference: r.reference, status: "RESERVED" as const, confirmedAt, pickupDate: dateToDay(r.pickupDate) };
  }, TX_OPTIONS);
}
