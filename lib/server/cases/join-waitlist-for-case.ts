import "server-only";
import { appError } from "@/lib/errors";
import type { Actor } from "@/lib/auth/permissions";
import { recordAuditEvent } from "@/lib/server/audit/record-audit-event";
import { joinWaitlist, type WaitlistJoined } from "@/lib/server/lending/waitlist/join-waitlist";
import { isUniqueViolation } from "@/lib/server/lending/shared";
import { alreadyReserved, alreadyWaiting, caseProductHolds } from "./case-product-holds";
import { loadCaseLending } from "./reserve-for-case";

/**
 * Puts the resident on a centre's waiting list for a product, on their behalf, from the case. The same rules as the
 * resident's own waiting list (joinWaitlist: only where the centre lends it and none is free now, a phone number or
 * e-mail address for the message, consent for the waiting-list text) and the same choice rules as reserving for the
 * case. One open place per product per case (also when a reservation for it is open): checked here and by the partial
 * unique index "WaitlistEntry_one_open_per_case_product".
 */
export async function joinWaitlistForCase({
  actor,
  reference,
  productSlug,
  centreSlug,
  phone,
  email,
  consent,
}: {
  actor: Actor | null;
  reference: string;
  productSlug: string;
  centreSlug: string;
  phone?: string | null;
  email?: string | null;
  /** the resident agrees to the waiting-list storage text (waitlistConsentText) */
  consent: boolean;
}): Promise<WaitlistJoined> {
  const { scoped, product, centre } = await loadCaseLending(actor, reference, productSlug, centreSlug);
  const holds = await caseProductHolds(scoped.id, product.id);
  if (holds.reservation) throw alreadyReserved(product.name, holds.reservation);
  if (holds.waitlist) throw alreadyWaiting(product.name, holds.waitlist);

  let entry: WaitlistJoined;
  try {
    entry = await joinWaitlist({
      productSlug: product.slug,
      centreSlug: centre.slug,
      name: scoped.residentName,
      phone: phone ?? undefined,
      email: email ?? undefined,
      consent,
      actor: scoped.actor,
      caseId: scoped.id,
    });
  } catch (error) {
    if (isUniqueViolation(error)) {
      const now = await caseProductHolds(scoped.id, product.id);
      if (now.waitlist) throw alreadyWaiting(product.name, now.waitlist);
      throw appError("CONFLICT", "staff.retryNow");
    }
    throw error;
  }
  await recordAuditEvent({
    actor: scoped.actor,
    action: "case.waitlist",
    entityType: "Case",
    entityId: scoped.id,
    municipalityId: scoped.municipalityId,
    details: { waitlist: entry.reference, productSlug: product.slug, centreSlug: centre.slug, position: entry.position },
  });
  return entry;
}
