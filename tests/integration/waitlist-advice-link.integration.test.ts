/**
 * Issue 13, "outcomes flow from every loan": a resident who joins the waiting list from their advice (?advies=CODE)
 * keeps that advice with the entry, and the reservation made when they accept an offer is linked to it, so the loan's
 * outcome is learned from like a direct reservation's. Another municipality's snapshot, or one that did not
 * recommend the product, is not linked (best effort: the entry is made without it).
 */
import { beforeAll, describe, expect, it } from "vitest";
import { acceptOffer } from "@/lib/server/lending/waitlist/accept-offer";
import { joinWaitlist } from "@/lib/server/lending/waitlist/join-waitlist";
import { offerReturnedUnit } from "@/lib/server/lending/waitlist/offer-returned-unit";
import { resetWithDemoData } from "./helpers";
import { controlledStock } from "./lending-fixtures";

type Db = Awaited<ReturnType<typeof resetWithDemoData>>;
let db: Db;

beforeAll(async () => {
  db = await resetWithDemoData();
});

async function snapshotFor(code: string, municipalitySlug: string, productSlug: string) {
  const { id: municipalityId } = await db.municipality.findUniqueOrThrow({ where: { slug: municipalitySlug }, select: { id: true } });
  return db.adviceSnapshot.create({
    data: {
      code,
      municipalityId,
      engineVersion: "test",
      difficulties: ["mobility.getting_up"],
      items: [{ slug: productSlug, rank: 2, score: 71, difficulties: ["mobility.getting_up"] }],
      result: {},
    },
  });
}

describe("the waiting list keeps the advice it was joined from", () => {
  it("links the entry and the reservation from an accepted offer to the resident's advice snapshot", async () => {
    const stock = await controlledStock(db, { centreSlug: "mobilitheek-zuiderpark", available: 0, parked: 1, prefix: "WLSNAP" });
    const municipality = await db.municipality.findUniqueOrThrow({ where: { id: stock.centre.municipalityId }, select: { slug: true } });
    const snapshot = await snapshotFor("WLSNAP01", municipality.slug, stock.product.slug);

    const joined = await joinWaitlist({ productSlug: stock.product.slug, centreSlug: stock.centre.slug, name: "Mevrouw W.", phone: "0612345678", consent: true, adviceCode: "wlsnap01" });
    const entry = await db.waitlistEntry.findUniqueOrThrow({ where: { reference: joined.reference } });
    expect(entry.adviceSnapshotId).toBe(snapshot.id);

    const unit = stock.units[0]!;
    await db.lendingUnit.update({ where: { id: unit.id }, data: { status: "AVAILABLE", statusUntil: null } });
    await db.$transaction((tx) => offerReturnedUnit(tx, unit.id));
    const reservation = await acceptOffer({ reference: joined.reference, pickupDate: stock.pickupDate });
    const row = await db.reservation.findUniqueOrThrow({ where: { reference: reservation.reference } });
    expect(row.adviceSnapshotId).toBe(snapshot.id);
  });

  it("does not link another municipality's snapshot, one without this product, or an unknown code", async () => {
    const stock = await controlledStock(db, { centreSlug: "mobilitheek-zuiderpark", available: 0, parked: 1, prefix: "WLSNAQ" });
    const other = await db.municipality.findFirstOrThrow({ where: { id: { not: stock.centre.municipalityId } }, select: { slug: true } });
    const own = await db.municipality.findUniqueOrThrow({ where: { id: stock.centre.municipalityId }, select: { slug: true } });
    await snapshotFor("WLSNAQ01", other.slug, stock.product.slug);
    await snapshotFor("WLSNAQ02", own.slug, "een-ander-hulpmiddel");
    for (const adviceCode of ["WLSNAQ01", "WLSNAQ02", "ONBEKEND9", "<script>"]) {
      const joined = await joinWaitlist({ productSlug: stock.product.slug, centreSlug: stock.centre.slug, name: "Meneer Q.", phone: "0612345678", consent: true, adviceCode });
      const entry = await db.waitlistEntry.findUniqueOrThrow({ where: { reference: joined.reference } });
      expect(entry.adviceSnapshotId, adviceCode).toBeNull();
    }
  });
});
