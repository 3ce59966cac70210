import "server-only";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import type { Actor } from "@/lib/auth/permissions";
import { recordAuditEvent } from "@/lib/server/audit/record-audit-event";
import { reserveUnit } from "@/lib/server/lending/reserve-unit";
import { findScopedCase } from "./case-scope";
import { findActiveProduct } from "./find-product";
import { MONITORING_NOT_AGREED } from "./set-case-choice";

export const NOT_MARKED = "Kies eerst samen dat de inwoner dit hulpmiddel wil proberen.";

/**
 * Reserves a product on the resident's behalf, with the same rules as a resident's own reservation (reserveUnit:
 * a free unit, an opening day, consent for the reservation data), linked to the case. Only for a product the
 * resident wants to try (a monitoring product: only after explanation and agreement), at a centre of the
 * consultant's own municipality.
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
  const scoped = await findScopedCase(actor, reference);
  const product = await findActiveProduct(db, productSlug);
  const centre = await db.lendingCentre.findFirst({ where: { slug: centreSlug, municipalityId: scoped.municipalityId }, select: { id: true, slug: true } });
  if (!centre) throw new AppError("NOT_FOUND", "Dit uitleenpunt bestaat niet in uw gemeente.");
  const choice = await db.caseChoice.findUnique({ where: { caseId_productId: { caseId: scoped.id, productId: product.id } } });
  if (product.isMonitoring && !(choice?.monitoringExplainedAt && choice.monitoringDecision === "agreed")) throw new AppError("INVALID", MONITORING_NOT_AGREED);
  if (!choice?.wantsToTry) throw new AppError("INVALID", NOT_MARKED);

  const reservation = await reserveUnit({
    productSlug: product.slug,
    centreSlug: centre.slug,
    pickupDate,
    name: scoped.residentName,
    phone: phone ?? undefined,
    email: email ?? undefined,
    consent,
    // checked above: explained to the resident and decided "agreed" in the conversation
    monitoringAgreed: product.isMonitoring ? true : undefined,
    actor: scoped.actor,
    caseId: scoped.id,
  });
  await recordAuditEvent({
    actor: scoped.actor,
    action: "case.reserve",
    entityType: "Case",
    entityId: scoped.id,
    municipalityId: scoped.municipalityId,
    details: { reservation: reservation.reference, productSlug: product.slug, centreSlug: centre.slug },
  });
  return { reference: reservation.reference };
}
