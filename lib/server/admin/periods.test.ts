import { describe, expect, it } from "vitest";
import { amsterdamDayRange, startOfAmsterdamDay, startOfAmsterdamMonth } from "./periods";

describe("startOfAmsterdamDay", () => {
  it.each([
    ["winter: UTC+1", "2026-01-15", "2026-01-14T23:00:00.000Z"],
    ["summer: UTC+2", "2026-07-01", "2026-06-30T22:00:00.000Z"],
    ["the day summer time starts (29 March 2026)", "2026-03-29", "2026-03-28T23:00:00.000Z"],
    ["the day after summer time starts", "2026-03-30", "2026-03-29T22:00:00.000Z"],
    ["the day winter time starts (25 October 2026)", "2026-10-25", "2026-10-24T22:00:00.000Z"],
    ["the day after winter time starts", "2026-10-26", "2026-10-25T23:00:00.000Z"],
    ["new year", "2027-01-01", "2026-12-31T23:00:00.000Z"],
  ])("%s", (_name, day, expected) => {
    expect(startOfAmsterdamDay(day).toISOString()).toBe(expected);
  });
});

describe("amsterdamDayRange", () => {
  it.each<[string, string | undefined, string | undefined, { gte?: string; lt?: string }]>([
    ["both days, end day included", "2026-11-01", "2026-11-30", { gte: "2026-10-31T23:00:00.000Z", lt: "2026-11-30T23:00:00.000Z" }],
    ["one day", "2026-07-01", "2026-07-01", { gte: "2026-06-30T22:00:00.000Z", lt: "2026-07-01T22:00:00.000Z" }],
    ["only a start", "2026-07-01", undefined, { gte: "2026-06-30T22:00:00.000Z" }],
    ["only an end", undefined, "2026-07-01", { lt: "2026-07-01T22:00:00.000Z" }],
    ["nothing", undefined, undefined, {}],
  ])("%s", (_name, from, to, expected) => {
    const range = amsterdamDayRange(from, to);
    expect({ ...(range.gte ? { gte: range.gte.toISOString() } : {}), ...(range.lt ? { lt: range.lt.toISOString() } : {}) }).toEqual(expected);
  });
});

describe("startOfAmsterdamMonth", () => {
  it.each([
    ["late on the last evening of a month in UTC is already the next month in Amsterdam", "2026-11-30T23:30:00.000Z", "2026-11-30T23:00:00.000Z"],
    ["in the middle of a summer month", "2026-07-15T12:00:00.000Z", "2026-06-30T22:00:00.000Z"],
  ])("%s", (_name, now, expected) => {
    expect(startOfAmsterdamMonth(new Date(now)).toISOString()).toBe(expected);
  });
});
