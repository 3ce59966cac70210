/**
 * Issue 9: lending reads the settings of the centre's municipality (Municipality.settings on the environment's
 * defaults), so two municipalities with different settings behave differently: how long a reservation is held, how
 * long a waiting-list offer stays open, how many days an item is cleaned, and how often a loan may be extended.
 */
import { afterEach, beforeAll, describe, expect, it } from "vitest";
import type { Actor } from "@/lib/auth/permissions";
import { handOver } from "@/lib/server/desk/hand-over";
import { takeBack } from "@/lib/server/desk/take-back";
import { reserveUnit } from "@/lib/server/lending/reserve-unit";
import { extendLoan } from "@/lib/server/lending/extend-loan";
import { getAvailability } from "@/lib/server/lending/get-availability";
import { offerReturnedUnit } from "@/lib/server/lending/waitlist/offer-returned-unit";
import { calendarOf, holdOpeningDaysFromHours, lastPickupFor } from "@/lib/server/lending/rules";
import { addDays, isoDateInAmsterdam } from "@/lib/util/dates";
import { resetWithDemoData } from "./helpers";
import { actorFor, controlledStock } from "./lending-fixtures";

type Db = Awaited<ReturnType<typeof resetWithDemoData>>;
let db: Db;
let leyweg: Actor;
let rijswijkStaff: Actor;
let denHaagId: string;
let rijswijkId: string;

beforeAll(async () => {
  db = await resetWithDemoData();
  leyweg = await actorFor(db, "medewerker@leyweg.demo");
  rijswijkStaff = await actorFor(db, "medewerker@rijswijk.demo");
  denHaagId = (await db.municipality.findUniqueOrThrow({ where: { slug: "den-haag" } })).id;
  rijswijkId = (await db.municipality.findUniqueOrThrow({ where: { slug: "rijswijk" } })).id;
});

afterEach(async () => {
  await db.municipality.updateMany({ data: { settings: {} } });
});

async function setSettings(municipalityId: string, settings: Record<string, number>) {
  await db.municipality.update({ where: { id: municipalityId }, data: { settings } });
}

async function checklistOf(productId: string) {
  return (await db.product.findUniqueOrThrow({ where: { id: productId }, select: { checklist: true } })).checklist;
}

/** Reserve, hand over: an ACTIVE loan at the centre. */
async function loanAt(centreSlug: string, staff: Actor, prefix: string) {
  const stock = await controlledStock(db, { centreSlug, available: 1, prefix });
  const r = await reserveUnit({ productSlug: stock.product.slug, centreSlug, pickupDate: stock.pickupDate, name: "Mevrouw Instelling", phone: "0612345678", consent: true });
  const items = await checklistOf(stock.product.id);
  const { loanId } = await handOver({ actor: staff, reservationId: r.id, checklist: { items, explained: true, idChecked: true } });
  return { stock, reservation: r, loanId, items };
}

describe("lending follows the settings of the centre's municipality", () => {
  it("holds a reservation for the municipality's own holding period", async () => {
    await setSettings(denHaagId, { reservationHoldHours: 24 });
    await setSettings(rijswijkId, { reservationHoldHours: 96 });
    const held: Record<string, Date> = {};
    for (const [slug, hours, prefix] of [["zorginnovatiehub-leyweg", 24, "HOLDDH"], ["uitleenpunt-rijswijk", 96, "HOLDRW"]] as const) {
      const stock = await controlledStock(db, { centreSlug: slug, available: 1, prefix });
      const r = await reserveUnit({ productSlug: stock.product.slug, centreSlug: slug, pickupDate: stock.pickupDate, name: "Meneer Vasthouden", phone: "0612345678", consent: true });
      const row = await db.reservation.findUniqueOrThrow({ where: { id: r.id } });
      const expected = lastPickupFor(calendarOf(stock.centre), stock.pickupDate, holdOpeningDaysFromHours(hours))!.until;
      expect(row.holdUntil.getTime()).toBe(expected.getTime());
      held[slug] = row.holdUntil;
      // one opening day (24 hours) against four
      const oneDay = lastPickupFor(calendarOf(stock.centre), stock.pickupDate, 1)!.until;
      if (hours === 24) expect(row.holdUntil.getTime()).toBe(oneDay.getTime());
      else expect(row.holdUntil.getTime()).toBeGreaterThan(oneDay.getTime());
    }
  });

  it("cleans a returned item for the municipality's own number of days, and availability counts those days", async () => {
    await setSettings(denHaagId, { cleaningDays: 5 });
    await setSettings(rijswijkId, { cleaningDays: 0 });
    const today = isoDateInAmsterdam();

    const dh = await loanAt("zorginnovatiehub-leyweg", leyweg, "CLEANDH");
    const dhBack = await takeBack({ actor: leyweg, loanId: dh.loanId, checklist: { items: dh.items, needsCleaning: false, damage: false, note: "" } });
    expect(dhBack).toMatchObject({ status: "CLEANING", untilDay: addDays(today, 5) });

    const rw = await loanAt("uitleenpunt-rijswijk", rijswijkStaff, "CLEANRW");
    const rwBack = await takeBack({ actor: rijswijkStaff, loanId: rw.loanId, checklist: { items: rw.items, needsCleaning: false, damage: false, note: "" } });
    expect(rwBack).toMatchObject({ status: "CLEANING", untilDay: today });

    // an item on loan comes back on its due day plus the municipality's cleaning days
    const onLoan = await loanAt("zorginnovatiehub-leyweg", leyweg, "NEXTDH");
    const loan = await db.loan.findUniqueOrThrow({ where: { id: onLoan.loanId } });
    const [row] = await getAvailability({ centreIds: [onLoan.stock.centre.id], productIds: [onLoan.stock.product.id] });
    expect(row?.nextAvailableDate).toBe(addDays(isoDateInAmsterdam(loan.dueAt), 5));
    await setSettings(denHaagId, { cleaningDays: 1 });
    const [again] = await getAvailability({ centreIds: [onLoan.stock.centre.id], productIds: [onLoan.stock.product.id] });
    expect(again?.nextAvailableDate).toBe(addDays(isoDateInAmsterdam(loan.dueAt), 1));
  });

  it("keeps a waiting-list offer open for the municipality's own period", async () => {
    await setSettings(denHaagId, { waitlistOfferHours: 10 });
    await setSettings(rijswijkId, { waitlistOfferHours: 100 });
    const now = new Date();
    for (const [slug, hours, prefix] of [["zorginnovatiehub-leyweg", 10, "OFFDH"], ["uitleenpunt-rijswijk", 100, "OFFRW"]] as const) {
      const stock = await controlledStock(db, { centreSlug: slug, available: 1, prefix });
      await db.waitlistEntry.create({
        data: { reference: `W${prefix}`, productId: stock.product.id, centreId: stock.centre.id, name: "Wachtende", phone: "0612345678", eraseAfter: new Date(Date.now() + 90 * 86_400_000) },
      });
      const offer = await db.$transaction((tx) => offerReturnedUnit(tx, stock.units[0]!.id, now));
      expect(offer?.offerExpiresAt.getTime()).toBe(now.getTime() + hours * 3_600_000);
    }
  });

  it("extends a loan at most the stricter of the product's and the municipality's limit", async () => {
    const dh = await loanAt("zorginnovatiehub-leyweg", leyweg, "EXTDH");
    const rw = await loanAt("uitleenpunt-rijswijk", rijswijkStaff, "EXTRW");
    await db.product.updateMany({ where: { id: { in: [dh.stock.product.id, rw.stock.product.id] } }, data: { maxExtensions: 3, maxLoanDays: 365 } });
    try {
      await setSettings(denHaagId, { maxExtensions: 0 });
      await setSettings(rijswijkId, { maxExtensions: 2 });
      await expect(extendLoan({ actor: leyweg, loanId: dh.loanId })).rejects.toMatchObject({ code: "CONFLICT", details: { reason: "max_extensions" } });
      await extendLoan({ actor: rijswijkStaff, loanId: rw.loanId });
      await extendLoan({ actor: rijswijkStaff, loanId: rw.loanId });
      await expect(extendLoan({ actor: rijswijkStaff, loanId: rw.loanId })).rejects.toMatchObject({ code: "CONFLICT", details: { reason: "max_extensions" } });
      // the municipality cannot allow more than the product itself: product 1, municipality 5 -> 1
      await db.product.update({ where: { id: dh.stock.product.id }, data: { maxExtensions: 1 } });
      await setSettings(denHaagId, { maxExtensions: 5 });
      await extendLoan({ actor: leyweg, loanId: dh.loanId });
      await expect(extendLoan({ actor: leyweg, loanId: dh.loanId })).rejects.toMatchObject({ code: "CONFLICT", details: { reason: "max_extensions" } });
    } finally {
      await db.product.updateMany({ where: { id: { in: [dh.stock.product.id, rw.stock.product.id] } }, data: { maxExtensions: 1, maxLoanDays: 91 } });
    }
  });
});
