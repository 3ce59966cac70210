import { describe, expect, it } from "vitest";
import { errorText } from "@/lib/errors";
import {
  closingTimeOn,
  dueDayFor,
  holdOpeningDaysFromHours,
  holdUntilText,
  isOpenOn,
  isWithinOpeningHours,
  lastPickupFor,
  lastPickupText,
  nthOpeningDayAfter,
  openingDayOnOrAfter,
  openingDayOnOrBefore,
  openSlotsOn,
  type CentreCalendar,
} from "./calendar";
import { nextPickupDays, pickupDayProblem } from "./rules";

// Mobilitheek-like: Monday..Thursday 9:30-16:30. Christmas 2026: Friday 25 and Saturday 26 December.
const monThu: CentreCalendar = { hours: [1, 2, 3, 4].map((weekday) => ({ weekday, opens: "09:30", closes: "16:30" })), closedDays: [] };
const withHolidays: CentreCalendar = { ...monThu, closedDays: ["2026-12-28", "2027-01-01"] };
// Ervaarwoning-like: Tuesday and Thursday 10-16, Friday 10-12; Thursday with a lunch break
const split: CentreCalendar = {
  hours: [
    { weekday: 2, opens: "10:00", closes: "16:00" },
    { weekday: 4, opens: "13:00", closes: "16:00" },
    { weekday: 4, opens: "10:00", closes: "12:00" },
    { weekday: 5, opens: "10:00", closes: "12:00" },
  ],
  closedDays: ["2026-12-24"],
};

describe("open days and their slots", () => {
  it.each([
    ["a weekday with hours", monThu, "2026-12-21", true, "16:30"],
    ["Friday without weekly hours", monThu, "2026-12-25", false, null],
    ["Monday that is a closed day", withHolidays, "2026-12-28", false, null],
    ["Tuesday after the closed day", withHolidays, "2026-12-29", true, "16:30"],
    ["split day closes at the later slot", split, "2026-12-17", true, "16:00"],
    ["Thursday that is a closed day", split, "2026-12-24", false, null],
  ])("%s", (_name, calendar, day, open, closes) => {
    expect(isOpenOn(calendar, day)).toBe(open);
    expect(closingTimeOn(calendar, day)).toBe(closes);
  });

  it("lists the slots of a day in time order, none on a closed day", () => {
    expect(openSlotsOn(split, "2026-12-17")).toEqual([
      { opens: "10:00", closes: "12:00" },
      { opens: "13:00", closes: "16:00" },
    ]);
    expect(openSlotsOn(split, "2026-12-24")).toEqual([]);
  });

  it("accepts plain weekly hours as a calendar without closed days", () => {
    expect(isOpenOn(monThu.hours, "2026-12-28")).toBe(true);
  });
});

describe("isWithinOpeningHours", () => {
  it.each([
    ["Monday 10.00 (09:00 UTC)", "2026-12-21T09:00:00Z", true],
    ["Monday 9.29 is before opening", "2026-12-21T08:29:00Z", false],
    ["Monday 16.30 is closing time: closed", "2026-12-21T15:30:00Z", false],
    ["Monday midnight", "2026-12-20T23:00:00Z", false],
    ["a closed Monday", "2026-12-28T10:00:00Z", false],
  ])("%s", (_name, iso, expected) => {
    expect(isWithinOpeningHours(withHolidays, new Date(iso))).toBe(expected);
  });
});

describe("searching opening days", () => {
  it.each([
    ["on or after an open day is that day", "2026-12-21", "2026-12-21"],
    ["on or after Friday skips the weekend and the closed Monday", "2026-12-25", "2026-12-29"],
    ["on or after New Year's Day (closed, a Friday) is Monday", "2027-01-01", "2027-01-04"],
  ])("after: %s", (_name, day, expected) => {
    expect(openingDayOnOrAfter(withHolidays, day)).toBe(expected);
  });

  it.each([
    ["on or before Sunday is Thursday", "2026-12-27", "2026-12-24"],
    ["on or before a closed Monday is Thursday", "2026-12-28", "2026-12-24"],
  ])("before: %s", (_name, day, expected) => {
    expect(openingDayOnOrBefore(withHolidays, day)).toBe(expected);
  });

  it("respects a limit and a floor", () => {
    expect(openingDayOnOrAfter(withHolidays, "2026-12-25", "2026-12-28")).toBeNull();
    expect(openingDayOnOrBefore(withHolidays, "2026-12-27", "2026-12-25")).toBeNull();
  });

  it.each([
    ["0th is the day itself when open", "2026-12-21", 0, "2026-12-21"],
    ["0th of a closed day is none", "2026-12-25", 0, null],
    ["1st after Thursday skips the weekend and the closed Monday", "2026-12-24", 1, "2026-12-29"],
    ["2nd after Thursday", "2026-12-24", 2, "2026-12-30"],
  ])("nthOpeningDayAfter: %s", (_name, day, n, expected) => {
    expect(nthOpeningDayAfter(withHolidays, day, n)).toBe(expected);
  });

  it("finds nothing for a centre without hours", () => {
    expect(nthOpeningDayAfter({ hours: [], closedDays: [] }, "2026-12-21", 1)).toBeNull();
  });
});

describe("lastPickupFor: the hold counts opening days and ends at closing time", () => {
  it.each([
    // [name, calendar, pickup day, opening days held after it, last day, closes, moment (UTC)]
    ["one more opening day: Monday -> Tuesday 16.30", monThu, "2026-12-21", 1, "2026-12-22", "16:30", "2026-12-22T15:30:00.000Z"],
    ["Thursday before the long weekend -> Monday, not Friday (closed)", monThu, "2026-12-24", 1, "2026-12-28", "16:30", "2026-12-28T15:30:00.000Z"],
    ["... and with Monday a closed day -> Tuesday", withHolidays, "2026-12-24", 1, "2026-12-29", "16:30", "2026-12-29T15:30:00.000Z"],
    ["no extra days: closing time of the pickup day", monThu, "2026-12-21", 0, "2026-12-21", "16:30", "2026-12-21T15:30:00.000Z"],
    ["two extra opening days", withHolidays, "2026-12-30", 2, "2027-01-04", "16:30", "2027-01-04T15:30:00.000Z"],
    ["split day: held until Thursday's last slot ends", split, "2026-12-15", 1, "2026-12-17", "16:00", "2026-12-17T15:00:00.000Z"],
    ["summer time (UTC+2)", monThu, "2026-07-06", 1, "2026-07-07", "16:30", "2026-07-07T14:30:00.000Z"],
  ])("%s", (_name, calendar, pickupDay, held, day, closes, until) => {
    const last = lastPickupFor(calendar, pickupDay, held);
    expect(last).toEqual({ day, closes, until: new Date(until) });
  });

  it("gives null for a pickup day the centre is closed", () => {
    expect(lastPickupFor(withHolidays, "2026-12-28", 1)).toBeNull();
    expect(lastPickupFor(monThu, "2026-12-25", 1)).toBeNull();
  });

  it("turns the hours setting into opening days", () => {
    expect([1, 24, 25, 48, 72].map(holdOpeningDaysFromHours)).toEqual([1, 1, 2, 2, 3]);
  });
});

describe("the last pickup moment in words", () => {
  it.each([
    ["closing time", new Date("2026-12-28T15:30:00Z"), "tot en met maandag 28 december 2026 om 16.30 uur"],
    ["an old hold that ends at midnight reads as the day before, never 00:00", new Date("2026-12-24T23:00:00Z"), "tot en met donderdag 24 december 2026"],
  ])("%s", (_name, holdUntil, expected) => {
    expect(holdUntilText(holdUntil)).toBe(expected);
  });

  it("writes day and time", () => {
    expect(lastPickupText({ day: "2026-12-22", closes: "09:30" })).toBe("dinsdag 22 december 2026 om 9.30 uur");
  });
});

describe("dueDayFor: a loan comes back on a day the centre is open", () => {
  it.each([
    ["plain due day is open", monThu, "2026-12-01", 28, undefined, "2026-12-29"],
    ["due on a Friday moves to Monday", monThu, "2026-11-27", 28, undefined, "2026-12-28"],
    ["due on a closed Monday moves to Tuesday", withHolidays, "2026-11-30", 28, undefined, "2026-12-29"],
    ["capped by the longest loan: the last opening day before the cap", withHolidays, "2026-10-01", 200, "2026-12-28", "2026-12-24"],
    ["the cap itself when open", monThu, "2026-10-01", 200, "2026-12-28", "2026-12-28"],
  ])("%s", (_name, calendar, start, days, latest, expected) => {
    expect(dueDayFor(calendar, start, days, latest)).toBe(expected);
  });
});

describe("pickup days skip closed days", () => {
  it("does not offer Christmas, Boxing Day or New Year's Day", () => {
    const everyDay: CentreCalendar = { hours: [1, 2, 3, 4, 5, 6, 7].map((weekday) => ({ weekday, opens: "10:00", closes: "16:00" })), closedDays: ["2026-12-25", "2026-12-26", "2027-01-01"] };
    const days = nextPickupDays(everyDay, "2026-12-23", 10).map((d) => d.day);
    expect(days).toEqual(["2026-12-24", "2026-12-27", "2026-12-28", "2026-12-29", "2026-12-30", "2026-12-31", "2027-01-02", "2027-01-03", "2027-01-04", "2027-01-05"]);
  });

  it.each([
    ["a closed day", "2026-12-28", /dicht/],
    ["the open day after it", "2026-12-29", null],
  ])("pickupDayProblem: %s", (_name, day, expected) => {
    const problem = pickupDayProblem(withHolidays, day, "2026-12-21");
    if (expected === null) expect(problem).toBeNull();
    else expect(problem && errorText(problem)).toMatch(expected);
  });
});
