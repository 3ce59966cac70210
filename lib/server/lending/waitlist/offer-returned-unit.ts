import "server-only";
import { loadMunicipalitySettings } from "@/lib/server/municipalities/settings";
import { enqueueMessage } from "@/lib/server/outbox/enqueue-message";
import { formatCode } from "@/lib/util/codes";
import { changeUnitStatus, centreForRulesSelect, lockUnit, type Tx } from "../shared";

export interface OfferMade {
  entryId: string;
  reference: string;
  unitId: string;
  offerExpiresAt: Date;
}

/**
 * Call this (with your transaction) right after a unit became AVAILABLE: cleaning finished, repair finished, a
 * reservation cancelled or expired, an offer expired, a new unit added. When someone is WAITING for that product at
 * that centre, the first in line gets an offer: their entry becomes OFFERED with `offerExpiresAt`
 * (now + the waitlistOfferHours setting of the centre's municipality), and the unit is held for them (status RESERVED, without a Reservation row until they
 * accept). Returns the offer, or null when nobody waits or the unit is not AVAILABLE.
 * Safe with several app instances: the unit row is locked, the waiting entry is taken with SKIP LOCKED, and the
 * partial unique index "WaitlistEntry_one_offer_per_unit" allows one open offer per unit.
 */
export async function offerReturnedUnit(tx: Tx, unitId: string, now: Date = new Date()): Promise<OfferMade | null> {
  const unit = await lockUnit(tx, unitId);
  if (!unit || unit.status !== "AVAILABLE") return null;

  const waiting = await tx.$queryRaw<{ id: string }[]>`
    SELECT "id" FROM "WaitlistEntry"
     WHERE "productId" = ${unit.productId} AND "centreId" = ${unit.centreId} AND "status" = 'WAITING'
     ORDER BY "createdAt", "id"
     LIMIT 1
     FOR UPDATE SKIP LOCKED`;
  const entryId = waiting[0]?.id;
  if (!entryId) return null;

  const centre = await tx.lendingCentre.findUniqueOrThrow({ where: { id: unit.centreId }, select: { municipalityId: true } });
  const { waitlistOfferHours } = await loadMunicipalitySettings(centre.municipalityId, tx);
  const offerExpiresAt = new Date(now.getTime() + waitlistOfferHours * 3_600_000);
  const entry = await tx.waitlistEntry.update({
    where: { id: entryId },
    data: { status: "OFFERED", offeredUnitId: unit.id, offerExpiresAt },
    select: {
      id: true,
      reference: true,
      name: true,
      phone: true,
      email: true,
      locale: true,
      product: { select: { name: true } },
      centre: { select: centreForRulesSelect },
    },
  });
  await changeUnitStatus(tx, { unitId: unit.id, from: "AVAILABLE", to: "RESERVED", action: "offered", note: `Aangeboden aan de wachtlijst (${formatCode(entry.reference)})` });
  await enqueueMessage(tx, {
    dedupeKey: `waitlist_offer:${entry.id}:${unit.id}`,
    centreId: entry.centre.id,
    contact: entry,
    locale: entry.locale,
    message: { kind: "waitlist_offer", name: entry.name, productName: entry.product.name, centre: entry.centre, reference: entry.reference, offerExpiresAt },
  });
  return { entryId: entry.id, reference: entry.reference, unitId: unit.id, offerExpiresAt };
}
