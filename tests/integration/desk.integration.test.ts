import { testActor } from "@/tests/support/actors";
import { beforeAll, describe, expect, it } from "vitest";
import type { Actor } from "@/lib/auth/permissions";
import { AppError } from "@/lib/errors";
import { env } from "@/lib/env";
import { addDays, dayToDate, isoDateInAmsterdam } from "@/lib/util/dates";
import { getAvailability } from "@/lib/server/lending/get-availability";
import { cancelReservation } from "@/lib/server/lending/cancel-reservation";
import { confirmReservation } from "@/lib/server/lending/confirm-reservation";
import { extendLoan } from "@/lib/server/lending/extend-loan";
import { confirmAtDesk } from "@/lib/server/desk/confirm-at-desk";
import { createUnit } from "@/lib/server/desk/create-unit";
import { extendAtDesk } from "@/lib/server/desk/extend-at-desk";
import { finishCleaning } from "@/lib/server/desk/finish-cleaning";
import { finishRepair } from "@/lib/server/desk/finish-repair";
import { getCentreAvailability } from "@/lib/server/desk/get-centre-availability";
import { getDeskCentre } from "@/lib/server/desk/get-desk-centre";
import { getDeskToday } from "@/lib/server/desk/get-desk-today";
import { getReservation } from "@/lib/server/desk/get-reservation";
import { getUnit } from "@/lib/server/desk/get-unit";
import { handOver } from "@/lib/server/desk/hand-over";
import { listLendableProducts } from "@/lib/server/desk/list-lendable-products";
import { listMyCentres } from "@/lib/server/desk/list-my-centres";
import { listOutbox } from "@/lib/server/desk/list-outbox";
import { listUnits } from "@/lib/server/desk/list-units";
import { retireUnit } from "@/lib/server/desk/retire-unit";
import { DEFAULT_REPAIR_DAYS, sendToRepair } from "@/lib/server/desk/send-to-repair";
import { takeBack } from "@/lib/server/desk/take-back";
import { updateUnit } from "@/lib/server/desk/update-unit";
import { calendarOf, openingDayOnOrAfter } from "@/lib/server/lending/calendar";
import { resetWithDemoData } from "./helpers";

type Db = Awaited<ReturnType<typeof resetWithDemoData>>;
let db: Db;
let leyweg: Actor;
let centrum: Actor;
let admin: Actor;
let consultant: Actor;
let leywegId: string;
let centrumId: string;
/** the reservation handed over in the first hand-over test */
let handedOverId: string;

// Checklists come from the product (Product.checklist, issue 8): the success paths tick the product's own points.
const FULL_CHECKOUT = { items: [] as string[], explained: true, idChecked: true };
const CLEAN_CHECKIN = { items: [] as string[], needsCleaning: false, damage: false, note: "" };
async function productItems(productId: string): Promise<string[]> {
  return (await db.product.findUniqueOrThrow({ where: { id: productId }, select: { checklist: true } })).checklist;
}
async function fullCheckout(productId: string) {
  return { ...FULL_CHECKOUT, items: await productItems(productId) };
}

async function actorFor(email: string): Promise<Actor> {
  const user = await db.user.findUniqueOrThrow({ where: { email }, include: { centres: true } });
  return testActor({
    userId: user.id,
    sessionId: `test-${user.id}`,
    name: user.name,
    email: user.email,
    role: user.role,
    municipalityId: user.municipalityId,
    centreIds: user.centres.map((c) => c.centreId),
  });
}

/** Resolves to the AppError code the promise rejected with (fails when it did not reject with an AppError). */
async function errorCode(promise: Promise<unknown>): Promise<string> {
  try {
    await promise;
  } catch (error) {
    if (error instanceof AppError) return error.code;
    throw error;
  }
  throw new Error("expected the call to fail, but it succeeded");
}

async function availableCount(productId: string, centreId: string): Promise<number> {
  const rows = await getAvailability({ centreIds: [centreId], productIds: [productId] });
  return rows[0]?.available ?? 0;
}

async function seededReservation(centreId: string, skip = 0) {
  return db.reservation.findFirstOrThrow({ where: { centreId, status: "RESERVED" }, orderBy: { reference: "asc" }, skip, include: { unit: true } });
}

const today = () => isoDateInAmsterdam();

beforeAll(async () => {
  db = await resetWithDemoData();
  leyweg = await actorFor("medewerker@leyweg.demo");
  centrum = await actorFor("medewerker@centrum.demo");
  admin = await actorFor("beheer@denhaag.demo");
  consultant = await actorFor("consulent@denhaag.demo");
  leywegId = (await db.lendingCentre.findUniqueOrThrow({ where: { slug: "zorginnovatiehub-leyweg" } })).id;
  centrumId = (await db.lendingCentre.findUniqueOrThrow({ where: { slug: "bibliotheek-centrum" } })).id;
});

describe("the desk of today", () => {
  it("lists the centres of the staff member, by name", async () => {
    const centres = await listMyCentres({ actor: leyweg });
    expect(centres.map((c) => c.slug)).toEqual(["mobilitheek-zuiderpark", "zorginnovatiehub-leyweg"]);
  });

  it("shows upcoming pickups, overdue loans, units in cleaning/repair and availability from getAvailability", async () => {
    const desk = await getDeskToday({ actor: leyweg, centreSlug: "zorginnovatiehub-leyweg" });
    const open = await db.reservation.count({ where: { centreId: leywegId, status: "RESERVED", pickupDate: { lte: dayToDate(addDays(today(), 7)) } } });
    expect(open).toBeGreaterThan(0);
    expect(desk.pickups).toHaveLength(open);
    expect(desk.pickups.every((p, i, all) => i === 0 || all[i - 1]!.pickupDay <= p.pickupDay)).toBe(true);
    const overdue = await db.loan.count({ where: { status: "ACTIVE", unit: { centreId: leywegId }, dueAt: { lt: dayToDate(today()) } } });
    expect(desk.overdue).toHaveLength(overdue);
    const out = await db.lendingUnit.count({ where: { centreId: leywegId, status: { in: ["CLEANING", "REPAIR"] } } });
    expect(desk.outOfService).toHaveLength(out);
    const fromSource = await getAvailability({ centreIds: [leywegId] });
    expect(desk.availability.map((a) => [a.productId, a.available]).sort()).toEqual(fromSource.map((a) => [a.productId, a.available]).sort());
  });
});

describe("hand over, take back, cleaning", () => {
  it("hands over a seeded reservation: loan ACTIVE, unit ON_LOAN, history and audit without personal data", async () => {
    const reservation = await seededReservation(leywegId);
    const product = await db.product.findUniqueOrThrow({ where: { id: reservation.productId } });
    const result = await handOver({ actor: leyweg, reservationId: reservation.id, checklist: await fullCheckout(reservation.productId) });
    handedOverId = reservation.id;

    const after = await db.reservation.findUniqueOrThrow({ where: { id: reservation.id }, include: { loan: true, unit: true } });
    expect(after.status).toBe("PICKED_UP");
    expect(after.unit.status).toBe("ON_LOAN");
    expect(after.loan?.status).toBe("ACTIVE");
    expect(after.loan?.id).toBe(result.loanId);
    expect(product.checklist.length).toBeGreaterThan(0);
    expect(after.loan?.checkoutChecklist).toEqual({ items: product.checklist.map((text) => ({ text, ok: true })), complete: true, explained: true, idChecked: true });
    // the loan period, moved to a day the centre is open (issue 8)
    const centre = await db.lendingCentre.findUniqueOrThrow({ where: { id: leywegId }, include: { openingHours: true, closedDays: true } });
    expect(result.dueDay).toBe(openingDayOnOrAfter(calendarOf(centre), addDays(today(), product.loanPeriodDays)));

    const event = await db.unitEvent.findFirstOrThrow({ where: { unitId: reservation.unitId }, orderBy: { at: "desc" } });
    expect(event).toMatchObject({ action: "handed_over", fromStatus: "RESERVED", toStatus: "ON_LOAN", actorId: leyweg.userId });
    const audit = await db.auditEvent.findFirstOrThrow({ where: { action: "reservation.handover", entityId: reservation.id } });
    expect(audit.actorId).toBe(leyweg.userId);
    const details = JSON.stringify(audit.details);
    expect(details).not.toContain(reservation.name);
    if (reservation.phone) expect(details).not.toContain(reservation.phone);
  });

  it("refuses a second hand-over of the same reservation (CONFLICT) and an incomplete checklist (INVALID)", async () => {
    expect(await errorCode(handOver({ actor: leyweg, reservationId: handedOverId, checklist: FULL_CHECKOUT }))).toBe("CONFLICT");
    expect(await db.loan.count({ where: { reservationId: handedOverId } })).toBe(1);

    const open = await seededReservation(leywegId);
    let fields: Record<string, string[]> | undefined;
    try {
      await handOver({ actor: leyweg, reservationId: open.id, checklist: { ...(await fullCheckout(open.productId)), idChecked: false } });
    } catch (error) {
      expect(error).toBeInstanceOf(AppError);
      expect((error as AppError).code).toBe("INVALID");
      fields = (error as AppError).fields;
    }
    expect(fields?.["checklist.idChecked"]?.[0]).toMatch(/identiteitsbewijs/);
    // one point of the product's own list not ticked: named in the error
    const items = await productItems(open.productId);
    await expect(handOver({ actor: leyweg, reservationId: open.id, checklist: { ...FULL_CHECKOUT, items: items.slice(1) } })).rejects.toMatchObject({
      code: "INVALID",
      fields: { "checklist.item-0": [expect.stringContaining(items[0]!)] },
    });
    expect((await db.reservation.findUniqueOrThrow({ where: { id: open.id } })).status).toBe("RESERVED");
  });

  it("takes back into CLEANING until today + CLEANING_DAYS, then cleaning done makes it AVAILABLE (+1 available)", async () => {
    const reservation = await seededReservation(leywegId);
    const { loanId, unitId } = await handOver({ actor: leyweg, reservationId: reservation.id, checklist: await fullCheckout(reservation.productId) });

    const back = await takeBack({ actor: leyweg, loanId, checklist: { ...CLEAN_CHECKIN, items: await productItems(reservation.productId), needsCleaning: true } });
    expect(back.status).toBe("CLEANING");
    const loan = await db.loan.findUniqueOrThrow({ where: { id: loanId } });
    expect(loan.status).toBe("RETURNED");
    expect(loan.returnedAt).not.toBeNull();
    expect(loan.checkinChecklist).toMatchObject({ complete: true, needsCleaning: true, damage: false });
    const cleaning = await db.lendingUnit.findUniqueOrThrow({ where: { id: unitId } });
    expect(cleaning.status).toBe("CLEANING");
    expect(cleaning.statusUntil?.toISOString()).toBe(dayToDate(addDays(today(), env().CLEANING_DAYS)).toISOString());
    expect(await errorCode(takeBack({ actor: leyweg, loanId, checklist: CLEAN_CHECKIN }))).toBe("CONFLICT");

    const before = await availableCount(cleaning.productId, leywegId);
    const cleaned = await finishCleaning({ actor: leyweg, unitId });
    expect(cleaned.status).toBe("AVAILABLE");
    expect(await availableCount(cleaning.productId, leywegId)).toBe(before + 1);
    const unit = await db.lendingUnit.findUniqueOrThrow({ where: { id: unitId } });
    expect(unit.statusUntil).toBeNull();
    expect(await errorCode(finishCleaning({ actor: leyweg, unitId }))).toBe("CONFLICT");

    const audit = await db.auditEvent.findMany({ where: { actorId: leyweg.userId, OR: [{ entityId: unitId }, { entityId: loanId }] }, orderBy: { at: "asc" } });
    expect(audit.map((a) => a.action)).toEqual(["loan.checkin", "unit.cleaned"]);
  });

  it("lets only one of two people finish the same cleaning at the same moment", async () => {
    const unit = await db.lendingUnit.findFirstOrThrow({ where: { centreId: leywegId, status: "CLEANING" } });
    const colleague = { ...leyweg, sessionId: "other-session" };
    const results = await Promise.allSettled([finishCleaning({ actor: leyweg, unitId: unit.id }), finishCleaning({ actor: colleague, unitId: unit.id })]);
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
    const rejected = results.find((r) => r.status === "rejected") as PromiseRejectedResult;
    expect((rejected.reason as AppError).code).toBe("CONFLICT");
    const events = await db.unitEvent.count({ where: { unitId: unit.id, action: "cleaned" } });
    expect(events).toBe(1);
  });

  it("cleaning done offers the unit to the first person on the waiting list", async () => {
    const unit = await db.lendingUnit.findFirstOrThrow({ where: { centreId: leywegId, status: "CLEANING" } });
    const entry = await db.waitlistEntry.create({
      data: { reference: "DESKWAIT1", productId: unit.productId, centreId: leywegId, name: "Wachtende inwoner", email: "wacht@voorbeeld.demo", eraseAfter: dayToDate(addDays(today(), 90)) },
    });
    const result = await finishCleaning({ actor: leyweg, unitId: unit.id });
    expect(result.status).toBe("RESERVED");
    const offered = await db.waitlistEntry.findUniqueOrThrow({ where: { id: entry.id } });
    expect(offered.status).toBe("OFFERED");
    expect(offered.offeredUnitId).toBe(unit.id);
    const desk = await getDeskToday({ actor: leyweg, centreSlug: "zorginnovatiehub-leyweg" });
    expect(desk.waitlist.find((w) => w.id === entry.id)?.status).toBe("OFFERED");
  });
});

describe("confirm, cancel and extend at the desk are recorded", () => {
  it("confirms once: a history line and an audit line with the actor, no second history line on a second click", async () => {
    const reservation = await seededReservation(leywegId);
    await confirmAtDesk({ actor: leyweg, reservationId: reservation.id });
    await confirmAtDesk({ actor: leyweg, reservationId: reservation.id });
    expect((await db.reservation.findUniqueOrThrow({ where: { id: reservation.id } })).confirmedAt).not.toBeNull();
    const events = await db.unitEvent.findMany({ where: { unitId: reservation.unitId, action: "confirmed" } });
    expect(events).toHaveLength(1);
    expect(events[0]).toMatchObject({ actorId: leyweg.userId, fromStatus: "RESERVED", toStatus: "RESERVED" });
    const audit = await db.auditEvent.findMany({ where: { action: "reservation.confirm", entityId: reservation.id } });
    expect(audit.map((a) => a.actorId)).toEqual([leyweg.userId]);
  });

  it("cancels: the unit is free again, with a history line and an audit line naming the staff member", async () => {
    const reservation = await seededReservation(leywegId);
    const before = await availableCount(reservation.productId, leywegId);
    await cancelReservation({ actor: leyweg, reservationId: reservation.id });
    expect((await db.lendingUnit.findUniqueOrThrow({ where: { id: reservation.unitId } })).status).toBe("AVAILABLE");
    expect(await availableCount(reservation.productId, leywegId)).toBe(before + 1);
    const event = await db.unitEvent.findFirstOrThrow({ where: { unitId: reservation.unitId }, orderBy: { at: "desc" } });
    expect(event).toMatchObject({ action: "reservation_cancelled", actorId: leyweg.userId });
    const audit = await db.auditEvent.findFirstOrThrow({ where: { action: "reservation.cancel", entityId: reservation.id } });
    expect(audit.actorId).toBe(leyweg.userId);
    expect(JSON.stringify(audit.details)).not.toContain(reservation.name);
  });

  it("extends a loan when nobody waits: later due date, a history line and an audit line", async () => {
    const waitedFor = (await db.waitlistEntry.findMany({ where: { centreId: leywegId }, select: { productId: true } })).map((w) => w.productId);
    const loan = await db.loan.findFirstOrThrow({ where: { status: "ACTIVE", unit: { centreId: leywegId, productId: { notIn: waitedFor } } }, include: { unit: { include: { product: true } } } });
    const result = await extendAtDesk({ actor: leyweg, loanId: loan.id });
    expect(result.extensions).toBe(loan.extensions + 1);
    // the loan period added, moved to a day the centre is open (issue 8)
    const centre = await db.lendingCentre.findUniqueOrThrow({ where: { id: leywegId }, include: { openingHours: true, closedDays: true } });
    const plainDue = addDays(isoDateInAmsterdam(loan.dueAt), loan.unit.product.loanPeriodDays);
    expect(isoDateInAmsterdam(result.dueAt)).toBe(openingDayOnOrAfter(calendarOf(centre), plainDue));
    const event = await db.unitEvent.findFirstOrThrow({ where: { unitId: loan.unitId }, orderBy: { at: "desc" } });
    expect(event).toMatchObject({ action: "extended", actorId: leyweg.userId, toStatus: "ON_LOAN" });
    expect((await db.auditEvent.findFirstOrThrow({ where: { action: "loan.extend", entityId: loan.id } })).actorId).toBe(leyweg.userId);
  });
});

describe("repair", () => {
  it("takes back with damage into REPAIR (a note is required), then repair done makes it AVAILABLE", async () => {
    const reservation = await seededReservation(leywegId);
    const { loanId, unitId } = await handOver({ actor: leyweg, reservationId: reservation.id, checklist: await fullCheckout(reservation.productId) });
    const items = await productItems(reservation.productId);
    expect(await errorCode(takeBack({ actor: leyweg, loanId, checklist: { ...CLEAN_CHECKIN, items, damage: true } }))).toBe("INVALID");
    // something missing needs a note too
    expect(await errorCode(takeBack({ actor: leyweg, loanId, checklist: { ...CLEAN_CHECKIN, items: items.slice(1) } }))).toBe("INVALID");

    const back = await takeBack({ actor: leyweg, loanId, checklist: { ...CLEAN_CHECKIN, items: items.slice(1), damage: true, note: "Wiel los, oplader kwijt" } });
    expect(back.status).toBe("REPAIR");
    const broken = await db.lendingUnit.findUniqueOrThrow({ where: { id: unitId } });
    expect(broken.status).toBe("REPAIR");
    expect(broken.statusUntil?.toISOString()).toBe(dayToDate(addDays(today(), DEFAULT_REPAIR_DAYS)).toISOString());
    const event = await db.unitEvent.findFirstOrThrow({ where: { unitId }, orderBy: { at: "desc" } });
    expect(event).toMatchObject({ action: "returned_damaged", toStatus: "REPAIR" });
    expect(event.note).toContain("Wiel los");

    const repaired = await finishRepair({ actor: leyweg, unitId, note: "Nieuw wiel" });
    expect(repaired.status).toBe("AVAILABLE");
    expect(await errorCode(finishRepair({ actor: leyweg, unitId }))).toBe("CONFLICT");
  });

  it("sends an available unit to repair with an expected date, and refuses a day in the past", async () => {
    const unit = await db.lendingUnit.findFirstOrThrow({ where: { centreId: leywegId, status: "AVAILABLE" } });
    expect(await errorCode(sendToRepair({ actor: leyweg, unitId: unit.id, note: "Knop stuk", until: addDays(today(), -1) }))).toBe("INVALID");
    expect(await errorCode(sendToRepair({ actor: leyweg, unitId: unit.id, note: "" }))).toBe("INVALID");
    const until = addDays(today(), 5);
    const result = await sendToRepair({ actor: leyweg, unitId: unit.id, note: "Knop stuk", until });
    expect(result).toMatchObject({ status: "REPAIR", untilDay: until });
    const detail = await getUnit({ actor: leyweg, unitId: unit.id });
    expect(detail.untilDay).toBe(until);
    expect(detail.actions).toEqual(["finish_repair", "retire"]);
  });
});

describe("stock: create, edit, retire, history", () => {
  let unitId: string;
  const code = "ZL-TEST-DESK-01";

  it("creates a unit at one of the actor's centres: AVAILABLE, +1 available, a 'created' history row", async () => {
    const products = await listLendableProducts({ actor: leyweg });
    const product = products[0]!;
    const before = await availableCount(product.id, leywegId);
    const created = await createUnit({ actor: leyweg, centreSlug: "zorginnovatiehub-leyweg", productId: product.id, code: " zl-test-desk-01 ", notes: "Nieuw" });
    expect(created.code).toBe(code);
    unitId = created.unitId;
    const unit = await db.lendingUnit.findUniqueOrThrow({ where: { id: unitId } });
    expect(unit).toMatchObject({ status: "AVAILABLE", centreId: leywegId, productId: product.id, notes: "Nieuw" });
    expect(await availableCount(product.id, leywegId)).toBe(before + 1);
    const audit = await db.auditEvent.findFirstOrThrow({ where: { action: "unit.created", entityId: unitId } });
    expect(audit.actorId).toBe(leyweg.userId);
  });

  it("refuses a duplicate code (CONFLICT on the code field) and a bad code (INVALID)", async () => {
    const product = (await listLendableProducts({ actor: leyweg }))[0]!;
    try {
      await createUnit({ actor: leyweg, centreSlug: "zorginnovatiehub-leyweg", productId: product.id, code });
      throw new Error("duplicate code was accepted");
    } catch (error) {
      expect((error as AppError).code).toBe("CONFLICT");
      expect((error as AppError).fields?.code?.[0]).toMatch(/bestaat al/);
    }
    expect(await errorCode(createUnit({ actor: leyweg, centreSlug: "zorginnovatiehub-leyweg", productId: product.id, code: "met spatie" }))).toBe("INVALID");
    expect(await errorCode(createUnit({ actor: leyweg, centreSlug: "zorginnovatiehub-leyweg", productId: "no-such-product", code: "ZL-OK-99" }))).toBe("INVALID");
  });

  it("edits code and notes, writing an 'edited' history row", async () => {
    await updateUnit({ actor: leyweg, unitId, code: "ZL-TEST-DESK-02", notes: "Met extra oplader" });
    const unit = await db.lendingUnit.findUniqueOrThrow({ where: { id: unitId } });
    expect(unit).toMatchObject({ code: "ZL-TEST-DESK-02", notes: "Met extra oplader", status: "AVAILABLE" });
    const other = await db.lendingUnit.findFirstOrThrow({ where: { id: { not: unitId } } });
    expect(await errorCode(updateUnit({ actor: leyweg, unitId, code: other.code, notes: "" }))).toBe("CONFLICT");
  });

  it("retires the unit (-1 available), refuses to retire again or to retire a unit on loan, and keeps the history", async () => {
    const unit = await db.lendingUnit.findUniqueOrThrow({ where: { id: unitId } });
    const before = await availableCount(unit.productId, leywegId);
    const retired = await retireUnit({ actor: leyweg, unitId, note: "Test klaar" });
    expect(retired.status).toBe("RETIRED");
    expect(await availableCount(unit.productId, leywegId)).toBe(before - 1);
    expect(await errorCode(retireUnit({ actor: leyweg, unitId }))).toBe("CONFLICT");
    expect(await errorCode(updateUnit({ actor: leyweg, unitId, code: "ZL-TEST-DESK-03", notes: "" }))).toBe("CONFLICT");
    const onLoan = await db.lendingUnit.findFirstOrThrow({ where: { centreId: leywegId, status: "ON_LOAN" } });
    expect(await errorCode(retireUnit({ actor: leyweg, unitId: onLoan.id }))).toBe("CONFLICT");

    const detail = await getUnit({ actor: leyweg, unitId });
    expect(detail.history.map((h) => h.action)).toEqual(["retired", "edited", "created"]);
    expect(detail.history[0]).toMatchObject({ fromStatus: "AVAILABLE", toStatus: "RETIRED", note: "Test klaar", actorName: leyweg.name });
    expect(detail.canEdit).toBe(false);
    expect(detail.actions).toEqual([]);
    const stock = await listUnits({ actor: leyweg, centreSlug: "zorginnovatiehub-leyweg" });
    expect(stock.retired.some((u) => u.id === unitId)).toBe(true);
    expect(stock.products.some((p) => p.units.some((u) => u.id === unitId))).toBe(false);
  });

  it("shows the full cycle in a unit's history, newest first", async () => {
    const returned = await db.unitEvent.findFirstOrThrow({ where: { action: "returned", unit: { centreId: leywegId } } });
    const detail = await getUnit({ actor: leyweg, unitId: returned.unitId });
    const actions = detail.history.map((h) => h.action);
    expect(actions.slice(0, 3)).toEqual(["cleaned", "returned", "handed_over"]);
    expect(actions.at(-1)).toBe("created");
    expect(detail.history.every((h, i, all) => i === 0 || all[i - 1]!.at >= h.at)).toBe(true);
  });
});

describe("the outbox", () => {
  it("lists only the messages of the staff member's centre", async () => {
    const base = { kind: "pickup_reminder", channel: "email", body: "Tekst", status: "KEPT" as const };
    await db.outboxMessage.create({ data: { ...base, centreId: leywegId, dedupeKey: "desk-test-leyweg", toAddress: "a@voorbeeld.demo", subject: "Voor Leyweg" } });
    await db.outboxMessage.create({ data: { ...base, centreId: centrumId, dedupeKey: "desk-test-centrum", toAddress: "b@voorbeeld.demo", subject: "Voor Centrum" } });
    const mine = await listOutbox({ actor: leyweg, centreSlug: "zorginnovatiehub-leyweg" });
    expect(mine.messages.map((m) => m.subject)).toContain("Voor Leyweg");
    expect(mine.messages.map((m) => m.subject)).not.toContain("Voor Centrum");
    expect(mine.messages.find((m) => m.subject === "Voor Leyweg")).toMatchObject({ status: "KEPT", toAddress: "a@voorbeeld.demo", body: "Tekst" });
  });
});

describe("another centre's records read as not found", () => {
  it("gives NOT_FOUND for every desk function when Centrum staff touch a Leyweg unit, reservation or loan, and changes nothing", async () => {
    const reservation = await seededReservation(leywegId);
    const loan = await db.loan.findFirstOrThrow({ where: { status: "ACTIVE", unit: { centreId: leywegId } } });
    const cleaning = await db.lendingUnit.findFirst({ where: { centreId: leywegId, status: "CLEANING" } });
    const cleaningId = cleaning?.id ?? (await sendToRepair({ actor: leyweg, unitId: (await db.lendingUnit.findFirstOrThrow({ where: { centreId: leywegId, status: "AVAILABLE" } })).id, note: "x" })).unitId;
    const repair = await db.lendingUnit.findFirstOrThrow({ where: { centreId: leywegId, status: "REPAIR" } });
    const available = await db.lendingUnit.findFirstOrThrow({ where: { centreId: leywegId, status: "AVAILABLE" } });
    const product = (await listLendableProducts({ actor: centrum }))[0]!;
    const snapshot = async () => db.lendingUnit.findMany({ where: { centreId: leywegId }, select: { id: true, status: true, code: true, notes: true }, orderBy: { id: "asc" } });
    const before = await snapshot();
    const slug = "zorginnovatiehub-leyweg";

    const attempts: [string, () => Promise<unknown>][] = [
      ["getDeskCentre", () => getDeskCentre({ actor: centrum, centreSlug: slug })],
      ["getDeskToday", () => getDeskToday({ actor: centrum, centreSlug: slug })],
      ["listUnits", () => listUnits({ actor: centrum, centreSlug: slug })],
      ["listOutbox", () => listOutbox({ actor: centrum, centreSlug: slug })],
      ["getCentreAvailability", () => getCentreAvailability({ actor: centrum, centreId: leywegId })],
      ["getUnit", () => getUnit({ actor: centrum, unitId: available.id })],
      ["createUnit", () => createUnit({ actor: centrum, centreSlug: slug, productId: product.id, code: "ZL-STOLEN-01" })],
      ["updateUnit", () => updateUnit({ actor: centrum, unitId: available.id, code: "ZL-STOLEN-02", notes: "" })],
      ["retireUnit", () => retireUnit({ actor: centrum, unitId: available.id })],
      ["sendToRepair", () => sendToRepair({ actor: centrum, unitId: available.id, note: "kapot" })],
      ["finishCleaning", () => finishCleaning({ actor: centrum, unitId: cleaningId })],
      ["finishRepair", () => finishRepair({ actor: centrum, unitId: repair.id })],
      ["getReservation", () => getReservation({ actor: centrum, reservationId: reservation.id })],
      ["handOver", () => handOver({ actor: centrum, reservationId: reservation.id, checklist: FULL_CHECKOUT })],
      ["takeBack", () => takeBack({ actor: centrum, loanId: loan.id, checklist: CLEAN_CHECKIN })],
      ["cancelReservation", () => cancelReservation({ actor: centrum, reservationId: reservation.id })],
      ["confirmReservation", () => confirmReservation({ actor: centrum, reservationId: reservation.id })],
      ["confirmAtDesk", () => confirmAtDesk({ actor: centrum, reservationId: reservation.id })],
      ["extendLoan", () => extendLoan({ actor: centrum, loanId: loan.id })],
      ["extendAtDesk", () => extendAtDesk({ actor: centrum, loanId: loan.id })],
    ];
    const codes: Record<string, string> = {};
    for (const [name, attempt] of attempts) codes[name] = await errorCode(attempt());
    expect(codes).toEqual(Object.fromEntries(attempts.map(([name]) => [name, "NOT_FOUND"])));

    expect(await snapshot()).toEqual(before);
    expect((await db.reservation.findUniqueOrThrow({ where: { id: reservation.id } })).status).toBe("RESERVED");
    expect((await db.loan.findUniqueOrThrow({ where: { id: loan.id } })).status).toBe("ACTIVE");
    expect(await db.lendingUnit.count({ where: { code: { startsWith: "ZL-STOLEN" } } })).toBe(0);
  });

  it("gives NOT_FOUND to municipality admins and consultants, even for their own municipality's centre", async () => {
    for (const actor of [admin, consultant]) {
      expect(await errorCode(getDeskToday({ actor, centreSlug: "zorginnovatiehub-leyweg" }))).toBe("NOT_FOUND");
      expect(await errorCode(listMyCentres({ actor }))).toBe("NOT_FOUND");
      const unit = await db.lendingUnit.findFirstOrThrow({ where: { centreId: leywegId } });
      expect(await errorCode(getUnit({ actor, unitId: unit.id }))).toBe("NOT_FOUND");
    }
  });

  it("lets the Leyweg staff member work at both of their centres", async () => {
    const zuiderpark = await getDeskToday({ actor: leyweg, centreSlug: "mobilitheek-zuiderpark" });
    expect(zuiderpark.centre.name).toBe("Mobilitheek Zuiderpark");
    expect(await errorCode(getDeskToday({ actor: leyweg, centreSlug: "bibliotheek-centrum" }))).toBe("NOT_FOUND");
  });
});
