import "server-only";
import { db } from "@/lib/db";
import type { Actor } from "@/lib/auth/permissions";
import { confirmReservation, type ReservationConfirmed } from "@/lib/server/lending/confirm-reservation";
import { formatCode } from "@/lib/util/codes";

/**
 * "Reservering bevestigen" at the desk: confirmReservation (lending: scoping, audit line) plus a line in the unit's
 * history, written only the first time (confirmReservation is idempotent and keeps the first moment).
 * Note: the history line is written right after, not inside lending's transaction.
 */
export async function confirmAtDesk({ actor, reservationId }: { actor: Actor; reservationId: string }): Promise<ReservationConfirmed> {
  const now = new Date();
  const result = await confirmReservation({ actor, reservationId, now });
  if (result.confirmedAt.getTime() === now.getTime()) {
    const reservation = await db.reservation.findFirst({
      where: { id: result.id, centreId: { in: actor.centreIds } },
      select: { unitId: true, unit: { select: { status: true } } },
    });
    if (reservation) {
      await db.unitEvent.create({
        data: {
          unitId: reservation.unitId,
          fromStatus: reservation.unit.status,
          toStatus: reservation.unit.status,
          action: "confirmed",
          note: `Reservering ${formatCode(result.reference)} bevestigd`,
          actorId: actor.userId,
        },
      });
    }
  }
  return result;
}
