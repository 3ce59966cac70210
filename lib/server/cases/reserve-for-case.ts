import "server-only";
import { db } from "@/lib/db";
import { env } from "@/lib/env";
import { appError, AppError, type ErrorKey } from "@/lib/errors";
import type { Actor } from "@/lib/auth/permissions";
import { recordAuditEvent } from "@/lib/server/audit/record-audit-event";
import { reserveUnit } from "@/lib/server/lending/reserve-unit";
import { eraseAfterFrom } from "@/lib/server/lending/rules";
import { alreadyReserved, alreadyWaiting, caseProductHolds } from "./case-product-holds";
import { findCaseToChange, type ScopedCase } from "./case-scope";
import { findActiveProduct } from "./find-product";
import { snapshotCaseAdvice } from "./snapshot-case-advice";

export const NOT_MARKED: ErrorKey = "staff.notMarkedToTry";

/**
 * INTERNAL for this folder: the case, product and centre of a lending step on the resident's behalf (reserve or
 * waiting list), checked the same way: a centre of the consultant's own municipality, a product the resident wants
 * to try (a monitoring product: only after explanation and agreement).
 */
export async function loadCaseLending(actor: Actor | null, reference: string, productSlug: string, centreSlug: string) {
  const scoped = await findCaseToChange(actor, reference);
  const product = await findActiveProduct(db, productSlug);
  const centre = await db.lendingCentre.findFirst({ where: { slug: centreSlug, municipalityId: scoped.municipalityId }, select: { id: true, slug: true } });
  if (!centre) throw appError("NOT_FOUND", "staff.centreNotInYourMunicipality");
  const choice = await db.caseChoice.findUnique({ where: { caseId_productId: { caseId: scoped.id, productId: product.id } } });
  if (product.isMonitoring && !(choice?.monitoringExplainedAt && choice.monitoringDecision === "agreed")) throw appError("INVALID", "staff.monitoringNotAgreed");
  if (!choice?.wantsToTry) throw appError("INVALID", NOT_MARKED);
  return { scoped, product, centre };
}

/**
 * Reserves a product on the resident's behalf, with the same rules as a resident's own reservation (reserveUnit:
 * a free unit, an opening day, consent for the reservation data), linked to the case. One open reservation per
 * product per case: a second one is refused with the first one's code (checked here, and by the partial unique index
 * "Reservation_one_open_per_case_product" when two requests race). A waiting offer for the product must be accepted
 * instead; a place on a waiting list for it ends once the product is reserved (the resident no longer waits).
 * The case's advice is kept as a snapshot (snapshotCaseAdvice) and the reservation linked to it.
 */
export async function reserveForCase({
  actor,
  reference,
  productSlug,
  centreSlug,
  pickupDate,
  phone,
  email,
  consent,
}: {
  actor: Actor | null;
  reference: string;
  productSlug: string;
  centreSlug: string;
  pickupDate: string;
  phone?: string | null;
  email?: string | null;
  /** the resident agrees that the lending centre keeps the reservation data */
  consent: boolean;
}): Promise<{ reference: string }> {
  const { scoped, product, centre } = await loadCaseLending(actor, reference, productSlug, centreSlug);
  const holds = await caseProductHolds(scoped.id, product.id);
  if (holds.reservation) throw alreadyReserved(product.name, holds.reservation);
  if (holds.waitlist?.status === "OFFERED") throw alreadyWaiting(product.name, holds.waitlist);
  // the advice behind this reservation, so its outcome (at the desk, by the resident or in the follow-up) is linked to
  // the product's rank, score and difficulty and counts in the learning, as for a resident's own reservation
  const adviceCode = await snapshotCaseAdvice(scoped.id, product.slug);

  let reservation;
  try {
    reservation = await reserveUnit({
      productSlug: product.slug,
      centreSlug: centre.slug,
      pickupDate,
      name: scoped.residentName,
      phone: phone ?? undefined,
      email: email ?? undefined,
      consent,
      // checked in loadCaseLending: explained to the resident and decided "agreed" in the conversation
      monitoringAgreed: product.isMonitoring ? true : undefined,
      actor: scoped.actor,
      caseId: scoped.id,
      adviceCode,
    });
  } catch (error) {
    // A unique violation reads as CONFLICT from reserveUnit: if another request reserved this product for the case
    // in the meantime, say that instead of "no longer available".
    if (error instanceof AppError && error.code === "CONFLICT") {
      const now = await caseProductHolds(scoped.id, product.id);
      if (now.reservation) throw alreadyReserved(product.name, now.reservation);
    }
    throw error;
  }
  await recordAuditEvent({
    actor: scoped.actor,
    action: "case.reserve",
    entityType: "Case",
    entityId: scoped.id,
    municipalityId: scoped.municipalityId,
    details: { reservation: reservation.reference, productSlug: product.slug, centreSlug: centre.slug },
  });
  if (holds.waitlist?.status === "WAITING") await endWaitingPlace(scoped, holds.waitlist, reservation.reference);
  return { reference: reservation.reference };
}

/** The resident got the product by reservation: their place on a waiting list for it ends (never offered to them). */
async function endWaitingPlace(scoped: ScopedCase & { actor: Actor }, entry: { id: string; reference: string }, reservation: string): Promise<void> {
  const ended = await db.waitlistEntry.updateMany({
    where: { id: entry.id, status: "WAITING" },
    data: { status: "CANCELLED", eraseAfter: eraseAfterFrom(new Date(), env().RETENTION_DAYS) },
  });
  if (ended.count === 0) return;
  await recordAuditEvent({
    actor: scoped.actor,
    action: "waitlist.cancel",
    entityType: "WaitlistEntry",
    entityId: entry.id,
    municipalityId: scoped.municipalityId,
    details: { was: "WAITING", reason: "reserved_for_case", reservation },
  });
}
