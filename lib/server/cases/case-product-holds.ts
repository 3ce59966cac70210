import "server-only";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { formatCode } from "@/lib/util/codes";
import { dateToDay, formatDayLong } from "@/lib/util/dates";

/**
 * What a resident's case already holds for one product: an open reservation (RESERVED) and/or an open place on a
 * waiting list (WAITING or OFFERED). One of each per product per case at most: the partial unique indexes
 * "Reservation_one_open_per_case_product" and "WaitlistEntry_one_open_per_case_product" back this up.
 * INTERNAL: the caller has scoped the case to the consultant's municipality.
 */
export interface CaseProductHolds {
  reservation: { reference: string; centreName: string; pickupDate: string } | null;
  waitlist: { id: string; reference: string; centreName: string; status: "WAITING" | "OFFERED" } | null;
}

export async function caseProductHolds(caseId: string, productId: string): Promise<CaseProductHolds> {
  const [reservation, entry] = await Promise.all([
    db.reservation.findFirst({
      where: { caseId, productId, status: "RESERVED" },
      select: { reference: true, pickupDate: true, centre: { select: { name: true } } },
    }),
    db.waitlistEntry.findFirst({
      where: { caseId, productId, status: { in: ["WAITING", "OFFERED"] } },
      select: { id: true, reference: true, status: true, centre: { select: { name: true } } },
    }),
  ]);
  return {
    reservation: reservation ? { reference: reservation.reference, centreName: reservation.centre.name, pickupDate: dateToDay(reservation.pickupDate) } : null,
    waitlist: entry ? { id: entry.id, reference: entry.reference, centreName: entry.centre.name, status: entry.status as "WAITING" | "OFFERED" } : null,
  };
}

/** "Already reserved" as a CONFLICT with a message the consultant can act on. */
export function alreadyReserved(productName: string, r: NonNullable<CaseProductHolds["reservation"]>): AppError {
  return new AppError(
    "CONFLICT",
    `${productName} is al gereserveerd voor deze inwoner: ophalen op ${formatDayLong(r.pickupDate)} bij ${r.centreName}, code ${formatCode(r.reference)}. Eén reservering per hulpmiddel is genoeg.`,
    {},
    { reason: "already_reserved", reservation: r.reference },
  );
}

/** "Already on the waiting list" (or an offer waits) as a CONFLICT. */
export function alreadyWaiting(productName: string, w: NonNullable<CaseProductHolds["waitlist"]>): AppError {
  const message =
    w.status === "OFFERED"
      ? `Er staat al een ${productName} klaar voor deze inwoner bij ${w.centreName} (wachtlijstcode ${formatCode(w.reference)}). Neem dat aanbod aan in plaats van opnieuw te reserveren.`
      : `Deze inwoner staat al op de wachtlijst voor ${productName} bij ${w.centreName}, code ${formatCode(w.reference)}.`;
  return new AppError("CONFLICT", message, {}, { reason: w.status === "OFFERED" ? "offer_waiting" : "already_waiting", waitlist: w.reference });
}
