import "server-only";
import { db } from "@/lib/db";
import { env } from "@/lib/env";
import { appError, type ErrorKey } from "@/lib/errors";
import type { Actor } from "@/lib/auth/permissions";
import type { Prisma, ReservationStatus } from "@/lib/generated/prisma/client";
import { recordAuditEvent } from "@/lib/server/audit/record-audit-event";
import { formatCode, normaliseCode } from "@/lib/util/codes";
import { eraseAfterFrom } from "./rules";
import { changeUnitStatus, lockUnit, reservationScopeFor, TX_OPTIONS } from "./shared";
import { offerReturnedUnit } from "./waitlist/offer-returned-unit";

export type CancelReservationInput = ({ reference: string; actor?: undefined } | { actor: Actor; reservationId: string }) & {
  /** a short reason (staff); never personal data */
  reason?: string;
  now?: Date;
};

export interface ReservationCancelled {
  id: string;
  reference: string;
  status: "CANCELLED";
  /** the unit went to the first person on the waiting list */
  offeredToWaitlist: boolean;
}

export const ALREADY: Record<Exclude<ReservationStatus, "RESERVED">, ErrorKey> = {
  PICKED_UP: "resident.reservationPickedUp",
  CANCELLED: "resident.reservationCancelled",
  EXPIRED: "resident.reservationExpired",
};

/**
 * Cancels an open reservation: by the resident with the reference, or by staff of the centre / the consultant of the
 * case with the id (another centre's reservation is NOT_FOUND). The unit becomes AVAILABLE again and goes straight to
 * the first person on the waiting list, if any. Not RESERVED any more (picked up, cancelled, expired) -> CONFLICT.
 */
export async function cancelReservation(input: CancelReservationInput): Promise<ReservationCancelled> {
  const now = input.now ?? new Date();
  const actor = input.actor ?? null;
  const where: Prisma.ReservationWhereInput =
    "reservationId" in input && input.actor ? { id: input.reservationId, ...reservationScopeFor(input.actor) } : { reference: normaliseCode((input as { reference: string }).reference) };
  const found = await db.reservation.findFirst({ where, select: { id: true } });
  if (!found) throw appError("NOT_FOUND", "resident.reservationUnknownCheckCode");

  return db.$transaction(async (tx) => {
    const locked = await tx.$queryRaw<{ id: string }[]>`SELECT "id" FROM "Reservation" WHERE "id" = ${found.id} FOR UPDATE`;
    if (!locked.length) throw appError("NOT_FOUND", "resident.reservationUnknown");
    const reservation = await tx.reservation.findUniqueOrThrow({
      where: { id: found.id },
      select: { id: true, reference: true, status: true, unitId: true, centreId: true, productId: true, centre: { select: { municipalityId: true } } },
    });
    if (reservation.status !== "RESERVED") throw appError("CONFLICT", ALREADY[reservation.status], { fields: {}, details: { status: reservation.status } });

    await tx.reservation.update({
      where: { id: reservation.id },
      data: {
        status: "CANCELLED",
        cancelledAt: now,
        cancelReason: input.reason?.slice(0, 200) ?? (actor ? "Geannuleerd door het uitleenpunt" : "Geannuleerd door de inwoner"),
        eraseAfter: eraseAfterFrom(now, env().RETENTION_DAYS),
      },
    });
    const unit = await lockUnit(tx, reservation.unitId);
    let offered = false;
    if (unit?.status === "RESERVED") {
      await changeUnitStatus(tx, {
        unitId: unit.id,
        from: "RESERVED",
        to: "AVAILABLE",
        action: "reservation_cancelled",
        note: `Reservering ${formatCode(reservation.reference)} geannuleerd`,
        actorId: actor?.userId ?? null,
      });
      offered = (await offerReturnedUnit(tx, unit.id, now)) !== null;
    }
    await recordAuditEvent(
      {
        actor,
        action: "reservation.cancel",
        entityType: "Reservation",
        entityId: reservation.id,
        municipalityId: reservation.centre.municipalityId,
        details: { centreId: reservation.centreId, by: actor ? actor.role : "resident", offeredToWaitlist: offered },
      },
      tx,
    );
    return { id: reservation.id, reference: reservation.reference, status: "CANCELLED" as const, offeredToWaitlist: offered };
  }, TX_OPTIONS);
}
