import "server-only";
import { resolveAdviceSnapshot } from "@/lib/server/outcomes/advice-link";
import { db } from "@/lib/db";
import { appError } from "@/lib/errors";
import { can, canWorkAtCentre, type Actor } from "@/lib/auth/permissions";
import { currentVersions, type Versions } from "@/lib/server/cache/versions";
import { deploymentDefaults } from "@/lib/server/municipalities/settings";
import { getMunicipalitySettings } from "@/lib/settings/municipality-settings";
import { RESERVATION_CONSENT_VERSION } from "./consent-text";
import { cachedAvailability } from "./get-availability";
import { amsterdamToday, calendarOf, pickupDayProblem } from "./rules";
import {
  checkContactAndConsent,
  createReservationRecord,
  isUniqueViolation,
  loadProductAndCentre,
  newReference,
  TX_OPTIONS,
  type ReservationCreated,
} from "./shared";

export interface ReserveUnitInput {
  productSlug: string;
  centreSlug: string;
  /** "YYYY-MM-DD", an opening day of the centre from tomorrow */
  pickupDate: string;
  name: string;
  phone?: string | null;
  email?: string | null;
  /** the resident agreed to the storage text (lib/server/lending/consent-text.ts) */
  consent: boolean;
  /**
   * For a monitoring product (Product.isMonitoring): the resident had the explanation (what it records, who sees it,
   * how to stop) and explicitly said yes. Required for every caller; without it the product is not reserved.
   */
  monitoringAgreed?: boolean;
  /** staff of the centre or a consultant reserving for a resident; absent when residents reserve themselves */
  actor?: Actor | null;
  /** a consultant's case (only with a consultant actor of the same municipality) */
  caseId?: string | null;
  /** the code of the advice snapshot the resident came from (?advies= on the reserve page); best effort, see resolveAdviceSnapshot */
  adviceCode?: string | null;
  /** the resident's language (nl, en, tr, ar, pl) from the request: their messages are written in it; absent: Dutch */
  locale?: string | null;
  now?: Date;
}

export type { ReservationCreated };

/** Version of the monitoring explanation the yes was given to (the product's own texts: records, who sees, how to stop). */
export const MONITORING_CONSENT_VERSION = "monitoring-2026-12";

/**
 * Reserves one unit of a product at a centre for a pickup day.
 * No double booking: inside one transaction it picks an AVAILABLE unit with `FOR UPDATE SKIP LOCKED` (parallel
 * callers each get a different unit, or none) and sets it RESERVED; the partial unique index
 * "Reservation_one_open_per_unit" backs this up. Nothing free -> AppError CONFLICT "niet meer beschikbaar".
 * Bad input -> INVALID with field errors (name, phone, email, consent, pickupDate); unknown product/centre -> NOT_FOUND.
 */
export async function reserveUnit(input: ReserveUnitInput): Promise<ReservationCreated> {
  const now = input.now ?? new Date();
  const actor = input.actor ?? null;
  const contact = checkContactAndConsent(input);
  const versions = await currentVersions();
  const { product, centre } = await loadProductAndCentre(input.productSlug, input.centreSlug, versions);
  if (product.isMonitoring && input.monitoringAgreed !== true) {
    throw appError("INVALID", "resident.monitoringAgreementNeeded", { field: "monitoringAgreed" });
  }

  let via: "resident" | "staff" | "consultant" = "resident";
  if (actor) {
    if (canWorkAtCentre(actor, centre.id)) via = "staff";
    else if (can(actor, "reservation:create_for_resident")) via = "consultant";
    else throw appError("NOT_FOUND", "resident.centreUnknown");
  }
  const caseId = input.caseId ?? null;
  if (caseId) {
    const kase = actor && via === "consultant" ? await db.case.findFirst({ where: { id: caseId, municipalityId: actor.municipalityId ?? "" }, select: { id: true } }) : null;
    if (!kase) throw appError("NOT_FOUND", "staff.caseUnknown");
  }

  const adviceSnapshotId = await resolveAdviceSnapshot(input.adviceCode, centre.municipalityId, product.slug);
  const problem = pickupDayProblem(calendarOf(centre), input.pickupDate, amsterdamToday(now));
  if (problem) throw appError("INVALID", problem.key, { params: problem.params, field: "pickupDate" });

  // Cheap conflict detection before any lock (see admit()): nothing free -> answered without a transaction.
  // prepared outside the transaction, so it holds its connection and locks for fewer round trips
  const settings = getMunicipalitySettings(centre.municipality.settings ?? {}, deploymentDefaults());
  const release = await admit(product.id, centre, versions);
  try {
    const reference = await newReference(db, "reservation");
    return await db.$transaction(async (tx) => {
      // pick a free unit and mark it RESERVED in one statement; parallel attempts skip each other's locked rows
      const free = await tx.$queryRaw<{ id: string }[]>`
        UPDATE "LendingUnit" SET "status" = 'RESERVED', "updatedAt" = now()
         WHERE "id" = (SELECT "id" FROM "LendingUnit"
                        WHERE "productId" = ${product.id} AND "centreId" = ${centre.id} AND "status" = 'AVAILABLE'
                        ORDER BY "code"
                        LIMIT 1
                        FOR UPDATE SKIP LOCKED)
         RETURNING "id"`;
      const unitId = free[0]?.id;
      if (!unitId) {
        const lent = await tx.lendingUnit.count({ where: { productId: product.id, centreId: centre.id, status: { not: "RETIRED" } } });
        if (lent === 0) throw appError("INVALID", "resident.notLentHere", { field: "centre" });
        throw appError("CONFLICT", "resident.notAvailable", { fields: {}, details: { reason: "not_available" } });
      }
      const created = await createReservationRecord(tx, {
        unit: { id: unitId, fromStatus: "AVAILABLE" },
        product,
        centre,
        pickupDate: input.pickupDate,
        contact,
        consentVersion: RESERVATION_CONSENT_VERSION,
        actor,
        caseId,
        via,
        adviceSnapshotId,
        settings,
        reference,
        locale: input.locale,
      });
      if (product.isMonitoring) {
        // the explicit yes after the explanation, kept with the reservation like the storage consent
        await tx.consent.create({
          data: { purpose: "monitoring", textVersion: `${MONITORING_CONSENT_VERSION}:${product.slug}`, given: true, reservationId: created.id, caseId },
        });
      }
      return created;
    }, TX_OPTIONS);
  } catch (error) {
    if (isUniqueViolation(error)) throw appError("CONFLICT", "resident.notAvailable", { fields: {}, details: { reason: "not_available" } });
    throw error;
  } finally {
    release();
  }
}

/** Attempts of this instance inside the transaction, per product and centre, and those waiting for their outcome. */
const gates = new Map<string, { inFlight: number; waiters: (() => void)[] }>();

/**
 * Admits an attempt to the locking transaction only while this instance has fewer attempts in it than there are free
 * units (availability as every instance sees it now: cached while no unit, loan or reservation changed,
 * lib/server/cache/versions.ts). The others wait for an outcome and look again: once the free units are taken they
 * are answered CONFLICT at once, so a burst of 1000 attempts on 20 free units runs about 20 transactions, not 1000.
 * A unit freed after the versions were read counts as freed after this attempt. "Free" is only a hint: the
 * transaction decides, under the row lock (SKIP LOCKED) and the partial unique indexes; other instances are admitted
 * by their own gate. Not lent here -> INVALID. Returns the release to call when the attempt is done.
 */
async function admit(productId: string, centre: { id: string; municipalityId: string }, firstVersions: Versions): Promise<() => void> {
  const key = `${productId}|${centre.id}`;
  let gate = gates.get(key);
  if (!gate) {
    gate = { inFlight: 0, waiters: [] };
    gates.set(key, gate);
  }
  let versions = firstVersions;
  try {
    for (;;) {
      const here = (await cachedAvailability(centre.municipalityId, versions)).find((a) => a.productId === productId && a.centreId === centre.id);
      if (!here) throw appError("INVALID", "resident.notLentHere", { field: "centre" });
      if (here.available === 0) throw appError("CONFLICT", "resident.notAvailable", { fields: {}, details: { reason: "not_available", lendsHere: true, nextAvailableDate: here.nextAvailableDate } });
      if (gate.inFlight < here.available) break;
      await new Promise<void>((resolve) => gate!.waiters.push(resolve));
      versions = await currentVersions(); // read after the outcome we waited for was committed
    }
  } catch (error) {
    if (gate.inFlight === 0 && gate.waiters.length === 0) gates.delete(key);
    throw error;
  }
  gate.inFlight++;
  let released = false;
  return () => {
    if (released) return;
    released = true;
    gate!.inFlight--;
    const waiting = gate!.waiters.splice(0);
    for (const wake of waiting) wake();
    if (gate!.inFlight === 0 && waiting.length === 0) gates.delete(key);
  };
}
