/**
 * Issue 12: the resident's language is stored with the reservation and the waiting-list entry, and every message
 * about them is written in it (with links that keep it); without a language, Dutch as before.
 */
import { beforeAll, describe, expect, it } from "vitest";
import { reserveUnit } from "@/lib/server/lending/reserve-unit";
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

describe("the resident's language", () => {
  it("a reservation made in Turkish stores tr and queues a Turkish confirmation whose link keeps the language", async () => {
    const stock = await controlledStock(db, { centreSlug: "zorginnovatiehub-leyweg", available: 2, prefix: "LOCTR" });
    const input = { productSlug: stock.product.slug, centreSlug: stock.centre.slug, pickupDate: stock.pickupDate, name: "Ayşe Yılmaz", consent: true };
    const r = await reserveUnit({ ...input, email: "ayse@voorbeeld.nl", locale: "tr" });
    const row = await db.reservation.findUniqueOrThrow({ where: { reference: r.reference } });
    expect(row.locale).toBe("tr");
    const message = await db.outboxMessage.findUniqueOrThrow({ where: { dedupeKey: `reservation_confirmation:${row.id}` } });
    expect(message.subject).toBe(`Rezervasyonunuz: ${stock.product.name}`);
    expect(message.body).toMatch(/^Sayın Ayşe Yılmaz,/);
    expect(message.body).toContain("Rezervasyon kodunuz:");
    expect(message.body).toMatch(new RegExp(`/reservering/${r.reference}\\?taal=tr`));
    expect(message.body).not.toMatch(/Beste|Ophalen|hulpmiddel|Met vriendelijke groet/);

    // without a language (the API, the desk): Dutch, as before
    const dutch = await reserveUnit({ ...input, phone: "0612345678" });
    const dutchRow = await db.reservation.findUniqueOrThrow({ where: { reference: dutch.reference } });
    expect(dutchRow.locale).toBe("nl");
    const sms = await db.outboxMessage.findUniqueOrThrow({ where: { dedupeKey: `reservation_confirmation:${dutchRow.id}` } });
    expect(sms.body).toMatch(/^U hebt een .* gereserveerd/);
    expect(sms.body).not.toContain("taal=");
  });

  it("an unknown language is stored as Dutch", async () => {
    const stock = await controlledStock(db, { centreSlug: "zorginnovatiehub-leyweg", available: 1, prefix: "LOCXX" });
    const r = await reserveUnit({ productSlug: stock.product.slug, centreSlug: stock.centre.slug, pickupDate: stock.pickupDate, name: "X", phone: "0612345678", consent: true, locale: "xx" });
    expect((await db.reservation.findUniqueOrThrow({ where: { reference: r.reference } })).locale).toBe("nl");
  });

  it("the waiting list in Arabic: confirmation, offer and the reservation from the offer all speak Arabic", async () => {
    const stock = await controlledStock(db, { centreSlug: "mobilitheek-zuiderpark", available: 0, parked: 1, prefix: "LOCAR" });
    const joined = await joinWaitlist({ productSlug: stock.product.slug, centreSlug: stock.centre.slug, name: "Fatima", email: "fatima@voorbeeld.nl", consent: true, locale: "ar" });
    const entry = await db.waitlistEntry.findUniqueOrThrow({ where: { reference: joined.reference } });
    expect(entry.locale).toBe("ar");
    const confirmation = await db.outboxMessage.findUniqueOrThrow({ where: { dedupeKey: `waitlist_confirmation:${entry.id}` } });
    expect(confirmation.body).toMatch(/قائمة الانتظار/);
    expect(confirmation.body).toContain(`/wachtlijst/${joined.reference}?taal=ar`);

    const unit = stock.units[0]!;
    await db.lendingUnit.update({ where: { id: unit.id }, data: { status: "AVAILABLE", statusUntil: null } });
    await db.$transaction((tx) => offerReturnedUnit(tx, unit.id));
    const offer = await db.outboxMessage.findFirstOrThrow({ where: { kind: "waitlist_offer", dedupeKey: { startsWith: `waitlist_offer:${entry.id}` } } });
    expect(offer.body).toMatch(/خبر جيد/);

    const reservation = await acceptOffer({ reference: joined.reference, pickupDate: stock.pickupDate });
    const row = await db.reservation.findUniqueOrThrow({ where: { reference: reservation.reference } });
    expect(row.locale).toBe("ar");
    const message = await db.outboxMessage.findUniqueOrThrow({ where: { dedupeKey: `reservation_confirmation:${row.id}` } });
    expect(message.body).toMatch(/رمز حجزك/);
  });
});
