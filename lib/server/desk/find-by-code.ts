import "server-only";
import type { ErrorKey } from "@/lib/errors";
import { db } from "@/lib/db";
import type { Actor } from "@/lib/auth/permissions";
import { normaliseCode } from "@/lib/util/codes";
import { deskCentreIds, notFound } from "./desk-scope";

export const CODE_NOT_FOUND: ErrorKey = "staff.codeNotFoundAtCentre";

export type CodeMatch = { kind: "reservation"; centreSlug: string; reservationId: string } | { kind: "unit"; centreSlug: string; unitId: string };

/**
 * What a code at the desk points to: the reservation code a resident brings ("KX7M-2QPD", any case, with or
 * without the dash) or the label of a unit (typed, or by a barcode scanner that types it). Only the staff member's
 * own centres: another centre's code reads as not found, like a code that does not exist.
 */
export async function findByCode({ actor, code }: { actor: Actor; code: string }): Promise<CodeMatch> {
  const centreIds = deskCentreIds(actor, CODE_NOT_FOUND);
  const typed = typeof code === "string" ? code.trim().toUpperCase() : "";
  if (!typed || typed.length > 60) throw notFound(CODE_NOT_FOUND);

  const reference = normaliseCode(typed);
  if (reference.length === 8) {
    const reservation = await db.reservation.findFirst({ where: { reference, centreId: { in: centreIds } }, select: { id: true, centre: { select: { slug: true } } } });
    if (reservation) return { kind: "reservation", centreSlug: reservation.centre.slug, reservationId: reservation.id };
  }
  const unit = await db.lendingUnit.findFirst({ where: { code: typed.replace(/\s+/g, ""), centreId: { in: centreIds } }, select: { id: true, centre: { select: { slug: true } } } });
  if (unit) return { kind: "unit", centreSlug: unit.centre.slug, unitId: unit.id };
  throw notFound(CODE_NOT_FOUND);
}
