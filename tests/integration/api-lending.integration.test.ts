/**
 * Lending in API v1, route handlers called directly with a Request against the seeded database: availability,
 * reservations (201 / 400 with field errors / 404 / 409 with the waiting-list hint), reading and cancelling by
 * reference, and the waiting list. Every JSON body is checked against the OpenAPI document.
 */
import { beforeAll, describe, expect, it } from "vitest";
import { GET as getAvailability, OPTIONS as optionsAvailability } from "@/app/api/v1/availability/route";
import { POST as postReservation } from "@/app/api/v1/reservations/route";
import { DELETE as deleteReservation, GET as getReservation, OPTIONS as optionsReservation } from "@/app/api/v1/reservations/[reference]/route";
import { POST as postWaitlist } from "@/app/api/v1/waitlist/route";
import { DELETE as deleteWaitlist, GET as getWaitlist } from "@/app/api/v1/waitlist/[reference]/route";
import { POST as acceptWaitlist } from "@/app/api/v1/waitlist/[reference]/accept/route";
import { GET as getOpenApi } from "@/app/api/v1/openapi.json/route";
import { openApiValidator, type OpenApiValidator } from "@/lib/api/openapi/validate";
import { RESERVATION_EXAMPLE_REQUEST, WAITLIST_EXAMPLE_REQUEST } from "@/lib/api/v1/lending.openapi";
import type { OpenApiDocument } from "@/lib/api/openapi";
import type { PublicAvailability, PublicReservationJson, PublicWaitlistJson } from "@/lib/api/v1/lending";
import { parseInput } from "@/lib/api/validate";
import { reservationRequestSchema, waitlistRequestSchema } from "@/lib/schemas/reservation";
import { getAvailability as availabilityOf } from "@/lib/server/lending/get-availability";
import { amsterdamToday } from "@/lib/server/lending/rules";
import { offerReturnedUnit } from "@/lib/server/lending/waitlist/offer-returned-unit";
import { addDays } from "@/lib/util/dates";
import { resetWithDemoData } from "./helpers";
import { controlledStock } from "./lending-fixtures";

type Db = Awaited<ReturnType<typeof resetWithDemoData>>;
type ErrorBody = { error: string; fields: Record<string, string[]> };
const BASE = "http://localhost:3000";

const jsonRequest = (path: string, method: string, body: unknown) =>
  new Request(`${BASE}${path}`, { method, body: JSON.stringify(body), headers: { "content-type": "application/json" } });
const params = (reference: string) => ({ params: Promise.resolve({ reference }) });

let db: Db;
let openapi: OpenApiDocument;
let validator: OpenApiValidator;
const fits = (name: string, body: unknown) => validator.schemaErrors(name, body);

beforeAll(async () => {
  db = await resetWithDemoData();
  openapi = (await (await getOpenApi(new Request(`${BASE}/api/v1/openapi.json`), undefined)).json()) as OpenApiDocument;
  validator = openApiValidator(openapi);
});

describe("GET /api/v1/availability", () => {
  const get = (query: string) => getAvailability(new Request(`${BASE}/api/v1/availability${query}`), undefined);

  it("gives per centre the same numbers as getAvailability, matching the document", async () => {
    const unit = await db.lendingUnit.findFirstOrThrow({ where: { status: "AVAILABLE", centre: { municipality: { slug: "den-haag" } } }, include: { product: true } });
    const response = await get(`?product=${unit.product.slug}&municipality=den-haag`);
    expect(response.status).toBe(200);
    expect(response.headers.get("cache-control")).toBe("no-store");
    expect(response.headers.get("access-control-allow-origin")).toBe("*");
    const body = (await response.json()) as PublicAvailability;
    expect(fits("Availability", body)).toEqual([]);
    expect(body.product.slug).toBe(unit.product.slug);
    expect(body.municipality).toEqual({ slug: "den-haag", name: "Den Haag" });

    const municipality = await db.municipality.findUniqueOrThrow({ where: { slug: "den-haag" }, include: { centres: true } });
    const truth = await availabilityOf({ municipalityId: municipality.id, productIds: [unit.productId] });
    expect(body.centres).toHaveLength(truth.length);
    for (const row of truth) {
      const centre = municipality.centres.find((c) => c.id === row.centreId)!;
      const out = body.centres.find((c) => c.centre.slug === centre.slug)!;
      expect(out).toMatchObject({ available: row.available, nextAvailableDate: row.nextAvailableDate });
      expect(out.reserveUrl).toBe(`${BASE}/reserveren/${unit.product.slug}/${centre.slug}`);
    }
    expect(body.centres.some((c) => c.available > 0)).toBe(true);
  });

  it("builds its links from the request's host when APP_URL is not set (never http://localhost for a real site)", async () => {
    const unit = await db.lendingUnit.findFirstOrThrow({ where: { status: "AVAILABLE", centre: { municipality: { slug: "den-haag" } } }, include: { product: true, centre: true } });
    const response = await getAvailability(
      new Request(`http://10.0.0.5:3000/api/v1/availability?product=${unit.product.slug}&municipality=den-haag`, {
        headers: { host: "10.0.0.5:3000", "x-forwarded-host": "ttv.denhaag.nl", "x-forwarded-proto": "https" },
      }),
      undefined,
    );
    const body = (await response.json()) as { centres: { centre: { slug: string }; reserveUrl: string }[] };
    expect(body.centres.find((c) => c.centre.slug === unit.centre.slug)?.reserveUrl).toBe(`https://ttv.denhaag.nl/reserveren/${unit.product.slug}/${unit.centre.slug}`);
  });

  it.each([
    ["no parameters", "", ["product", "municipality"]],
    ["no municipality", "?product=robotstofzuiger", ["municipality"]],
    ["a malformed product", "?product=Robot%20Zuiger&municipality=den-haag", ["product"]],
  ])("answers 400 with field errors for %s", async (_name, query, fields) => {
    const response = await get(query);
    expect(response.status).toBe(400);
    const body = (await response.json()) as ErrorBody;
    expect(fits("Error", body)).toEqual([]);
    expect(Object.keys(body.fields).sort()).toEqual([...fields].sort());
  });

  it("answers 404 for an unknown product or municipality", async () => {
    const product = await db.product.findFirstOrThrow({ where: { lendable: true } });
    expect((await get(`?product=bestaat-niet&municipality=den-haag`)).status).toBe(404);
    const response = await get(`?product=${product.slug}&municipality=atlantis`);
    expect(response.status).toBe(404);
    expect(fits("Error", await response.json())).toEqual([]);
  });

  it("answers the CORS preflight", async () => {
    const response = optionsAvailability();
    expect(response.status).toBe(204);
    expect(response.headers.get("allow")).toBe("GET, OPTIONS");
  });
});

describe("POST /api/v1/reservations of a monitoring product needs the resident's explicit yes", () => {
  let stock: Awaited<ReturnType<typeof controlledStock>>;
  let body: Record<string, unknown>;
  beforeAll(async () => {
    stock = await controlledStock(db, { centreSlug: "zorginnovatiehub-leyweg", productSlug: "gps-tracker", available: 1, prefix: "APIMON" });
    body = { product: "gps-tracker", centre: stock.centre.slug, pickupDate: stock.pickupDate, name: "API Inwoner", phone: "06 1234 5678", consent: true };
  });
  const post = (b: unknown) => postReservation(jsonRequest("/api/v1/reservations", "POST", b), undefined);

  it.each([
    ["without monitoringAgreed", {}],
    ["with monitoringAgreed false", { monitoringAgreed: false }],
  ])("refuses %s: 400 with a field error, nothing reserved", async (_name, change) => {
    const response = await post({ ...body, ...change });
    expect(response.status).toBe(400);
    const error = (await response.json()) as ErrorBody;
    expect(fits("Error", error)).toEqual([]);
    expect(error.fields.monitoringAgreed?.[0]).toMatch(/houdt iets bij/);
    expect(await db.lendingUnit.count({ where: { id: stock.units[0]!.id, status: "AVAILABLE" } })).toBe(1);
  });

  it("refuses monitoringAgreed that is not a boolean", async () => {
    const response = await post({ ...body, monitoringAgreed: "ja" });
    expect(response.status).toBe(400);
    expect(Object.keys(((await response.json()) as ErrorBody).fields)).toContain("monitoringAgreed");
  });

  it("reserves with monitoringAgreed true and keeps the yes as a monitoring consent", async () => {
    const response = await post({ ...body, monitoringAgreed: true });
    expect(response.status).toBe(201);
    const out = (await response.json()) as PublicReservationJson;
    const row = await db.reservation.findUniqueOrThrow({ where: { reference: out.reference }, include: { consents: true } });
    expect(row.consents.map((c) => c.purpose).sort()).toEqual(["monitoring", "reservation"]);
  });

  it("the waiting list asks the same: 400 without monitoringAgreed, 201 with it", async () => {
    const none = await controlledStock(db, { centreSlug: "mobilitheek-zuiderpark", productSlug: "gps-tracker", available: 0, parked: 1, prefix: "APIMONW" });
    const wait = { product: "gps-tracker", centre: none.centre.slug, name: "API Wachter", phone: "06 1234 5678", consent: true };
    const refused = await postWaitlist(jsonRequest("/api/v1/waitlist", "POST", wait), undefined);
    expect(refused.status).toBe(400);
    expect(Object.keys(((await refused.json()) as ErrorBody).fields)).toContain("monitoringAgreed");
    const joined = await postWaitlist(jsonRequest("/api/v1/waitlist", "POST", { ...wait, monitoringAgreed: true }), undefined);
    expect(joined.status).toBe(201);
  });

  it("a product that records nothing needs no monitoringAgreed", async () => {
    const plain = await controlledStock(db, { centreSlug: "zorginnovatiehub-leyweg", productSlug: "grijper", available: 1, prefix: "APIPLAIN" });
    const response = await post({ ...body, product: "grijper", pickupDate: plain.pickupDate });
    expect(response.status).toBe(201);
  });
});

describe("POST /api/v1/reservations, then GET and DELETE by reference", () => {
  let stock: Awaited<ReturnType<typeof controlledStock>>;
  let body: Record<string, unknown>;
  beforeAll(async () => {
    stock = await controlledStock(db, { centreSlug: "zorginnovatiehub-leyweg", available: 1, prefix: "API" });
    body = { product: stock.product.slug, centre: stock.centre.slug, pickupDate: stock.pickupDate, name: "API Inwoner", phone: "06 1234 5678", consent: true };
  });
  const post = (b: unknown) => postReservation(jsonRequest("/api/v1/reservations", "POST", b), undefined);

  it.each([
    ["consent false", { consent: false }, "consent"],
    ["consent missing", { consent: undefined }, "consent"],
    ["neither phone nor email", { phone: undefined }, "phone"],
    ["a bad email", { phone: undefined, email: "geen-adres" }, "email"],
    ["a pickup day in the past", { pickupDate: "2020-01-06" }, "pickupDate"],
    ["today as pickup day", { pickupDate: "TODAY" }, "pickupDate"],
    ["a pickup day the centre is closed", { pickupDate: "SUNDAY" }, "pickupDate"],
    ["a pickup date that is not a date", { pickupDate: "morgen" }, "pickupDate"],
    ["an unknown field", { extra: 1 }, "extra"],
  ])("answers 400 with a field error for %s", async (_name, change, field) => {
    const changed: Record<string, unknown> = { ...body, ...change };
    if (changed.pickupDate === "TODAY") changed.pickupDate = amsterdamToday(new Date());
    if (changed.pickupDate === "SUNDAY") changed.pickupDate = Array.from({ length: 8 }, (_, i) => addDays(stock.pickupDate, i)).find((d) => new Date(`${d}T00:00:00Z`).getUTCDay() === 0);
    const response = await post(changed);
    expect(response.status).toBe(400);
    const error = (await response.json()) as ErrorBody;
    expect(fits("Error", error)).toEqual([]);
    expect(Object.keys(error.fields)).toContain(field);
  });

  it("answers 404 for an unknown product or centre, 415 without JSON", async () => {
    expect((await post({ ...body, product: "bestaat-niet" })).status).toBe(404);
    expect((await post({ ...body, centre: "bestaat-niet" })).status).toBe(404);
    const text = await postReservation(new Request(`${BASE}/api/v1/reservations`, { method: "POST", body: "x", headers: { "content-type": "text/plain" } }), undefined);
    expect(text.status).toBe(415);
  });

  let reference: string;
  it("reserves: 201 with the reservation, matching the document", async () => {
    const response = await post(body);
    expect(response.status).toBe(201);
    const reservation = (await response.json()) as PublicReservationJson;
    expect(fits("Reservation", reservation)).toEqual([]);
    expect(reservation).toMatchObject({
      status: "RESERVED",
      product: stock.product.slug,
      centre: stock.centre.slug,
      pickupDate: stock.pickupDate,
      canCancel: true,
      contact: "06 ** ** 78",
    });
    expect(new Date(reservation.holdUntil).getTime()).toBeGreaterThan(Date.now());
    expect(response.headers.get("location")).toBe(`/api/v1/reservations/${reservation.reference}`);
    reference = reservation.reference;
  });

  it("answers 409 'niet meer beschikbaar' with how to join the waiting list when nothing is free", async () => {
    const response = await post({ ...body, name: "Tweede" });
    expect(response.status).toBe(409);
    const conflict = (await response.json()) as { error: string; waitingList: { available: boolean; how: string } };
    expect(fits("ReservationConflict", conflict)).toEqual([]);
    expect(conflict.error).toMatch(/niet meer beschikbaar/);
    expect(conflict.waitingList).toMatchObject({ available: true, how: "POST /api/v1/waitlist" });
  });

  it("shows the reservation to whoever has the reference (any spelling), 404 otherwise", async () => {
    const response = await getReservation(new Request(`${BASE}/api/v1/reservations/x`), params(`${reference.slice(0, 4).toLowerCase()}-${reference.slice(4)}`));
    expect(response.status).toBe(200);
    const reservation = (await response.json()) as PublicReservationJson;
    expect(fits("Reservation", reservation)).toEqual([]);
    expect(reservation.reference).toBe(reference);
    const missing = await getReservation(new Request(`${BASE}/api/v1/reservations/x`), params("ZZZZZZZZ"));
    expect(missing.status).toBe(404);
    expect(fits("Error", await missing.json())).toEqual([]);
  });

  it("cancels with DELETE: 200 CANCELLED, then 409; the unit is free again", async () => {
    const response = await deleteReservation(new Request(`${BASE}/api/v1/reservations/x`, { method: "DELETE" }), params(reference));
    expect(response.status).toBe(200);
    const reservation = (await response.json()) as PublicReservationJson;
    expect(fits("Reservation", reservation)).toEqual([]);
    expect(reservation).toMatchObject({ status: "CANCELLED", canCancel: false });
    expect(response.headers.get("access-control-allow-methods")).toContain("DELETE");
    const again = await deleteReservation(new Request(`${BASE}/api/v1/reservations/x`, { method: "DELETE" }), params(reference));
    expect(again.status).toBe(409);
    expect(((await again.json()) as ErrorBody).error).toMatch(/al geannuleerd/);
    expect((await db.lendingUnit.findUniqueOrThrow({ where: { id: stock.units[0]!.id } })).status).toBe("AVAILABLE");
    expect(optionsReservation().headers.get("access-control-allow-methods")).toBe("GET, DELETE, OPTIONS");
  });

  it("has request examples in the document that the API accepts", () => {
    expect(() => parseInput(reservationRequestSchema, RESERVATION_EXAMPLE_REQUEST)).not.toThrow();
    expect(() => parseInput(waitlistRequestSchema, WAITLIST_EXAMPLE_REQUEST)).not.toThrow();
    expect(fits("ReservationRequest", RESERVATION_EXAMPLE_REQUEST)).toEqual([]);
    expect(fits("WaitlistRequest", WAITLIST_EXAMPLE_REQUEST)).toEqual([]);
  });
});

describe("the waiting list through the API", () => {
  let stock: Awaited<ReturnType<typeof controlledStock>>;
  beforeAll(async () => {
    stock = await controlledStock(db, { centreSlug: "mobilitheek-zuiderpark", available: 0, parked: 1, prefix: "APIWAIT" });
  });
  const join = (b: unknown) => postWaitlist(jsonRequest("/api/v1/waitlist", "POST", b), undefined);

  it("joins (201), shows the place in line, accepts an offer (201 reservation) and refuses to leave afterwards (409)", async () => {
    const body = { product: stock.product.slug, centre: stock.centre.slug, name: "Wachter", email: "wachter@voorbeeld.nl", consent: true };
    expect((await join({ ...body, consent: false })).status).toBe(400);
    const response = await join(body);
    expect(response.status).toBe(201);
    const entry = (await response.json()) as PublicWaitlistJson;
    expect(fits("WaitlistEntry", entry)).toEqual([]);
    expect(entry).toMatchObject({ status: "WAITING", position: 1, offer: null, reservation: null });

    // no offer yet
    const early = await acceptWaitlist(jsonRequest("/x", "POST", { pickupDate: stock.pickupDate }), params(entry.reference));
    expect(early.status).toBe(409);

    await db.$transaction(async (tx) => {
      await tx.lendingUnit.update({ where: { id: stock.units[0]!.id }, data: { status: "AVAILABLE" } });
      await offerReturnedUnit(tx, stock.units[0]!.id);
    });
    const offered = (await (await getWaitlist(new Request(`${BASE}/x`), params(entry.reference))).json()) as PublicWaitlistJson;
    expect(fits("WaitlistEntry", offered)).toEqual([]);
    expect(offered.status).toBe("OFFERED");
    expect(offered.offer?.pickupDates).toContain(stock.pickupDate);

    const bad = await acceptWaitlist(jsonRequest("/x", "POST", { pickupDate: "2020-01-01" }), params(entry.reference));
    expect(bad.status).toBe(400);
    const accepted = await acceptWaitlist(jsonRequest("/x", "POST", { pickupDate: stock.pickupDate }), params(entry.reference));
    expect(accepted.status).toBe(201);
    const reservation = (await accepted.json()) as PublicReservationJson;
    expect(fits("Reservation", reservation)).toEqual([]);
    expect(reservation.status).toBe("RESERVED");

    const after = (await (await getWaitlist(new Request(`${BASE}/x`), params(entry.reference))).json()) as PublicWaitlistJson;
    expect(after).toMatchObject({ status: "ACCEPTED", reservation: reservation.reference });
    const leave = await deleteWaitlist(new Request(`${BASE}/x`, { method: "DELETE" }), params(entry.reference));
    expect(leave.status).toBe(409);
  });

  it("refuses to queue when one is free (409) and leaves with DELETE (200)", async () => {
    const free = await db.lendingUnit.findFirstOrThrow({ where: { status: "AVAILABLE", centre: { slug: "zorginnovatiehub-leyweg" } }, include: { product: true } });
    const conflict = await join({ product: free.product.slug, centre: "zorginnovatiehub-leyweg", name: "X", phone: "0612345678", consent: true });
    expect(conflict.status).toBe(409);

    const second = (await (await join({ product: stock.product.slug, centre: stock.centre.slug, name: "Vertrekker", phone: "0612345678", consent: true })).json()) as PublicWaitlistJson;
    const leave = await deleteWaitlist(new Request(`${BASE}/x`, { method: "DELETE" }), params(second.reference));
    expect(leave.status).toBe(200);
    const left = (await leave.json()) as PublicWaitlistJson;
    expect(fits("WaitlistEntry", left)).toEqual([]);
    expect(left.status).toBe("CANCELLED");
    expect((await getWaitlist(new Request(`${BASE}/x`), params("ZZZZZZZZ"))).status).toBe(404);
  });
});
