import "server-only";
import { db } from "@/lib/db";
import type { Actor } from "@/lib/auth/permissions";
import { appError, type ErrorKey } from "@/lib/errors";
import { adminNotFound, adminScope, assertAdministers } from "@/lib/server/admin/admin-scope";
import { recordAuditEvent } from "@/lib/server/audit/record-audit-event";
import { normaliseCode } from "@/lib/util/codes";
import { anonymiseReservations, anonymiseWaitlistEntries } from "./anonymise";
import { isPersonalDataErased } from "./retention-rules";

export const RESERVATION_NOT_FOUND_FOR_ADMIN: ErrorKey = "staff.reservationNotFoundForAdmin";
export const ALREADY_ERASED: ErrorKey = "staff.alreadyErased";

export interface ReservationErasureCounts {
  reservations: number;
  waitlistEntries: number;
  messages: number;
}

/**
 * Erases the resident's name, phone and e-mail from one reservation (found by its reference), from the
 * waiting-list entry it came from, and from the messages sent about it, in one transaction with one audit line
 * "reservation.erase" (reference and counts only). The reservation row stays for the stock history.
 * Only an administrator of the centre's municipality may do this; for anyone else it does not exist (NOT_FOUND).
 */
export async function eraseReservationPersonalData({ actor, reference }: { actor: Actor | null; reference: string }): Promise<{ reference: string; counts: ReservationErasureCounts }> {
  const scope = adminScope(actor, "case:erase");
  const ref = normaliseCode(reference ?? "");
  if (!ref || ref.length > 20) throw adminNotFound(RESERVATION_NOT_FOUND_FOR_ADMIN);

  return db.$transaction(
    async (tx) => {
      const rows = await tx.$queryRaw<{ id: string; reference: string; municipalityId: string; name: string; phone: string | null; email: string | null }[]>`
        SELECT r."id", r."reference", c."municipalityId", r."name", r."phone", r."email"
          FROM "Reservation" r JOIN "LendingCentre" c ON c."id" = r."centreId"
         WHERE r."reference" = ${ref}
         FOR UPDATE OF r`;
      const reservation = rows[0];
      if (!reservation) throw adminNotFound(RESERVATION_NOT_FOUND_FOR_ADMIN);
      assertAdministers(scope, reservation.municipalityId, RESERVATION_NOT_FOUND_FOR_ADMIN);
      if (isPersonalDataErased(reservation)) throw appError("CONFLICT", ALREADY_ERASED);

      const fromWaitlist = await tx.waitlistEntry.findMany({ where: { reservationId: reservation.id }, select: { id: true } });
      const r = await anonymiseReservations(tx, [reservation.id]);
      const w = await anonymiseWaitlistEntries(tx, fromWaitlist.map((e) => e.id));
      const counts: ReservationErasureCounts = { reservations: r.reservations, waitlistEntries: w.waitlistEntries, messages: r.messages + w.messages };

      await recordAuditEvent(
        {
          actor: scope.actor,
          action: "reservation.erase",
          entityType: "Reservation",
          entityId: reservation.id,
          municipalityId: reservation.municipalityId,
          details: { reference: reservation.reference, counts: { ...counts } },
        },
        tx,
      );
      return { reference: reservation.reference, counts };
    },
    { maxWait: 10_000, timeout: 30_000 },
  );
}
