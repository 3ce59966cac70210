import "server-only";
import { loadMunicipalitySettings } from "@/lib/server/municipalities/settings";
import { versionedCache, type Versions } from "@/lib/server/cache/versions";
/**
 * Small building blocks the lending use cases share (not use cases themselves): the transaction options, unit status
 * changes with their history line, contact validation, unique-violation detection and the reservation record.
 */
import { db } from "@/lib/db";
import { appError } from "@/lib/errors";
import type { Actor } from "@/lib/auth/permissions";
import type { Prisma, UnitStatus } from "@/lib/generated/prisma/client";
import { recordAuditEvent } from "@/lib/server/audit/record-audit-event";
import { enqueueMessage } from "@/lib/server/outbox/enqueue-message";
import { DEFAULT_LOCALE, parseLocale } from "@/lib/i18n/config";
import { contactSchema, fieldErrors, NEED_CONSENT } from "@/lib/schemas/reservation";
import { formatCode, shortCode } from "@/lib/util/codes";
import { dayToDate } from "@/lib/util/dates";
import { calendarOf, eraseAfterFrom, holdOpeningDaysFromHours, holdUntilFor, lastPickupFor, slotsOn, type OpeningSlot } from "./rules";

export type Tx = Prisma.TransactionClient;

/**
 * Interactive transactions wait for a pool connection (the pool has 10) and must not hang: generous limits, so a
 * burst of reservations queues up instead of failing.
 */
export const TX_OPTIONS = { maxWait: 30_000, timeout: 30_000 } as const;

/** The name that replaces a resident's name once their data is erased. */


/**
 * Where a signed-in person may look up a reservation by id: a centre's own staff for that centre's reservations; a
 * consultant for reservations made for a case of their municipality. Anything else matches nothing (NOT_FOUND).
 */
export function reservationScopeFor(actor: Actor): Prisma.ReservationWhereInput {
  if (actor.role === "CENTRE_STAFF") return { centreId: { in: actor.centreIds } };
  if (actor.role === "CONSULTANT" && actor.municipalityId) return { case: { municipalityId: actor.municipalityId } };
  return { id: { in: [] } };
}

/**
 * Runs one item of a batch job (one reservation, one offer, ...) so that a failure is logged and the batch goes on
 * with the next item. The log line names the step and the error's type and code, never data of the item.
 */
export async function eachIsolated<T>(step: string, items: readonly T[], run: (item: T) => Promise<void>): Promise<number> {
  let failed = 0;
  for (const item of items) {
    try {
      await run(item);
    } catch (error) {
      failed++;
      const e = error as { name?: unknown; code?: unknown } | null;
      const code = e && (typeof e.code === "string" || typeof e.code === "number") ? ` (${e.code})` : "";
      console.error(`[lending] ${step}: ${e && typeof e.name === "string" ? e.name : "Error"}${code}`);
    }
  }
  return failed;
}

/** Changes a unit's status and writes the history line in the same transaction. */
export async function changeUnitStatus(
  tx: Tx,
  input: { unitId: string; from: UnitStatus; to: UnitStatus; action: string; note?: string; actorId?: string | null; statusUntil?: Date | null },
): Promise<void> {
  await tx.lendingUnit.update({
    where: { id: input.unitId },
    data: { status: input.to, ...(input.statusUntil !== undefined ? { statusUntil: input.statusUntil } : {}) },
  });
  await tx.unitEvent.create({
    data: { unitId: input.unitId, fromStatus: input.from, toStatus: input.to, action: input.action, note: input.note ?? "", actorId: input.actorId ?? null },
  });
}

/** Locks a unit row for the rest of the transaction and returns what the rules need. */
export async function lockUnit(tx: Tx, unitId: string): Promise<{ id: string; status: UnitStatus; productId: string; centreId: string } | null> {
  const rows = await tx.$queryRaw<{ id: string; status: UnitStatus; productId: string; centreId: string }[]>`
    SELECT "id", "status"::text AS "status", "productId", "centreId" FROM "LendingUnit" WHERE "id" = ${unitId} FOR UPDATE`;
  return rows[0] ?? null;
}

/** Validates name + phone/e-mail + consent the same way for every caller (form, API, consultant). */
export function checkContactAndConsent(input: { name: string; phone?: string | null; email?: string | null; consent: boolean }): {
  name: string;
  phone: string | null;
  email: string | null;
} {
  const parsed = contactSchema.safeParse({ name: input.name, phone: input.phone ?? undefined, email: input.email ?? undefined });
  const fields: Record<string, string[]> = parsed.success ? {} : fieldErrors(parsed.error);
  if (input.consent !== true) fields.consent = [NEED_CONSENT];
  if (!parsed.success || Object.keys(fields).length) throw appError("INVALID", "resident.notAllFilledIn", { fields });
  return { name: parsed.data.name, phone: parsed.data.phone ?? null, email: parsed.data.email ?? null };
}

/** True for PostgreSQL's unique_violation (23505), however Prisma and the pg adapter wrap it. */
export function isUniqueViolation(error: unknown): boolean {
  for (let e: unknown = error, depth = 0; e && typeof e === "object" && depth < 5; e = (e as { cause?: unknown }).cause, depth++) {
    const o = e as { code?: unknown; originalCode?: unknown; kind?: unknown };
    if (o.code === "P2002" || o.code === "23505" || o.originalCode === "23505" || o.kind === "UniqueConstraintViolation") return true;
  }
  return false;
}

export interface CentreForRules {
  id: string;
  slug: string;
  name: string;
  street: string;
  postcode: string;
  city: string;
  phone: string;
  municipalityId: string;
  openingHours: OpeningSlot[];
  /** ClosedDay rows: holidays and other days the centre is closed besides its weekly hours */
  closedDays: { date: string }[];
}

export const centreForRulesSelect = {
  id: true,
  slug: true,
  name: true,
  street: true,
  postcode: true,
  city: true,
  phone: true,
  municipalityId: true,
  openingHours: { select: { weekday: true, opens: true, closes: true } },
  closedDays: { select: { date: true } },
} as const;

async function fetchProductAndCentre(productSlug: string, centreSlug: string) {
  const [product, centre] = await Promise.all([
    db.product.findFirst({
      where: { slug: productSlug, active: true },
      select: { id: true, slug: true, name: true, lendable: true, loanPeriodDays: true, isMonitoring: true },
    }),
    db.lendingCentre.findUnique({ where: { slug: centreSlug }, select: { ...centreForRulesSelect, closedAt: true, municipality: { select: { status: true, name: true, settings: true } } } }),
  ]);
  return { product, centre };
}

const productsAndCentres = versionedCache<Awaited<ReturnType<typeof fetchProductAndCentre>>>(1000);

/**
 * Loads an active, lendable product and a centre by slug; unknown ones are NOT_FOUND. With `versions` (read by this
 * request, lib/server/cache/versions.ts) the rows come from memory while the catalogue and municipality versions hold.
 */
export async function loadProductAndCentre(productSlug: string, centreSlug: string, versions?: Versions) {
  const { product, centre } = versions
    ? await productsAndCentres.get(`${productSlug}\n${centreSlug}`, `${versions.catalogue}|${versions.municipality}`, () => fetchProductAndCentre(productSlug, centreSlug))
    : await fetchProductAndCentre(productSlug, centreSlug);
  if (!product) throw appError("NOT_FOUND", "resident.productUnknown", { field: "product" });
  if (!centre) throw appError("NOT_FOUND", "resident.centreUnknown", { field: "centre" });
  if (!product.lendable) throw appError("INVALID", "resident.productNotLendable", { field: "product" });
  // a paused municipality or a closed centre takes nothing new (pages, forms and the API alike)
  if (centre.municipality.status === "paused") throw appError("GONE", "resident.municipalityPausedReserve", { params: { municipality: centre.municipality.name } });
  if (centre.closedAt) throw appError("GONE", "resident.centreClosedReserve");
  return { product, centre };
}

export interface ReservationCreated {
  id: string;
  reference: string;
  status: "RESERVED";
  product: { slug: string; name: string; loanPeriodDays: number };
  centre: { slug: string; name: string };
  /** "YYYY-MM-DD" */
  pickupDate: string;
  holdUntil: Date;
  eraseAfter: Date;
}

/** A new, unused reference (8 characters; see lib/util/codes.ts). */
export async function newReference(tx: Tx, table: "reservation" | "waitlistEntry"): Promise<string> {
  for (;;) {
    const reference = shortCode();
    const taken = table === "reservation" ? await tx.reservation.findUnique({ where: { reference }, select: { id: true } }) : await tx.waitlistEntry.findUnique({ where: { reference }, select: { id: true } });
    if (!taken) return reference;
  }
}

/**
 * Writes a reservation for a unit that the caller has already locked and set (or kept) RESERVED: the Reservation,
 * the Consent row, the unit's history line, the confirmation message and the audit line, all in `tx`.
 */
export async function createReservationRecord(
  tx: Tx,
  input: {
    unit: { id: string; fromStatus: UnitStatus };
    product: { id: string; slug: string; name: string; loanPeriodDays: number };
    centre: CentreForRules;
    pickupDate: string;
    contact: { name: string; phone: string | null; email: string | null };
    consentVersion: string;
    actor: Actor | null;
    caseId: string | null;
    via: "resident" | "staff" | "consultant" | "waitlist";
    /** the advice snapshot it came from (learning from outcomes); absent or null when unknown */
    adviceSnapshotId?: string | null;
    /** the municipality's settings when the caller already has them (saves a query inside the transaction) */
    settings?: { reservationHoldHours: number; retentionDays: number };
    /** a reference the caller already found unused (saves a query inside the transaction; the unique index still holds) */
    reference?: string;
    /** the resident's language (nl, en, tr, ar, pl) from the request: their messages are written in it; absent: Dutch */
    locale?: string | null;
  },
): Promise<ReservationCreated> {
  // the centre's municipality decides how long it is held and how long the record is kept (its settings, env defaults)
  const { reservationHoldHours: RESERVATION_HOLD_HOURS, retentionDays: RETENTION_DAYS } = input.settings ?? (await loadMunicipalitySettings(input.centre.municipalityId, tx));
  // held the pickup day plus a number of OPENING days, until closing time of the last one (closed days skipped)
  const calendar = calendarOf(input.centre);
  const holdUntil = lastPickupFor(calendar, input.pickupDate, holdOpeningDaysFromHours(RESERVATION_HOLD_HOURS))?.until ?? holdUntilFor(input.pickupDate, RESERVATION_HOLD_HOURS);
  const eraseAfter = eraseAfterFrom(holdUntil, RETENTION_DAYS);
  const reference = input.reference ?? (await newReference(tx, "reservation"));
  const reservation = await tx.reservation.create({
    data: {
      reference,
      productId: input.product.id,
      centreId: input.centre.id,
      unitId: input.unit.id,
      status: "RESERVED",
      pickupDate: dayToDate(input.pickupDate),
      holdUntil,
      name: input.contact.name,
      phone: input.contact.phone,
      email: input.contact.email,
      caseId: input.caseId,
      createdById: input.actor?.userId ?? null,
      adviceSnapshotId: input.adviceSnapshotId ?? null,
      locale: parseLocale(input.locale) ?? DEFAULT_LOCALE,
      eraseAfter,
      consents: { create: { purpose: "reservation", textVersion: input.consentVersion, given: true, caseId: input.caseId } },
    },
    select: { id: true },
  });
  await tx.unitEvent.create({
    data: {
      unitId: input.unit.id,
      fromStatus: input.unit.fromStatus,
      toStatus: "RESERVED",
      action: "reserved",
      note: `Reservering ${formatCode(reference)}${input.via === "waitlist" ? " (van de wachtlijst)" : ""}`,
      actorId: input.actor?.userId ?? null,
    },
  });
  await enqueueMessage(tx, {
    dedupeKey: `reservation_confirmation:${reservation.id}`,
    centreId: input.centre.id,
    reservationId: reservation.id,
    contact: input.contact,
    message: {
      kind: "reservation_confirmation",
      name: input.contact.name,
      productName: input.product.name,
      centre: input.centre,
      reference,
      pickupDay: input.pickupDate,
      slots: slotsOn(calendar, input.pickupDate),
      holdUntil,
      loanPeriodDays: input.product.loanPeriodDays,
    },
  });
  await recordAuditEvent(
    {
      actor: input.actor,
      // without an account it is always the resident: the form, the API, or accepting a waiting-list offer
      actorKind: "resident",
      action: "reservation.create",
      entityType: "Reservation",
      entityId: reservation.id,
      municipalityId: input.centre.municipalityId,
      details: { centreId: input.centre.id, productId: input.product.id, unitId: input.unit.id, via: input.via },
    },
    tx,
  );
  return {
    id: reservation.id,
    reference,
    status: "RESERVED",
    product: { slug: input.product.slug, name: input.product.name, loanPeriodDays: input.product.loanPeriodDays },
    centre: { slug: input.centre.slug, name: input.centre.name },
    pickupDate: input.pickupDate,
    holdUntil,
    eraseAfter,
  };
}
