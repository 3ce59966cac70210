import "server-only";
import { db } from "@/lib/db";
import type { Actor } from "@/lib/auth/permissions";
import { appError, type ErrorKey } from "@/lib/errors";
import { adminNotFound, adminScope, assertAdministers } from "@/lib/server/admin/admin-scope";
import { recordAuditEvent } from "@/lib/server/audit/record-audit-event";
import { normaliseCode } from "@/lib/util/codes";
import { anonymiseReservations, anonymiseWaitlistEntries } from "./anonymise";
import { ALREADY_ERASED } from "./erase-reservation-personal-data";
import { isPersonalDataErased } from "./retention-rules";

export const WAITLIST_NOT_FOUND_FOR_ADMIN: ErrorKey = "staff.waitlistNotFoundForAdmin";

/**
 * Erases the resident's name, phone and e-mail from one waiting-list entry (by its reference), from the
 * reservation it led to and from the messages about it, in one transaction with one audit line "waitlist.erase".
 * An entry still waiting is cancelled. Another municipality's entry does not exist (NOT_FOUND).
 */
export async function eraseWaitlistEntryPersonalData({ actor, reference }: { actor: Actor | null; reference: string }): Promise<{ reference: string; counts: { waitlistEntries: number; reservations: number; messages: number } }> {
  const scope = adminScope(actor, "case:erase");
  const ref = normaliseCode(reference ?? "");
  if (!ref || ref.length > 20) throw adminNotFound(WAITLIST_NOT_FOUND_FOR_ADMIN);

  return db.$transaction(
    async (tx) => {
      const rows = await tx.$queryRaw<{ id: string; reference: string; municipalityId: string; reservationId: string | null; name: string; phone: string | null; email: string | null }[]>`
        SELECT w."id", w."reference", c."municipalityId", w."reservationId", w."name", w."phone", w."email"
          FROM "WaitlistEntry" w JOIN "LendingCentre" c ON c."id" = w."centreId"
         WHERE w."reference" = ${ref}
         FOR UPDATE OF w`;
      const entry = rows[0];
      if (!entry) throw adminNotFound(WAITLIST_NOT_FOUND_FOR_ADMIN);
      assertAdministers(scope, entry.municipalityId, WAITLIST_NOT_FOUND_FOR_ADMIN);
      if (isPersonalDataErased(entry)) throw appError("CONFLICT", ALREADY_ERASED);

      const w = await anonymiseWaitlistEntries(tx, [entry.id]);
      const r = await anonymiseReservations(tx, entry.reservationId ? [entry.reservationId] : []);
      const counts = { waitlistEntries: w.waitlistEntries, reservations: r.reservations, messages: w.messages + r.messages };
      await recordAuditEvent(
        {
          actor: scope.actor,
          action: "waitlist.erase",
          entityType: "WaitlistEntry",
          entityId: entry.id,
          municipalityId: entry.municipalityId,
          details: { reference: entry.reference, counts: { ...counts } },
        },
        tx,
      );
      return { reference: entry.reference, counts };
    },
    { maxWait: 10_000, timeout: 30_000 },
  );
}
