/**
 * Lending rules against a real database (issue 8): the resident-facing status after a return, extension limits,
 * holding periods in opening days and closed days, walk-in loans.
 */
import { beforeAll, describe, expect, it } from "vitest";
import type { Actor } from "@/lib/auth/permissions";
import { toPublicReservation } from "@/lib/api/v1/lending";
import { handOver } from "@/lib/server/desk/hand-over";
import { getReservation } from "@/lib/server/desk/get-reservation";
import { takeBack } from "@/lib/server/desk/take-back";
import { getReservationByReference } from "@/lib/server/lending/get-reservation-by-reference";
import { reserveUnit } from "@/lib/server/lending/reserve-unit";
import { getReserveOptions } from "@/lib/server/lending/get-reserve-options";
import { amsterdamToday, calendarOf, lastPickupFor, nextPickupDays } from "@/lib/server/lending/rules";
import { holdUntilText } from "@/lib/server/lending/calendar";
import { addDays, dayToDate, isoDateInAmsterdam } from "@/lib/util/dates";
import { extendLoan } from "@/lib/server/lending/extend-loan";
import { extendAtDesk } from "@/lib/server/desk/extend-at-desk";
import { findByCode } from "@/lib/server/desk/find-by-code";
import { lendWalkIn } from "@/lib/server/desk/lend-walk-in";
import { resetWithDemoData } from "./helpers";
import { actorFor, controlledStock } from "./lending-fixtures";

type Db = Awaited<ReturnType<typeof resetWithDemoData>>;
let db: Db;
let leyweg: Actor;

beforeAll(async () => {
  db = await resetWithDemoData();
  leyweg = await actorFor(db, "medewerker@leyweg.demo");
});

/** A complete check-out / check-in for a product. */
async function checkout(productId: string) {
  const { checklist } = await db.product.findUniqueOrThrow({ where: { id: productId }, select: { checklist: true } });
  return { items: checklist, explained: true, idChecked: true };
}
async function checkin(productId: string) {
  const { checklist } = await db.product.findUniqueOrThrow({ where: { id: productId }, select: { checklist: true } });
  return { items: checklist, needsCleaning: false, damage: false, note: "" };
}

describe("the resident's status follows the real state", () => {
  it("says 'teruggebracht' (not 'u leent het nu') after the item came back, on the page data, the API and the desk", async () => {
    const stock = await controlledStock(db, { centreSlug: "zorginnovatiehub-leyweg", available: 1, prefix: "STATUS" });
    const r = await reserveUnit({ productSlug: stock.product.slug, centreSlug: "zorginnovatiehub-leyweg", pickupDate: stock.pickupDate, name: "Mevrouw Status", phone: "0612345678", consent: true });
    expect((await getReservationByReference({ reference: r.reference }))?.residentStatus.state).toBe("reserved");

    const { loanId } = await handOver({ actor: leyweg, reservationId: r.id, checklist: await checkout(stock.product.id) });
    const lent = await getReservationByReference({ reference: r.reference });
    expect(lent?.residentStatus).toMatchObject({ state: "on_loan", text: expect.stringMatching(/U leent het hulpmiddel nu/) });

    await takeBack({ actor: leyweg, loanId, checklist: await checkin(stock.product.id) });
    const back = await getReservationByReference({ reference: r.reference });
    expect(back?.status).toBe("PICKED_UP");
    expect(back?.residentStatus.state).toBe("returned");
    expect(back?.residentStatus.text).not.toMatch(/leent het hulpmiddel nu/);
    const json = toPublicReservation(back!, "https://ttv.example.nl");
    expect(json).toMatchObject({ status: "PICKED_UP", state: "returned", stateText: back!.residentStatus.text });
    const desk = await getReservation({ actor: leyweg, reservationId: r.id });
    expect(desk.residentStatus).toEqual(back!.residentStatus);
  });
});

describe("closed days and holding periods in opening days", () => {
  it("skips a closed day when offering pickup days, refuses it as a pickup day, and holds until closing time of the next OPENING day", async () => {
    const stock = await controlledStock(db, { centreSlug: "mobilitheek-zuiderpark", available: 2, prefix: "CLOSED" });
    const today = amsterdamToday(new Date());
    const centre = await db.lendingCentre.findUniqueOrThrow({ where: { id: stock.centre.id }, include: { openingHours: true, closedDays: true } });
    const open = nextPickupDays(calendarOf(centre), today, 10).map((d) => d.day);
    const [pickupDay, closedDay, after] = open as [string, string, string];
    await db.closedDay.create({ data: { centreId: centre.id, date: closedDay, reason: "Studiedag" } });

    const options = await getReserveOptions({ productSlug: stock.product.slug, centreSlug: "mobilitheek-zuiderpark" });
    expect(options?.pickupDays.map((d) => d.day)).not.toContain(closedDay);
    expect(options?.pickupDays.map((d) => d.day)).toContain(after);

    await expect(
      reserveUnit({ productSlug: stock.product.slug, centreSlug: "mobilitheek-zuiderpark", pickupDate: closedDay, name: "Mevrouw Dicht", phone: "0612345678", consent: true }),
    ).rejects.toMatchObject({ code: "INVALID", fields: { pickupDate: [expect.stringMatching(/dicht/)] } });

    const r = await reserveUnit({ productSlug: stock.product.slug, centreSlug: "mobilitheek-zuiderpark", pickupDate: pickupDay, name: "Mevrouw Open", email: "open@voorbeeld.nl", consent: true });
    // held the pickup day and one more opening day: the closed day is skipped, until 16.30 (closing time) on the day after
    const expected = lastPickupFor({ hours: centre.openingHours, closedDays: [closedDay] }, pickupDay, 1)!;
    expect(expected.day).toBe(after);
    expect(r.holdUntil.toISOString()).toBe(expected.until.toISOString());
    expect(holdUntilText(r.holdUntil)).toMatch(/om 16\.30 uur$/);
    expect(addDays(pickupDay, 1) <= closedDay).toBe(true);

    const view = await getReservationByReference({ reference: r.reference });
    expect(view?.holdUntil.toISOString()).toBe(expected.until.toISOString());
    const message = await db.outboxMessage.findFirstOrThrow({ where: { reservationId: r.id, kind: "reservation_confirmation" } });
    expect(message.body).toContain(holdUntilText(r.holdUntil));
  });
});

describe("extension limits", () => {
  /** A fresh loan at Leyweg, handed over today, for a product nobody waits for. */
  async function freshLoan(prefix: string) {
    const stock = await controlledStock(db, { centreSlug: "zorginnovatiehub-leyweg", available: 2, prefix });
    await db.waitlistEntry.deleteMany({ where: { productId: stock.product.id, centreId: stock.centre.id } });
    const r = await reserveUnit({ productSlug: stock.product.slug, centreSlug: "zorginnovatiehub-leyweg", pickupDate: stock.pickupDate, name: "Meneer Lang", phone: "0612345678", consent: true });
    const { loanId } = await handOver({ actor: leyweg, reservationId: r.id, checklist: await checkout(stock.product.id) });
    return { stock, loanId, reservationId: r.id };
  }

  it("extends once (Product.maxExtensions = 1), then refuses again on the same day with a clear reason, at the desk and in lending", async () => {
    const { loanId, reservationId } = await freshLoan("EXT1");
    const first = await extendAtDesk({ actor: leyweg, loanId });
    expect(first.extensions).toBe(1);
    await expect(extendAtDesk({ actor: leyweg, loanId })).rejects.toMatchObject({ code: "CONFLICT", message: expect.stringMatching(/al 1 keer verlengd/) });
    await expect(extendLoan({ actor: leyweg, loanId })).rejects.toMatchObject({ code: "CONFLICT", details: { reason: "max_extensions" } });
    const loan = await db.loan.findUniqueOrThrow({ where: { id: loanId } });
    expect(loan.extensions).toBe(1);
    expect(loan.dueAt.getTime()).toBe(first.dueAt.getTime());
    const desk = await getReservation({ actor: leyweg, reservationId });
    expect(desk.loan?.extension).toMatchObject({ allowed: false, message: expect.stringMatching(/al 1 keer verlengd/) });
    expect(await db.unitEvent.count({ where: { unitId: loan.unitId, action: "extended" } })).toBe(1);
  });

  it("never beyond Product.maxLoanDays in total, and the new due day is a day the centre is open", async () => {
    const { stock, loanId } = await freshLoan("EXT2");
    await db.product.update({ where: { id: stock.product.id }, data: { maxExtensions: 5, maxLoanDays: stock.product.loanPeriodDays + 10 } });
    // the stricter of the product's and the municipality's limit applies: let the municipality allow 5 as well
    await db.lendingCentre.update({ where: { id: stock.centre.id }, data: { municipality: { update: { settings: { maxExtensions: 5 } } } } });
    try {
      const loan = await db.loan.findUniqueOrThrow({ where: { id: loanId } });
      const latest = addDays(isoDateInAmsterdam(loan.startedAt), stock.product.loanPeriodDays + 10);
      const first = await extendLoan({ actor: leyweg, loanId });
      const due = isoDateInAmsterdam(first.dueAt);
      expect(due <= latest).toBe(true);
      const centre = await db.lendingCentre.findUniqueOrThrow({ where: { id: stock.centre.id }, include: { openingHours: true, closedDays: true } });
      expect(nextPickupDays(calendarOf(centre), addDays(due, -1), 1)[0]?.day).toBe(due);
      // push the due day to the limit: no further extension
      await db.loan.update({ where: { id: loanId }, data: { dueAt: dayToDate(latest) } });
      await expect(extendLoan({ actor: leyweg, loanId })).rejects.toMatchObject({ code: "CONFLICT", details: { reason: "max_loan_days" }, message: expect.stringMatching(/hoogstens/) });
    } finally {
      await db.product.update({ where: { id: stock.product.id }, data: { maxExtensions: 1, maxLoanDays: 91 } });
      await db.lendingCentre.update({ where: { id: stock.centre.id }, data: { municipality: { update: { settings: {} } } } });
    }
  });

  it("not when someone waits for the product at that centre", async () => {
    const { stock, loanId } = await freshLoan("EXT3");
    await db.waitlistEntry.create({
      data: { reference: "WACHTEXT", productId: stock.product.id, centreId: stock.centre.id, name: "Wachtende", phone: "0612345678", eraseAfter: new Date(Date.now() + 90 * 86_400_000) },
    });
    await expect(extendLoan({ actor: leyweg, loanId })).rejects.toMatchObject({ code: "CONFLICT", details: { reason: "someone_waiting" } });
  });
});

describe("checklists come from the product", () => {
  it("stores the product's own points at hand-over and take-back; a walking stick is not asked for a charger", async () => {
    const stock = await controlledStock(db, { centreSlug: "mobilitheek-zuiderpark", productSlug: "wandelstok", available: 1, prefix: "STICK" });
    expect(stock.product.checklist.join(" ")).toMatch(/dop/);
    expect(stock.product.checklist.join(" ")).not.toMatch(/oplader|handleiding/i);
    const r = await reserveUnit({ productSlug: "wandelstok", centreSlug: "mobilitheek-zuiderpark", pickupDate: stock.pickupDate, name: "Meneer Stok", phone: "0612345678", consent: true });
    const mobilitheek = await actorFor(db, "medewerker@leyweg.demo");
    const desk = await getReservation({ actor: mobilitheek, reservationId: r.id });
    expect(desk.product.checklist).toEqual(stock.product.checklist);
    const { loanId } = await handOver({ actor: mobilitheek, reservationId: r.id, checklist: await checkout(stock.product.id) });
    const back = await takeBack({ actor: mobilitheek, loanId, checklist: { ...(await checkin(stock.product.id)), items: stock.product.checklist.slice(1), note: "Dop kwijt" } });
    expect(back.status).toBe("CLEANING");
    const loan = await db.loan.findUniqueOrThrow({ where: { id: loanId } });
    expect(loan.checkoutChecklist).toMatchObject({ items: stock.product.checklist.map((text) => ({ text, ok: true })) });
    expect(loan.checkinChecklist).toMatchObject({ complete: false, note: "Dop kwijt", items: [{ text: stock.product.checklist[0], ok: false }, ...stock.product.checklist.slice(1).map((text) => ({ text, ok: true }))] });
  });
});

describe("the desk: a code a resident brings, and lending without a reservation", () => {
  it("finds a reservation by its code (any case, with or without the dash) and a unit by its label; another centre's code is not found", async () => {
    const centrum = await actorFor(db, "medewerker@centrum.demo");
    const reservation = await db.reservation.findFirstOrThrow({ where: { status: "RESERVED", centre: { slug: "zorginnovatiehub-leyweg" } }, include: { unit: true } });
    const typed = `${reservation.reference.slice(0, 4).toLowerCase()}-${reservation.reference.slice(4)}`;
    expect(await findByCode({ actor: leyweg, code: typed })).toEqual({ kind: "reservation", centreSlug: "zorginnovatiehub-leyweg", reservationId: reservation.id });
    expect(await findByCode({ actor: leyweg, code: ` ${reservation.unit.code.toLowerCase()} ` })).toEqual({ kind: "unit", centreSlug: "zorginnovatiehub-leyweg", unitId: reservation.unitId });
    // the same staff member's other centre: found there
    const zuiderpark = await db.lendingUnit.findFirstOrThrow({ where: { centre: { slug: "mobilitheek-zuiderpark" } } });
    expect(await findByCode({ actor: leyweg, code: zuiderpark.code })).toMatchObject({ kind: "unit", centreSlug: "mobilitheek-zuiderpark" });
    // another centre's staff: not found, like an unknown code
    await expect(findByCode({ actor: centrum, code: reservation.reference })).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(findByCode({ actor: centrum, code: reservation.unit.code })).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(findByCode({ actor: leyweg, code: "ZZZZ-ZZZZ" })).rejects.toMatchObject({ code: "NOT_FOUND" });
  });

  it("lends an available unit to someone without a reservation: consent stored, checklist complete, loan started, code given", async () => {
    const stock = await controlledStock(db, { centreSlug: "zorginnovatiehub-leyweg", available: 1, prefix: "WALKIN" });
    await db.waitlistEntry.deleteMany({ where: { productId: stock.product.id, centreId: stock.centre.id } });
    const unit = stock.units[0]!;
    const full = await checkout(stock.product.id);
    const centrum = await actorFor(db, "medewerker@centrum.demo");

    await expect(lendWalkIn({ actor: centrum, unitId: unit.id, name: "Mevrouw Loop", phone: "0612345678", consent: true, checklist: full })).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(lendWalkIn({ actor: leyweg, unitId: unit.id, name: "Mevrouw Loop", phone: "0612345678", consent: false, checklist: full })).rejects.toMatchObject({
      code: "INVALID",
      fields: { consent: expect.any(Array) },
    });
    await expect(lendWalkIn({ actor: leyweg, unitId: unit.id, name: "", consent: true, checklist: full })).rejects.toMatchObject({ code: "INVALID", fields: { name: expect.any(Array) } });
    await expect(lendWalkIn({ actor: leyweg, unitId: unit.id, name: "Mevrouw Loop", phone: "0612345678", consent: true, checklist: { ...full, items: [] } })).rejects.toMatchObject({
      code: "INVALID",
      fields: { "checklist.item-0": expect.any(Array) },
    });
    expect((await db.lendingUnit.findUniqueOrThrow({ where: { id: unit.id } })).status).toBe("AVAILABLE");

    const lent = await lendWalkIn({ actor: leyweg, unitId: unit.id, name: "Mevrouw Loop", phone: "0612345678", consent: true, checklist: full });
    expect(lent.reference).toMatch(/^[23456789BCDFGHJKMNPQRSTVWXYZ]{8}$/);
    const row = await db.reservation.findUniqueOrThrow({ where: { id: lent.reservationId }, include: { consents: true, loan: true, unit: true } });
    expect(row).toMatchObject({ status: "PICKED_UP", name: "Mevrouw Loop", phone: "0612345678", createdById: leyweg.userId });
    expect(row.consents).toEqual([expect.objectContaining({ purpose: "reservation", given: true })]);
    expect(row.loan).toMatchObject({ status: "ACTIVE", unitId: unit.id });
    expect(row.unit.status).toBe("ON_LOAN");
    const centre = await db.lendingCentre.findUniqueOrThrow({ where: { id: stock.centre.id }, include: { openingHours: true, closedDays: true } });
    expect(nextPickupDays(calendarOf(centre), addDays(lent.dueDay, -1), 1)[0]?.day).toBe(lent.dueDay);
    // the resident's page and the desk show it like any loan
    expect((await getReservationByReference({ reference: lent.reference }))?.residentStatus.state).toBe("on_loan");
    expect(await findByCode({ actor: leyweg, code: lent.reference })).toMatchObject({ kind: "reservation", reservationId: lent.reservationId });
    const audit = await db.auditEvent.findFirstOrThrow({ where: { action: "loan.walk_in", entityId: lent.loanId } });
    expect(JSON.stringify(audit.details)).not.toContain("Loop");

    // the same unit again: no longer available
    await expect(lendWalkIn({ actor: leyweg, unitId: unit.id, name: "Meneer Twee", phone: "0612345678", consent: true, checklist: full })).rejects.toMatchObject({ code: "CONFLICT" });
  });

  it("does not lend without a reservation when people wait for the product there", async () => {
    const stock = await controlledStock(db, { centreSlug: "zorginnovatiehub-leyweg", available: 1, prefix: "WALKWAIT" });
    await db.waitlistEntry.create({
      data: { reference: "WACHTWLK", productId: stock.product.id, centreId: stock.centre.id, name: "Wachtende", phone: "0612345678", eraseAfter: new Date(Date.now() + 90 * 86_400_000) },
    });
    await expect(
      lendWalkIn({ actor: leyweg, unitId: stock.units[0]!.id, name: "Meneer Voor", phone: "0612345678", consent: true, checklist: await checkout(stock.product.id) }),
    ).rejects.toMatchObject({ code: "CONFLICT", message: expect.stringMatching(/wachtlijst/) });
  });
});
