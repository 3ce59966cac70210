import { describe, expect, it } from "vitest";
import { errorText } from "@/lib/errors";
import {
  endOfDayInAmsterdam,
  eraseAfterFrom,
  holdUntilFor,
  hourInAmsterdam,
  isCalendarDay,
  maskContact,
  MAX_PICKUP_AHEAD_DAYS,
  nextPickupDays,
  pickupDayProblem,
  startOfDayInAmsterdam,
} from "./rules";

const weekdays = [1, 2, 3, 4, 5].map((weekday) => ({ weekday, opens: "09:00", closes: "17:00" }));
const tueThu = [
  { weekday: 4, opens: "13:00", closes: "16:00" },
  { weekday: 2, opens: "10:00", closes: "16:00" },
  { weekday: 4, opens: "09:00", closes: "12:00" },
];

describe("start and end of an Amsterdam day", () => {
  it.each([
    ["winter (UTC+1)", "2026-01-15", "2026-01-14T23:00:00.000Z", "2026-01-15T23:00:00.000Z"],
    ["summer (UTC+2)", "2026-07-01", "2026-06-30T22:00:00.000Z", "2026-07-01T22:00:00.000Z"],
    ["day clocks go forward (23 h)", "2026-03-29", "2026-03-28T23:00:00.000Z", "2026-03-29T22:00:00.000Z"],
    ["day clocks go back (25 h)", "2026-10-25", "2026-10-24T22:00:00.000Z", "2026-10-25T23:00:00.000Z"],
  ])("%s", (_name, day, start, end) => {
    expect(startOfDayInAmsterdam(day).toISOString()).toBe(start);
    expect(endOfDayInAmsterdam(day).toISOString()).toBe(end);
  });

  it("gives the hour in Amsterdam", () => {
    expect(hourInAmsterdam(new Date("2026-11-23T08:30:00Z"))).toBe(9);
    expect(hourInAmsterdam(new Date("2026-07-01T22:30:00Z"))).toBe(0);
  });
});

describe("holdUntilFor", () => {
  it.each([
    ["24 hours after the end of the pickup day", "2026-11-24", 24, "2026-11-25T23:00:00.000Z"],
    ["1 hour after the end of the pickup day", "2026-11-24", 1, "2026-11-25T00:00:00.000Z"],
  ])("%s", (_name, day, hours, expected) => {
    expect(holdUntilFor(day, hours).toISOString()).toBe(expected);
  });
});

describe("eraseAfterFrom", () => {
  it("adds the retention days", () => {
    expect(eraseAfterFrom(new Date("2026-01-01T10:00:00Z"), 90).toISOString()).toBe("2026-04-01T10:00:00.000Z");
  });
});

describe("nextPickupDays", () => {
  it("starts tomorrow and skips closed days (Monday 23 November 2026)", () => {
    const days = nextPickupDays(weekdays, "2026-11-23", 10);
    expect(days).toHaveLength(10);
    expect(days[0]).toEqual({ day: "2026-11-24", slots: [{ opens: "09:00", closes: "17:00" }] });
    expect(days.map((d) => d.day)).not.toContain("2026-11-28"); // Saturday
    expect(days.map((d) => d.day)).not.toContain("2026-11-23"); // today
    expect(days[9]?.day).toBe("2026-12-07");
  });

  it("lists every slot of a day in time order", () => {
    const days = nextPickupDays(tueThu, "2026-11-23", 2);
    expect(days).toEqual([
      { day: "2026-11-24", slots: [{ opens: "10:00", closes: "16:00" }] },
      { day: "2026-11-26", slots: [{ opens: "09:00", closes: "12:00" }, { opens: "13:00", closes: "16:00" }] },
    ]);
  });

  it("never offers a day beyond the window, so a centre open once a week gives fewer days", () => {
    const days = nextPickupDays([{ weekday: 3, opens: "10:00", closes: "12:00" }], "2026-11-23", 10);
    expect(days.length).toBeLessThan(10);
    expect(days.length).toBeGreaterThanOrEqual(4);
    expect(days.every((d) => d.day <= "2026-12-24")).toBe(true);
  });

  it("is empty for a centre without opening hours", () => {
    expect(nextPickupDays([], "2026-11-23")).toEqual([]);
  });
});

describe("pickupDayProblem", () => {
  it.each([
    ["an opening day tomorrow is fine", "2026-11-24", null],
    ["not a date", "24-11-2026", /JJJJ-MM-DD/],
    ["a day that does not exist", "2026-02-30", /JJJJ-MM-DD/],
    ["a day in the past", "2026-11-20", /voorbij/],
    ["today", "2026-11-23", /vanaf morgen/],
    ["a Saturday (closed)", "2026-11-28", /dicht/],
    ["too far ahead", "2027-02-01", new RegExp(`${MAX_PICKUP_AHEAD_DAYS} dagen`)],
  ])("%s", (_name, day, expected) => {
    const problem = pickupDayProblem(weekdays, day, "2026-11-23");
    if (expected === null) expect(problem).toBeNull();
    else expect(problem && errorText(problem)).toMatch(expected);
  });
});

describe("isCalendarDay", () => {
  it.each([
    ["2026-11-23", true],
    ["2026-13-01", false],
    ["2026-11-23T10:00", false],
    ["", false],
  ])("%s -> %s", (value, expected) => {
    expect(isCalendarDay(value)).toBe(expected);
  });
});

describe("maskContact", () => {
  it.each([
    ["e-mail", { email: "jan@voorbeeld.nl" }, "j***@voorbeeld.nl"],
    ["phone", { phone: "06 1234 5678" }, "06 ** ** 78"],
    ["e-mail wins over phone", { email: "a@b.nl", phone: "0612345678" }, "a***@b.nl"],
    ["nothing", {}, null],
  ])("%s", (_name, contact, expected) => {
    expect(maskContact(contact)).toBe(expected);
  });
});
