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
import { addDays } from "@/lib/util/dates";
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
async function checkout(_productId: string) {
  return { complete: true, explained: true, idChecked: true };
}
async function checkin(_productId: string) {
  return { complete: true, needsCleaning: false, damage: false, note: "" };
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
