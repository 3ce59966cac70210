import "server-only";
import { isSystemActor, type SystemActor } from "@/lib/auth/actor";
import { notFoundError } from "@/lib/errors";
import { db } from "@/lib/db";
import { env } from "@/lib/env";
import { recordAuditEvent } from "@/lib/server/audit/record-audit-event";
import { formatCode } from "@/lib/util/codes";
import { eraseAfterFrom } from "../rules";
import { changeUnitStatus, lockUnit, TX_OPTIONS, eachIsolated } from "../shared";
import { offerReturnedUnit } from "./offer-returned-unit";

/**
 * Offers nobody said yes to in time (offerExpiresAt has passed) become EXPIRED, and the held unit passes to the next
 * person in line (or becomes AVAILABLE when nobody else waits). Runs in the lending sweep.
 */
export async function expireOffers(options: { actor: SystemActor; now?: Date }): Promise<{ expired: number; passedOn: number }> {
  if (!isSystemActor(options.actor)) throw notFoundError();
  const now = options.now ?? new Date();
  const due = await db.waitlistEntry.findMany({
    where: { status: "OFFERED", offerExpiresAt: { lte: now } },
    select: { id: true },
    orderBy: { offerExpiresAt: "asc" },
  });
  let expired = 0;
  let passedOn = 0;
  await eachIsolated("expire offer", due, async ({ id }) => {
    await db.$transaction(async (tx) => {
      const locked = await tx.$queryRaw<{ id: string }[]>`
        SELECT "id" FROM "WaitlistEntry" WHERE "id" = ${id} AND "status" = 'OFFERED' AND "offerExpiresAt" <= ${now} FOR UPDATE SKIP LOCKED`;
      if (!locked.length) return;
      const entry = await tx.waitlistEntry.update({
        where: { id },
        data: { status: "EXPIRED", eraseAfter: eraseAfterFrom(now, env().RETENTION_DAYS) },
        select: { id: true, reference: true, offeredUnitId: true, centreId: true, centre: { select: { municipalityId: true } } },
      });
      expired++;
      if (entry.offeredUnitId) {
        const unit = await lockUnit(tx, entry.offeredUnitId);
        const open = await tx.reservation.count({ where: { unitId: entry.offeredUnitId, status: "RESERVED" } });
        if (unit?.status === "RESERVED" && open === 0) {
          await changeUnitStatus(tx, { unitId: unit.id, from: "RESERVED", to: "AVAILABLE", action: "offer_expired", note: `Aanbod aan ${formatCode(entry.reference)} verlopen` });
          if (await offerReturnedUnit(tx, unit.id, now)) passedOn++;
        }
      }
      await recordAuditEvent(
        { actor: null, action: "waitlist.offer_expire", entityType: "WaitlistEntry", entityId: entry.id, municipalityId: entry.centre.municipalityId, details: { centreId: entry.centreId } },
        tx,
      );
    }, TX_OPTIONS);
  });
  return { expired, passedOn };
}
