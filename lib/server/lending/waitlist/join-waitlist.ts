import "server-only";
import { db } from "@/lib/db";
import { env } from "@/lib/env";
import { appError } from "@/lib/errors";
import { can, canWorkAtCentre, type Actor } from "@/lib/auth/permissions";
import { resolveAdviceSnapshot } from "@/lib/server/outcomes/advice-link";
import { recordAuditEvent } from "@/lib/server/audit/record-audit-event";
import { enqueueMessage } from "@/lib/server/outbox/enqueue-message";
import { DEFAULT_LOCALE, parseLocale } from "@/lib/i18n/config";
import { WAITLIST_CONSENT_VERSION } from "../consent-text";
import { MONITORING_CONSENT_VERSION } from "../reserve-unit";
import { eraseAfterFrom } from "../rules";
import { checkContactAndConsent, loadProductAndCentre, newReference, TX_OPTIONS } from "../shared";

export interface JoinWaitlistInput {
  productSlug: string;
  centreSlug: string;
  name: string;
  phone?: string | null;
  email?: string | null;
  /** the resident agreed to the storage text (waitlistConsentText) */
  consent: boolean;
  /** for a monitoring product: explained and an explicit yes (an offer later becomes a reservation without asking) */
  monitoringAgreed?: boolean;
  actor?: Actor | null;
  caseId?: string | null;
  /** the resident's language (nl, en, tr, ar, pl) from the request: their messages are written in it; absent: Dutch */
  locale?: string | null;
  /** the code of the advice snapshot the resident came from (?advies=); best effort, see resolveAdviceSnapshot */
  adviceCode?: string | null;
  now?: Date;
}

export interface WaitlistJoined {
  id: string;
  reference: string;
  status: "WAITING";
  /** 1 = first in line */
  position: number;
  product: { slug: string; name: string };
  centre: { slug: string; name: string };
}


/**
 * Puts a resident on the waiting list for a product at a centre (first come, first served). Only for a centre that
 * lends this product and has none free right now (a free one -> CONFLICT: reserve it instead). Stores the consent
 * and puts a confirmation with the reference in the outbox.
 */
export async function joinWaitlist(input: JoinWaitlistInput): Promise<WaitlistJoined> {
  const now = input.now ?? new Date();
  const actor = input.actor ?? null;
  const contact = checkContactAndConsent(input);
  const { product, centre } = await loadProductAndCentre(input.productSlug, input.centreSlug);
  if (product.isMonitoring && input.monitoringAgreed !== true) {
    throw appError("INVALID", "resident.monitoringAgreementNeeded", { field: "monitoringAgreed" });
  }
  if (actor && !canWorkAtCentre(actor, centre.id) && !can(actor, "reservation:create_for_resident")) {
    throw appError("NOT_FOUND", "resident.centreUnknown");
  }
  const caseId = input.caseId ?? null;
  if (caseId) {
    const kase =
      actor?.role === "CONSULTANT" ? await db.case.findFirst({ where: { id: caseId, municipalityId: actor.municipalityId ?? "" }, select: { id: true } }) : null;
    if (!kase) throw appError("NOT_FOUND", "staff.caseUnknown");
  }

  const units = await db.lendingUnit.groupBy({
    by: ["status"],
    where: { productId: product.id, centreId: centre.id, status: { not: "RETIRED" } },
    _count: true,
  });
  if (units.length === 0) {
    throw appError("INVALID", "resident.notLentHere", { field: "centre" });
  }
  if (units.some((u) => u.status === "AVAILABLE")) throw appError("CONFLICT", "resident.availableNow", { fields: {}, details: { reason: "available_now" } });

  const adviceSnapshotId = await resolveAdviceSnapshot(input.adviceCode, centre.municipalityId, product.slug);

  return db.$transaction(async (tx) => {
    const reference = await newReference(tx, "waitlistEntry");
    const entry = await tx.waitlistEntry.create({
      data: {
        reference,
        productId: product.id,
        centreId: centre.id,
        status: "WAITING",
        name: contact.name,
        phone: contact.phone,
        email: contact.email,
        caseId,
        locale: parseLocale(input.locale) ?? DEFAULT_LOCALE,
        adviceSnapshotId,
        // renewed when the entry ends; WAITING and OFFERED entries are never erased
        eraseAfter: eraseAfterFrom(now, env().RETENTION_DAYS),
        createdAt: now,
        consents: { create: { purpose: "waitlist", textVersion: WAITLIST_CONSENT_VERSION, given: true, caseId } },
      },
      select: { id: true, createdAt: true },
    });
    if (product.isMonitoring) {
      await tx.consent.create({
        data: { purpose: "monitoring", textVersion: `${MONITORING_CONSENT_VERSION}:${product.slug}`, given: true, waitlistEntryId: entry.id, caseId },
      });
    }
    const ahead = await tx.waitlistEntry.count({
      where: { productId: product.id, centreId: centre.id, status: "WAITING", OR: [{ createdAt: { lt: entry.createdAt } }, { createdAt: entry.createdAt, id: { lt: entry.id } }] },
    });
    const position = ahead + 1;
    await enqueueMessage(tx, {
      dedupeKey: `waitlist_confirmation:${entry.id}`,
      centreId: centre.id,
      contact,
      locale: input.locale,
      message: { kind: "waitlist_confirmation", name: contact.name, productName: product.name, centre, reference, position },
    });
    await recordAuditEvent(
      {
        actor,
        actorKind: "resident",
        action: "waitlist.join",
        entityType: "WaitlistEntry",
        entityId: entry.id,
        municipalityId: centre.municipalityId,
        details: { centreId: centre.id, productId: product.id, position },
      },
      tx,
    );
    return {
      id: entry.id,
      reference,
      status: "WAITING" as const,
      position,
      product: { slug: product.slug, name: product.name },
      centre: { slug: centre.slug, name: centre.name },
    };
  }, TX_OPTIONS);
}
