/**
 * The lending rules against a real PostgreSQL: reserve, cancel, expire, confirm, extend, the waiting list, consent
 * and erasure dates, and that another centre's staff cannot touch a reservation (NOT_FOUND, not FORBIDDEN).
 */
import { beforeAll, describe, expect, it } from "vitest";
import type { Actor } from "@/lib/auth/permissions";
import { cancelReservation } from "@/lib/server/lending/cancel-reservation";
import { confirmReservation } from "@/lib/server/lending/confirm-reservation";
import { RESERVATION_CONSENT_VERSION, WAITLIST_CONSENT_VERSION } from "@/lib/server/lending/consent-text";
import { testSystemActor } from "@/tests/support/actors";
import { expireReservations } from "@/lib/server/lending/expire-reservations";
import { extendLoan } from "@/lib/server/lending/extend-loan";
import { getReservationByReference } from "@/lib/server/lending/get-reservation-by-reference";
import { getReserveOptions } from "@/lib/server/lending/get-reserve-options";
import { reserveUnit } from "@/lib/server/lending/reserve-unit";
import { calendarOf, lastPickupFor } from "@/lib/server/lending/rules";
import { acceptOffer } from "@/lib/server/lending/waitlist/accept-offer";
import { cancelWaitlistEntry } from "@/lib/server/lending/waitlist/cancel-waitlist-entry";
import { expireOffers } from "@/lib/server/lending/waitlist/expire-offers";
import { getWaitlistEntryByReference } from "@/lib/server/lending/waitlist/get-waitlist-entry-by-reference";
import { joinWaitlist } from "@/lib/server/lending/waitlist/join-waitlist";
import { offerReturnedUnit } from "@/lib/server/lending/waitlist/offer-returned-unit";
import { addDays, isoDateInAmsterdam } from "@/lib/util/dates";
import { openingDayOnOrAfter } from "@/lib/server/lending/calendar";
import { resetWithDemoData } from "./helpers";
import { actorFor, controlledStock } from "./lending-fixtures";

type Db = Awaited<ReturnType<typeof resetWithDemoData>>;
const DAY = 86_400_000;
const HOUR = 3_600_000;

let db: Db;
let leywegStaff: Actor;
let centrumStaff: Actor;
let consultant: Actor;

beforeAll(async () => {
  db = await resetWithDemoData();
  leywegStaff = await actorFor(db, "medewerker@leyweg.demo");
  centrumStaff = await actorFor(db, "medewerker@centrum.demo");
  consultant = await actorFor(db, "consulent@denhaag.demo");
});

describe("reserveUnit of a monitoring product", () => {
  it("refuses without the explicit yes (whoever reserves), and reserves with it", async () => {
    const stock = await controlledStock(db, { centreSlug: "zorginnovatiehub-leyweg", productSlug: "medicijndispenser", available: 1, prefix: "MON" });
    const input = { productSlug: "medicijndispenser", centreSlug: "zorginnovatiehub-leyweg", pickupDate: stock.pickupDate, name: "Meneer Dispenser", phone: "0612345678", consent: true };
    for (const monitoringAgreed of [undefined, false]) {
      const error = await reserveUnit({ ...input, monitoringAgreed }).catch((e: unknown) => e);
      expect(error).toMatchObject({ code: "INVALID", fields: { monitoringAgreed: [expect.stringMatching(/houdt iets bij/)] } });
    }
    const staff = await actorFor(db, "medewerker@leyweg.demo");
    await expect(reserveUnit({ ...input, actor: staff })).rejects.toMatchObject({ code: "INVALID" });
    expect((await db.lendingUnit.findUniqueOrThrow({ where: { id: stock.units[0]!.id } })).status).toBe("AVAILABLE");

    const r = await reserveUnit({ ...input, monitoringAgreed: true });
    const consent = await db.consent.findFirstOrThrow({ where: { reservation: { reference: r.reference }, purpose: "monitoring" } });
    expect(consent.given).toBe(true);
    expect(consent.textVersion).toMatch(/:medicijndispenser$/);
  });
});

describe("joinWaitlist for a monitoring product", () => {
  it("refuses without the explicit yes (an offer later becomes a reservation without asking), and keeps the yes", async () => {
    const stock = await controlledStock(db, { centreSlug: "mobilitheek-zuiderpark", productSlug: "gps-tracker", available: 0, parked: 1, prefix: "MONW" });
    const input = { productSlug: "gps-tracker", centreSlug: stock.centre.slug, name: "Meneer Wacht", phone: "0612345678", consent: true };
    await expect(joinWaitlist(input)).rejects.toMatchObject({ code: "INVALID", fields: { monitoringAgreed: [expect.stringMatching(/houdt iets bij/)] } });
    const joined = await joinWaitlist({ ...input, monitoringAgreed: true });
    const consents = await db.consent.findMany({ where: { waitlistEntry: { reference: joined.reference } }, orderBy: { purpose: "asc" } });
    expect(consents.map((c) => c.purpose)).toEqual(["monitoring", "waitlist"]);
  });
});

describe("reserveUnit", () => {
  let stock: Awaited<ReturnType<typeof controlledStock>>;
  beforeAll(async () => {
    stock = await controlledStock(db, { centreSlug: "zorginnovatiehub-leyweg", available: 3, prefix: "RES" });
  });

  it("reserves a unit, stores consent, sets the hold and the erasure date, and queues a confirmation", async () => {
    const before = Date.now();
    const r = await reserveUnit({ productSlug: stock.product.slug, centreSlug: "zorginnovatiehub-leyweg", pickupDate: stock.pickupDate, name: "Mevrouw Test", email: "Test@Voorbeeld.nl", consent: true });
    expect(r.reference).toMatch(/^[23456789BCDFGHJKMNPQRSTVWXYZ]{8}$/);
    expect(r.status).toBe("RESERVED");
    expect(r.pickupDate).toBe(stock.pickupDate);
    // held the pickup day and one more OPENING day (RESERVATION_HOLD_HOURS 24), until closing time (issue 8: was midnight + 24 h)
    const closedDays = await db.closedDay.findMany({ where: { centreId: stock.centre.id } });
    const last = lastPickupFor(calendarOf({ openingHours: stock.centre.openingHours, closedDays }), stock.pickupDate, 1)!;
    expect(r.holdUntil.getTime()).toBe(last.until.getTime());
    expect(last.closes).toBe("17:00");
    expect(last.day > stock.pickupDate).toBe(true);
    expect(r.eraseAfter.getTime()).toBe(r.holdUntil.getTime() + 90 * DAY);

    const row = await db.reservation.findUniqueOrThrow({ where: { reference: r.reference }, include: { consents: true, unit: true } });
    expect(row.email).toBe("test@voorbeeld.nl");
    expect(row.phone).toBeNull();
    expect(row.unit.status).toBe("RESERVED");
    expect(row.consents).toHaveLength(1);
    expect(row.consents[0]).toMatchObject({ purpose: "reservation", given: true, textVersion: RESERVATION_CONSENT_VERSION });
    expect(row.eraseAfter.getTime()).toBe(r.eraseAfter.getTime());

    const events = await db.unitEvent.findMany({ where: { unitId: row.unitId, action: "reserved" } });
    expect(events).toHaveLength(1);
    expect(events[0]).toMatchObject({ fromStatus: "AVAILABLE", toStatus: "RESERVED" });
    const message = await db.outboxMessage.findUniqueOrThrow({ where: { dedupeKey: `reservation_confirmation:${row.id}` } });
    expect(message).toMatchObject({ kind: "reservation_confirmation", channel: "email", toAddress: "test@voorbeeld.nl", status: "PENDING", centreId: stock.centre.id });
    expect(message.body).toContain(`${r.reference.slice(0, 4)}-${r.reference.slice(4)}`);
    expect(message.body).toMatch(/identiteitsbewijs/);
    const audit = await db.auditEvent.findFirstOrThrow({ where: { entityId: row.id, action: "reservation.create" } });
    expect(JSON.stringify(audit.details)).not.toContain("voorbeeld.nl");
    expect(row.createdAt.getTime()).toBeGreaterThanOrEqual(before - 1000);
  });

  it.each([
    ["consent not given", { consent: false }, "consent"],
    ["neither phone nor e-mail", { email: null, phone: null }, "phone"],
    ["a phone number that is too short", { email: null, phone: "12345" }, "phone"],
    ["no name", { name: "  " }, "name"],
    ["a pickup day in the past", { pickupDate: "2020-01-06" }, "pickupDate"],
    ["a day that does not exist", { pickupDate: "2026-02-30" }, "pickupDate"],
  ])("refuses %s with a field error", async (_name, change, field) => {
    const input = { productSlug: stock.product.slug, centreSlug: "zorginnovatiehub-leyweg", pickupDate: stock.pickupDate, name: "Iemand", email: "iemand@voorbeeld.nl", consent: true, ...change };
    const error = await reserveUnit(input as Parameters<typeof reserveUnit>[0]).catch((e: unknown) => e);
    expect(error).toMatchObject({ code: "INVALID" });
    expect(Object.keys((error as { fields: object }).fields)).toContain(field);
  });

  it("refuses a day the centre is closed (Sunday)", async () => {
    const sunday = Array.from({ length: 8 }, (_, i) => addDays(stock.pickupDate, i)).find((d) => new Date(`${d}T00:00:00Z`).getUTCDay() === 0)!;
    await expect(reserveUnit({ productSlug: stock.product.slug, centreSlug: "zorginnovatiehub-leyweg", pickupDate: sunday, name: "Iemand", phone: "0612345678", consent: true })).rejects.toMatchObject({
      code: "INVALID",
      fields: { pickupDate: [expect.stringMatching(/dicht/)] },
    });
  });

  it("says NOT_FOUND for an unknown product or centre, INVALID for a product that is not lent", async () => {
    const base = { pickupDate: stock.pickupDate, name: "Iemand", phone: "0612345678", consent: true };
    await expect(reserveUnit({ ...base, productSlug: "bestaat-niet", centreSlug: "zorginnovatiehub-leyweg" })).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(reserveUnit({ ...base, productSlug: stock.product.slug, centreSlug: "bestaat-niet" })).rejects.toMatchObject({ code: "NOT_FOUND" });
    const notLent = await db.product.findFirst({ where: { lendable: false } });
    if (notLent) await expect(reserveUnit({ ...base, productSlug: notLent.slug, centreSlug: "zorginnovatiehub-leyweg" })).rejects.toMatchObject({ code: "INVALID" });
  });

  it("lets a consultant reserve for a case of their own municipality, and not for another's", async () => {
    const kase = await db.case.create({
      data: { reference: "CASE0001", municipalityId: consultant.municipalityId!, consultantId: consultant.userId, residentName: "Meneer Casus", eraseAfter: new Date(Date.now() + 90 * DAY) },
    });
    const r = await reserveUnit({ productSlug: stock.product.slug, centreSlug: "zorginnovatiehub-leyweg", pickupDate: stock.pickupDate, name: "Meneer Casus", phone: "0612345678", consent: true, actor: consultant, caseId: kase.id });
    const row = await db.reservation.findUniqueOrThrow({ where: { reference: r.reference }, include: { consents: true } });
    expect(row).toMatchObject({ caseId: kase.id, createdById: consultant.userId });
    expect(row.consents[0]?.caseId).toBe(kase.id);

    const rijswijk = await actorFor(db, "consulent@rijswijk.demo");
    await expect(
      reserveUnit({ productSlug: stock.product.slug, centreSlug: "zorginnovatiehub-leyweg", pickupDate: stock.pickupDate, name: "X", phone: "0612345678", consent: true, actor: rijswijk, caseId: kase.id }),
    ).rejects.toMatchObject({ code: "NOT_FOUND" });
  });
});

describe("cancel, confirm, expire", () => {
  let stock: Awaited<ReturnType<typeof controlledStock>>;
  const reserve = (name: string) =>
    reserveUnit({ productSlug: stock.product.slug, centreSlug: "zorginnovatiehub-leyweg", pickupDate: stock.pickupDate, name, phone: "06 1234 5678", consent: true });

  beforeAll(async () => {
    stock = await controlledStock(db, { centreSlug: "zorginnovatiehub-leyweg", productSlug: undefined, available: 4, prefix: "CCE" });
  });

  it("the resident cancels with the reference: the unit is free again, the erasure date moves; twice is a CONFLICT", async () => {
    const r = await reserve("Annuleert Zelf");
    const now = new Date();
    const cancelled = await cancelReservation({ reference: r.reference.toLowerCase(), now });
    expect(cancelled).toMatchObject({ reference: r.reference, status: "CANCELLED", offeredToWaitlist: false });
    const row = await db.reservation.findUniqueOrThrow({ where: { reference: r.reference }, include: { unit: true } });
    expect(row.status).toBe("CANCELLED");
    expect(row.cancelledAt?.getTime()).toBe(now.getTime());
    expect(row.eraseAfter.getTime()).toBe(now.getTime() + 90 * DAY);
    expect(row.unit.status).toBe("AVAILABLE");
    expect(await db.unitEvent.count({ where: { unitId: row.unitId, action: "reservation_cancelled" } })).toBe(1);
    await expect(cancelReservation({ reference: r.reference })).rejects.toMatchObject({ code: "CONFLICT" });
    await expect(cancelReservation({ reference: "ONBEKEND" })).rejects.toMatchObject({ code: "NOT_FOUND" });
  });

  it("staff of another centre get NOT_FOUND for confirm and cancel by id; the centre's own staff can do both", async () => {
    const r = await reserve("Balie Test");
    await expect(confirmReservation({ actor: centrumStaff, reservationId: r.id })).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(cancelReservation({ actor: centrumStaff, reservationId: r.id })).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(cancelReservation({ actor: consultant, reservationId: r.id })).rejects.toMatchObject({ code: "NOT_FOUND" });
    expect((await db.reservation.findUniqueOrThrow({ where: { id: r.id } })).status).toBe("RESERVED");

    const confirmed = await confirmReservation({ actor: leywegStaff, reservationId: r.id });
    expect(confirmed.confirmedAt).toBeInstanceOf(Date);
    const again = await confirmReservation({ actor: leywegStaff, reservationId: r.id });
    expect(again.confirmedAt.getTime()).toBe(confirmed.confirmedAt.getTime());
    expect(await db.auditEvent.count({ where: { entityId: r.id, action: "reservation.confirm", actorId: leywegStaff.userId } })).toBe(1);

    const cancelled = await cancelReservation({ actor: leywegStaff, reservationId: r.id, reason: "Kapot" });
    expect(cancelled.status).toBe("CANCELLED");
    await expect(confirmReservation({ actor: leywegStaff, reservationId: r.id })).rejects.toMatchObject({ code: "CONFLICT" });
  });

  it("a reservation not picked up expires after holdUntil and frees the unit; not before", async () => {
    const r = await reserve("Vergeet Ophalen");
    await expireReservations({ actor: testSystemActor("lending-sweep"), now: new Date(r.holdUntil.getTime() - 60_000) });
    expect((await db.reservation.findUniqueOrThrow({ where: { id: r.id } })).status).toBe("RESERVED");

    const after = new Date(r.holdUntil.getTime() + 60_000);
    const result = await expireReservations({ actor: testSystemActor("lending-sweep"), now: after });
    expect(result.expired).toBeGreaterThanOrEqual(1);
    const row = await db.reservation.findUniqueOrThrow({ where: { id: r.id }, include: { unit: true } });
    expect(row.status).toBe("EXPIRED");
    expect(row.unit.status).toBe("AVAILABLE");
    expect(row.eraseAfter.getTime()).toBe(after.getTime() + 90 * DAY);
    await expect(cancelReservation({ reference: r.reference })).rejects.toMatchObject({ code: "CONFLICT", message: expect.stringMatching(/verlopen/) });
  });

  it("shows the reservation to whoever has the reference, with the contact masked", async () => {
    const r = await reserve("Mevrouw Inzage");
    const view = await getReservationByReference({ reference: `${r.reference.slice(0, 4)}-${r.reference.slice(4)}` });
    expect(view).toMatchObject({ reference: r.reference, status: "RESERVED", name: "Mevrouw Inzage", contact: "06 ** ** 78", canCancel: true, pickupDate: stock.pickupDate });
    expect(view?.pickupSlots.length).toBeGreaterThan(0);
    expect(await getReservationByReference({ reference: "ZZZZZZZZ" })).toBeNull();
  });
});

describe("extendLoan", () => {
  it("adds the product's loan period when nobody waits; refuses when someone waits; other centres get NOT_FOUND", async () => {
    const loan = await db.loan.findFirstOrThrow({
      where: { status: "ACTIVE", unit: { centreId: { in: leywegStaff.centreIds } } },
      include: { unit: { include: { product: true } } },
    });
    await db.waitlistEntry.deleteMany({ where: { productId: loan.unit.productId, centreId: loan.unit.centreId } });

    await expect(extendLoan({ actor: centrumStaff, loanId: loan.id })).rejects.toMatchObject({ code: "NOT_FOUND" });
    const extended = await extendLoan({ actor: leywegStaff, loanId: loan.id });
    expect(extended.extensions).toBe(1);
    // the loan period added, moved to a day the centre is open (issue 8)
    const centre = await db.lendingCentre.findUniqueOrThrow({ where: { id: loan.unit.centreId }, include: { openingHours: true, closedDays: true } });
    const plainDue = addDays(isoDateInAmsterdam(loan.dueAt), loan.unit.product.loanPeriodDays);
    expect(isoDateInAmsterdam(extended.dueAt)).toBe(openingDayOnOrAfter(calendarOf(centre), plainDue));
    const reservation = await db.reservation.findUniqueOrThrow({ where: { id: loan.reservationId! } });
    expect(reservation.eraseAfter.getTime()).toBe(extended.dueAt.getTime() + 90 * DAY);

    await db.waitlistEntry.create({
      data: { reference: "WACHT001", productId: loan.unit.productId, centreId: loan.unit.centreId, name: "Wachtende", phone: "0612345678", eraseAfter: new Date(Date.now() + 90 * DAY) },
    });
    await expect(extendLoan({ actor: leywegStaff, loanId: loan.id })).rejects.toMatchObject({ code: "CONFLICT", message: expect.stringMatching(/wacht/) });
    expect((await db.loan.findUniqueOrThrow({ where: { id: loan.id } })).extensions).toBe(1);
  });
});

describe("the waiting list", () => {
  let stock: Awaited<ReturnType<typeof controlledStock>>;
  const t0 = new Date();
  const join = (name: string, at: number) =>
    joinWaitlist({ productSlug: stock.product.slug, centreSlug: "mobilitheek-zuiderpark", name, email: `${name.toLowerCase()}@voorbeeld.nl`, consent: true, now: new Date(t0.getTime() + at) });
  const returnUnit = async (unitId: string, now: Date) =>
    db.$transaction(async (tx) => {
      await tx.lendingUnit.update({ where: { id: unitId }, data: { status: "AVAILABLE" } });
      return offerReturnedUnit(tx, unitId, now);
    });

  beforeAll(async () => {
    stock = await controlledStock(db, { centreSlug: "mobilitheek-zuiderpark", available: 0, parked: 3, prefix: "WAIT" });
  });

  it("is only for a centre that lends the product and has none free", async () => {
    const elsewhere = await db.lendingCentre.findFirstOrThrow({ where: { units: { none: { productId: stock.product.id, status: { not: "RETIRED" } } } } });
    await expect(joinWaitlist({ productSlug: stock.product.slug, centreSlug: elsewhere.slug, name: "X", phone: "0612345678", consent: true })).rejects.toMatchObject({
      code: "INVALID",
      fields: { centre: expect.any(Array) },
    });
    const freeHere = await db.lendingUnit.findFirstOrThrow({ where: { status: "AVAILABLE", centre: { slug: "zorginnovatiehub-leyweg" } }, include: { product: true } });
    await expect(joinWaitlist({ productSlug: freeHere.product.slug, centreSlug: "zorginnovatiehub-leyweg", name: "X", phone: "0612345678", consent: true })).rejects.toMatchObject({
      code: "CONFLICT",
    });
    await expect(joinWaitlist({ productSlug: stock.product.slug, centreSlug: "mobilitheek-zuiderpark", name: "X", phone: "0612345678", consent: false })).rejects.toMatchObject({
      code: "INVALID",
      fields: { consent: expect.any(Array) },
    });
  });

  it("queues people in order, stores their consent and tells them their place", async () => {
    const anna = await join("Anna", 0);
    const bram = await join("Bram", 1000);
    const cor = await join("Cor", 2000);
    expect([anna.position, bram.position, cor.position]).toEqual([1, 2, 3]);
    const consent = await db.consent.findFirstOrThrow({ where: { waitlistEntry: { reference: anna.reference } } });
    expect(consent).toMatchObject({ purpose: "waitlist", given: true, textVersion: WAITLIST_CONSENT_VERSION });
    expect(await db.outboxMessage.count({ where: { kind: "waitlist_confirmation", toAddress: "anna@voorbeeld.nl" } })).toBe(1);
    const options = await getReserveOptions({ productSlug: stock.product.slug, centreSlug: "mobilitheek-zuiderpark" });
    expect(options).toMatchObject({ lendsHere: true, available: 0, waiting: 3 });
  });

  it("offers a returned unit to the first in line, who accepts it and gets a reservation", async () => {
    const unit = stock.units[0]!;
    const offer = await returnUnit(unit.id, new Date());
    expect(offer).not.toBeNull();
    const anna = await db.waitlistEntry.findUniqueOrThrow({ where: { id: offer!.entryId } });
    expect(anna).toMatchObject({ name: "Anna", status: "OFFERED", offeredUnitId: unit.id });
    expect(anna.offerExpiresAt!.getTime() - Date.now()).toBeGreaterThan(47 * HOUR);
    expect((await db.lendingUnit.findUniqueOrThrow({ where: { id: unit.id } })).status).toBe("RESERVED");
    expect(await db.outboxMessage.count({ where: { kind: "waitlist_offer", dedupeKey: { startsWith: `waitlist_offer:${anna.id}` } } })).toBe(1);

    const view = await getWaitlistEntryByReference({ reference: anna.reference });
    expect(view?.offer?.expired).toBe(false);
    expect(view?.offer?.pickupDays.length).toBeGreaterThan(0);
    const bramView = await getWaitlistEntryByReference({ reference: (await db.waitlistEntry.findFirstOrThrow({ where: { name: "Bram" } })).reference });
    expect(bramView?.position).toBe(1);

    const reservation = await acceptOffer({ reference: anna.reference, pickupDate: stock.pickupDate });
    expect(reservation.status).toBe("RESERVED");
    const entry = await db.waitlistEntry.findUniqueOrThrow({ where: { id: anna.id }, include: { reservation: { include: { consents: true } } } });
    expect(entry.status).toBe("ACCEPTED");
    expect(entry.reservation?.reference).toBe(reservation.reference);
    expect(entry.reservation?.unitId).toBe(unit.id);
    expect(entry.reservation?.consents[0]).toMatchObject({ purpose: "reservation", textVersion: WAITLIST_CONSENT_VERSION });
    await expect(acceptOffer({ reference: anna.reference, pickupDate: stock.pickupDate })).rejects.toMatchObject({ code: "CONFLICT" });
  });

  it("passes an offer nobody accepted to the next in line after its deadline", async () => {
    const unit = stock.units[1]!;
    const offer = await returnUnit(unit.id, new Date());
    const bram = await db.waitlistEntry.findUniqueOrThrow({ where: { id: offer!.entryId } });
    expect(bram.name).toBe("Bram");

    expect((await expireOffers({ actor: testSystemActor("lending-sweep"), now: new Date(bram.offerExpiresAt!.getTime() - 60_000) })).expired).toBe(0);
    const late = new Date(bram.offerExpiresAt!.getTime() + 60_000);
    await expect(acceptOffer({ reference: bram.reference, pickupDate: stock.pickupDate, now: late })).rejects.toMatchObject({ code: "GONE" });
    const result = await expireOffers({ actor: testSystemActor("lending-sweep"), now: late });
    expect(result).toEqual({ expired: 1, passedOn: 1 });
    expect((await db.waitlistEntry.findUniqueOrThrow({ where: { id: bram.id } })).status).toBe("EXPIRED");
    const cor = await db.waitlistEntry.findFirstOrThrow({ where: { name: "Cor" } });
    expect(cor).toMatchObject({ status: "OFFERED", offeredUnitId: unit.id });
    expect((await db.lendingUnit.findUniqueOrThrow({ where: { id: unit.id } })).status).toBe("RESERVED");
  });

  it("declining an offer passes the unit on (or frees it when nobody else waits)", async () => {
    const cor = await db.waitlistEntry.findFirstOrThrow({ where: { name: "Cor" } });
    await cancelWaitlistEntry({ reference: cor.reference });
    expect((await db.waitlistEntry.findUniqueOrThrow({ where: { id: cor.id } })).status).toBe("CANCELLED");
    expect((await db.lendingUnit.findUniqueOrThrow({ where: { id: cor.offeredUnitId! } })).status).toBe("AVAILABLE");
    await expect(cancelWaitlistEntry({ reference: cor.reference })).rejects.toMatchObject({ code: "CONFLICT" });
  });

  it("a cancelled reservation goes straight to the waiting list", async () => {
    // the unit freed above is free now: reserve it, then someone joins once nothing is free, then cancel
    const r = await reserveUnit({ productSlug: stock.product.slug, centreSlug: "mobilitheek-zuiderpark", pickupDate: stock.pickupDate, name: "Eerst", phone: "0612345678", consent: true });
    const dirk = await join("Dirk", 10_000);
    const cancelled = await cancelReservation({ reference: r.reference });
    expect(cancelled.offeredToWaitlist).toBe(true);
    expect((await db.waitlistEntry.findUniqueOrThrow({ where: { reference: dirk.reference } })).status).toBe("OFFERED");
  });
});
