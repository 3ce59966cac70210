/**
 * The lending part of API v1: availability, reservations and the waiting list. Request schemas and the public JSON
 * shapes (documented in lib/api/v1/lending.openapi.ts, checked against real responses in
 * tests/integration/api-lending.integration.test.ts): add fields, never rename or remove one.
 * Internal ids never leave the server; products and centres are named by slug, reservations by their reference.
 */
import { z } from "zod";
import { CACHE_PUBLIC, CORS_HEADERS } from "@/lib/api/responses";
import { municipalitySlugSchema } from "@/lib/schemas/answers";
import { pickupDateSchema, productSlugSchema } from "@/lib/schemas/reservation";
import { WHAT_TO_BRING } from "@/lib/server/lending/consent-text";
import type { PublicReservation } from "@/lib/server/lending/get-reservation-by-reference";
import type { ResidentState } from "@/lib/server/lending/resident-status";
import type { ProductAvailability } from "@/lib/server/lending/list-centre-availability";
import type { PublicWaitlistEntry } from "@/lib/server/lending/waitlist/get-waitlist-entry-by-reference";

export { reservationRequestSchema, waitlistRequestSchema } from "@/lib/schemas/reservation";

/** GET /api/v1/availability?product=…&municipality=… */
export const availabilityQuerySchema = z.object({
  product: productSlugSchema,
  municipality: municipalitySlugSchema,
});

/** POST /api/v1/waitlist/{reference}/accept */
export const acceptOfferRequestSchema = z.strictObject({ pickupDate: pickupDateSchema }, { error: "Stuur een JSON-object met pickupDate." });

/** The reference in a path: what people type (lower case, a dash) is fine. */
export const referenceParamSchema = z
  .string()
  .trim()
  .transform((v) => v.toUpperCase().replace(/[^0-9A-Z]/g, ""))
  .pipe(z.string().regex(/^[0-9A-Z]{4,16}$/, { error: "Dit is geen geldige code." }));

const absolute = (path: string, baseUrl: string) => new URL(path, baseUrl).toString();

export interface PublicCentreAvailability {
  centre: { slug: string; name: string; address: string; district: string; url: string };
  available: number;
  nextAvailableDate: string | null;
  waiting: number;
  /** the resident's page to reserve (or join the waiting list) here */
  reserveUrl: string;
}

export interface PublicAvailability {
  product: { slug: string; name: string; lendable: boolean; loanPeriodDays: number };
  municipality: { slug: string; name: string };
  centres: PublicCentreAvailability[];
}

export function toPublicAvailability(a: ProductAvailability, baseUrl: string): PublicAvailability {
  return {
    product: { ...a.product },
    municipality: { ...a.municipality },
    centres: a.centres.map((c) => ({
      centre: { ...c.centre, url: absolute(`/uitleenpunten/${encodeURIComponent(c.centre.slug)}`, baseUrl) },
      available: c.available,
      nextAvailableDate: c.nextAvailableDate,
      waiting: c.waiting,
      reserveUrl: absolute(`/reserveren/${encodeURIComponent(a.product.slug)}/${encodeURIComponent(c.centre.slug)}`, baseUrl),
    })),
  };
}

export interface PublicReservationJson {
  reference: string;
  status: "RESERVED" | "PICKED_UP" | "CANCELLED" | "EXPIRED";
  /** what it means for the resident now, from the reservation and its loan (a PICKED_UP reservation can be "returned") */
  state: ResidentState;
  /** the same as a Dutch sentence, as on the resident's page */
  stateText: string;
  /** product slug */
  product: string;
  productName: string;
  /** centre slug */
  centre: string;
  centreName: string;
  centreAddress: string;
  centrePhone: string;
  /** "YYYY-MM-DD" */
  pickupDate: string;
  /** opening times on the pickup day */
  pickupTimes: { opens: string; closes: string }[];
  /** ISO moment: not picked up by then -> EXPIRED */
  holdUntil: string;
  loanPeriodDays: number;
  /** what to bring when picking up */
  bring: string[];
  name: string;
  /** masked phone number or e-mail address where messages go */
  contact: string | null;
  cancelledAt: string | null;
  /** when picked up: the due date (ISO) */
  dueAt: string | null;
  canCancel: boolean;
  /** the resident's page for this reservation */
  url: string;
}

export function toPublicReservation(r: PublicReservation, baseUrl: string): PublicReservationJson {
  return {
    reference: r.reference,
    status: r.status,
    state: r.residentStatus.state,
    stateText: r.residentStatus.text,
    product: r.product.slug,
    productName: r.product.name,
    centre: r.centre.slug,
    centreName: r.centre.name,
    centreAddress: `${r.centre.street}, ${r.centre.postcode} ${r.centre.city}`,
    centrePhone: r.centre.phone,
    pickupDate: r.pickupDate,
    pickupTimes: r.pickupSlots.map((s) => ({ ...s })),
    holdUntil: r.holdUntil.toISOString(),
    loanPeriodDays: r.product.loanPeriodDays,
    bring: [...WHAT_TO_BRING],
    name: r.name,
    contact: r.contact,
    cancelledAt: r.cancelledAt?.toISOString() ?? null,
    dueAt: r.loan?.dueAt.toISOString() ?? null,
    canCancel: r.canCancel,
    url: absolute(`/reservering/${r.reference}`, baseUrl),
  };
}

export interface PublicWaitlistJson {
  reference: string;
  status: "WAITING" | "OFFERED" | "ACCEPTED" | "EXPIRED" | "CANCELLED";
  product: string;
  productName: string;
  centre: string;
  centreName: string;
  /** place in line while WAITING (1 = next), otherwise null */
  position: number | null;
  /** an open offer: held until `expiresAt`; accept with POST /api/v1/waitlist/{reference}/accept */
  offer: { expiresAt: string; expired: boolean; pickupDates: string[] } | null;
  /** the reservation made when the offer was accepted */
  reservation: string | null;
  name: string;
  contact: string | null;
  url: string;
}

export function toPublicWaitlistEntry(e: PublicWaitlistEntry, baseUrl: string): PublicWaitlistJson {
  return {
    reference: e.reference,
    status: e.status,
    product: e.product.slug,
    productName: e.product.name,
    centre: e.centre.slug,
    centreName: e.centre.name,
    position: e.position,
    offer: e.offer ? { expiresAt: e.offer.expiresAt.toISOString(), expired: e.offer.expired, pickupDates: e.offer.pickupDays.map((d) => d.day) } : null,
    reservation: e.reservationReference,
    name: e.name,
    contact: e.contact,
    url: absolute(`/wachtlijst/${e.reference}`, baseUrl),
  };
}

/** The extra part of a 409 on POST /api/v1/reservations: how to join the waiting list instead. */
export function waitingListHint(input: { product: string; centre: string; lendsHere: boolean; nextAvailableDate: string | null; baseUrl: string }) {
  return {
    waitingList: {
      available: input.lendsHere,
      how: "POST /api/v1/waitlist",
      body: { product: input.product, centre: input.centre, name: "…", phone: "… of email", consent: true },
      url: absolute(`/reserveren/${encodeURIComponent(input.product)}/${encodeURIComponent(input.centre)}`, input.baseUrl),
    },
    nextAvailableDate: input.nextAvailableDate,
  };
}

/**
 * CORS for paths that also allow DELETE (the shared CORS headers list GET, POST, OPTIONS): the preflight answer and
 * the header for the actual responses.
 */
export function allowMethodsHeader(allow: readonly string[]): Record<string, string> {
  return { "Access-Control-Allow-Methods": allow.join(", ") };
}

export function preflightAllowing(allow: readonly string[]): Response {
  return new Response(null, {
    status: 204,
    headers: { ...CORS_HEADERS, ...allowMethodsHeader(allow), Allow: allow.join(", "), "Cache-Control": CACHE_PUBLIC },
  });
}
