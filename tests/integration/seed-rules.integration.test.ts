/**
 * The demo data obeys the same lending rules as the app (issue 8): pickups on days the centre is open (not on closed
 * days), holds until closing time of the last opening day, hand-overs and returns during opening hours, due days on
 * opening days and within the longest loan. Checked right after seeding, for today and for a day just before Christmas.
 */
import { describe, expect, it } from "vitest";
import { env } from "@/lib/env";
import { calendarOf, holdOpeningDaysFromHours, isOpenOn, isWithinOpeningHours, lastPickupFor } from "@/lib/server/lending/calendar";
import { addDays, dateToDay, isoDateInAmsterdam } from "@/lib/util/dates";
import { resetWithDemoData } from "./helpers";

async function problemsAfterSeeding(now: Date): Promise<string[]> {
  const db = await resetWithDemoData(now);
  const today = isoDateInAmsterdam(now);
  const holdDays = holdOpeningDaysFromHours(env().RESERVATION_HOLD_HOURS);
  const centres = await db.lendingCentre.findMany({ include: { openingHours: true, closedDays: true } });
  const calendars = new Map(centres.map((c) => [c.id, calendarOf(c)]));
  const problems: string[] = [];

  const reservations = await db.reservation.findMany({ include: { loan: true, product: true, unit: { select: { code: true } } } });
  expect(reservations.length).toBeGreaterThan(10);
  for (const r of reservations) {
    const calendar = calendars.get(r.centreId)!;
    const pickupDay = dateToDay(r.pickupDate);
    const label = `${r.unit.code} (${r.status})`;
    if (!isOpenOn(calendar, pickupDay)) problems.push(`${label}: ophaaldag ${pickupDay} is dicht`);
    const last = lastPickupFor(calendar, pickupDay, holdDays);
    if (last?.until.getTime() !== r.holdUntil.getTime()) problems.push(`${label}: vastgehouden tot ${r.holdUntil.toISOString()}, regel zegt ${last?.until.toISOString()}`);
    if (r.status === "RESERVED" && pickupDay <= today) problems.push(`${label}: ophaaldag ${pickupDay} is niet na vandaag`);
    if (r.loan) {
      const startDay = isoDateInAmsterdam(r.loan.startedAt);
      const dueDay = isoDateInAmsterdam(r.loan.dueAt);
      if (!isWithinOpeningHours(calendar, r.loan.startedAt)) problems.push(`${label}: meegegeven buiten openingstijd (${r.loan.startedAt.toISOString()})`);
      if (startDay !== pickupDay) problems.push(`${label}: meegegeven op ${startDay}, ophaaldag ${pickupDay}`);
      if (!isOpenOn(calendar, dueDay)) problems.push(`${label}: terugbrengdag ${dueDay} is dicht`);
      if (dueDay > addDays(startDay, r.product.maxLoanDays)) problems.push(`${label}: uitleen langer dan ${r.product.maxLoanDays} dagen`);
      if (startDay > today) problems.push(`${label}: uitleen begint in de toekomst`);
    }
  }

  const deskEvents = await db.unitEvent.findMany({ where: { action: { in: ["created", "seeded", "handed_over", "returned", "returned_damaged", "repair", "retired", "cleaned"] } }, include: { unit: true } });
  for (const e of deskEvents) {
    if (!isWithinOpeningHours(calendars.get(e.unit.centreId)!, e.at)) problems.push(`${e.unit.code}: ${e.action} buiten openingstijd (${e.at.toISOString()})`);
  }
  const parked = await db.lendingUnit.findMany({ where: { status: { in: ["CLEANING", "REPAIR"] } } });
  for (const u of parked) {
    const day = isoDateInAmsterdam(u.statusUntil!);
    if (!isOpenOn(calendars.get(u.centreId)!, day)) problems.push(`${u.code}: klaar op ${day}, dan is het dicht`);
  }
  return problems;
}

// seeding the whole demo takes a while on a busy machine (the other files seed in a beforeAll with a longer hook timeout)
const SEED_TIMEOUT = 180_000;

describe("the demo data follows the lending rules", () => {
  it("seeded today", async () => {
    expect(await problemsAfterSeeding(new Date())).toEqual([]);
  }, SEED_TIMEOUT);

  it("seeded just before Christmas: the holidays are closed days, and nothing lands on them", async () => {
    expect(await problemsAfterSeeding(new Date("2026-12-22T10:00:00Z"))).toEqual([]);
    const { db } = await import("@/lib/db");
    const leyweg = await db.lendingCentre.findUniqueOrThrow({ where: { slug: "zorginnovatiehub-leyweg" }, include: { closedDays: true } });
    expect(leyweg.closedDays.map((d) => d.date)).toEqual(expect.arrayContaining(["2026-12-25", "2026-12-26", "2027-01-01"]));
    const onHolidays = await db.reservation.count({ where: { pickupDate: { in: [new Date("2026-12-25"), new Date("2026-12-26"), new Date("2027-01-01")] } } });
    expect(onHolidays).toBe(0);
  }, SEED_TIMEOUT);
});
