import "server-only";
import { db } from "@/lib/db";
import { env } from "@/lib/env";
import { appError } from "@/lib/errors";
import { recordAuditEvent } from "@/lib/server/audit/record-audit-event";
import { formatCode, normaliseCode } from "@/lib/util/codes";
import { eraseAfterFrom } from "../rules";
import { changeUnitStatus, lockUnit, TX_OPTIONS } from "../shared";
import { offerReturnedUnit } from "./offer-returned-unit";

/**
 * The resident leaves the waiting list (by reference). An open offer is declined: the held unit passes to the next
 * person in line. Already accepted, expired or cancelled -> CONFLICT.
 */
export async function cancelWaitlistEntry(input: { reference: string; now?: Date }): Promise<{ reference: string; status: "CANCELLED" }> {
  const now = input.now ?? new Date();
  const found = await db.waitlistEntry.findUnique({ where: { reference: normaliseCode(input.reference) }, select: { id: true } });
  if (!found) throw appError("NOT_FOUND", "resident.codeUnknownCheckCode");

  return db.$transaction(async (tx) => {
    await tx.$queryRaw`SELECT "id" FROM "WaitlistEntry" WHERE "id" = ${found.id} FOR UPDATE`;
    const entry = await tx.waitlistEntry.findUniqueOrThrow({
      where: { id: found.id },
      select: { id: true, reference: true, status: true, offeredUnitId: true, centreId: true, centre: { select: { municipalityId: true } } },
    });
    if (entry.status !== "WAITING" && entry.status !== "OFFERED") {
      const key = entry.status === "ACCEPTED" ? "resident.alreadyReservedCancelThat" : "resident.noLongerOnWaitlist";
      throw appError("CONFLICT", key, { fields: {}, details: { status: entry.status } });
    }
    await tx.waitlistEntry.update({ where: { id: entry.id }, data: { status: "CANCELLED", eraseAfter: eraseAfterFrom(now, env().RETENTION_DAYS) } });
    if (entry.status === "OFFERED" && entry.offeredUnitId) {
      const unit = await lockUnit(tx, entry.offeredUnitId);
      const open = await tx.reservation.count({ where: { unitId: entry.offeredUnitId, status: "RESERVED" } });
      if (unit?.status === "RESERVED" && open === 0) {
        await changeUnitStatus(tx, { unitId: unit.id, from: "RESERVED", to: "AVAILABLE", action: "offer_declined", note: `Aanbod afgeslagen (${formatCode(entry.reference)})` });
        await offerReturnedUnit(tx, unit.id, now);
      }
    }
    await recordAuditEvent(
      { actor: null, action: "waitlist.cancel", entityType: "WaitlistEntry", entityId: entry.id, municipalityId: entry.centre.municipalityId, details: { centreId: entry.centreId, was: entry.status } },
      tx,
    );
    return { reference: entry.reference, status: "CANCELLED" as const };
  }, TX_OPTIONS);
}
