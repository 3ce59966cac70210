import { describe, expect, it } from "vitest";
import { amsterdamMoment, endOfDayInAmsterdam, hourInAmsterdam, startOfDayInAmsterdam, timeInAmsterdam } from "./amsterdam-time";
import { startOfAmsterdamDay } from "@/lib/server/admin/periods";
import { addDays } from "@/lib/util/dates";

// Summer time starts on the last Sunday of March (02:00 → 03:00) and ends on the last Sunday of October (03:00 → 02:00).
const changes: [year: number, march: string, october: string][] = [
  [2025, "2025-03-30", "2025-10-26"],
  [2026, "2026-03-29", "2026-10-25"],
  [2027, "2027-03-28", "2027-10-31"],
  [2028, "2028-03-26", "2028-10-29"],
  [2030, "2030-03-31", "2030-10-27"],
];

describe.each(changes)("daylight saving in %i", (_year, march, october) => {
  it.each([
    ["the day summer time starts lasts 23 hours", march, 23],
    ["the day winter time starts lasts 25 hours", october, 25],
  ])("%s", (_name, day, hours) => {
    expect((endOfDayInAmsterdam(day).getTime() - startOfDayInAmsterdam(day).getTime()) / 3_600_000).toBe(hours);
  });

  it("starts the change days at local midnight (UTC+1 in March, UTC+2 in October)", () => {
    expect(startOfDayInAmsterdam(march).toISOString()).toBe(`${addDays(march, -1)}T23:00:00.000Z`);
    expect(startOfDayInAmsterdam(october).toISOString()).toBe(`${addDays(october, -1)}T22:00:00.000Z`);
    expect(startOfAmsterdamDay(october)).toEqual(startOfDayInAmsterdam(october));
  });

  it.each([
    ["01:59 before summer time: still UTC+1", "march", "01:59", "00:59"],
    ["03:00 right after the hour is skipped: UTC+2", "march", "03:00", "01:00"],
    ["09:00 on the first summer morning: UTC+2", "march", "09:00", "07:00"],
    ["00:30 before winter time: UTC+2", "october", "00:30", "22:30"],
    ["03:00 after the clocks went back: UTC+1", "october", "03:00", "02:00"],
    ["09:00 on the first winter morning: UTC+1", "october", "09:00", "08:00"],
  ])("%s", (_name, which, time, utcTime) => {
    const day = which === "march" ? march : october;
    const moment = amsterdamMoment(day, time);
    expect(moment.toISOString().slice(11, 16)).toBe(utcTime);
    expect(timeInAmsterdam(moment)).toBe(time);
    expect(hourInAmsterdam(moment)).toBe(Number(time.slice(0, 2)));
  });
});

describe("times that do not exist or happen twice (2026)", () => {
  it.each([
    ["02:30 on 29 March is skipped: it moves forward to 03:30 summer time", "2026-03-29", "02:30", "2026-03-29T01:30:00.000Z", "03:30"],
    ["02:30 on 25 October happens twice: the second time, in winter time", "2026-10-25", "02:30", "2026-10-25T01:30:00.000Z", "02:30"],
  ])("%s", (_name, day, time, expected, readsAs) => {
    expect(amsterdamMoment(day, time).toISOString()).toBe(expected);
    expect(timeInAmsterdam(amsterdamMoment(day, time))).toBe(readsAs);
  });

  it.each([
    ["00:59 UTC on 29 March is 01:59 in winter time", "2026-03-29T00:59:00Z", "01:59"],
    ["01:00 UTC on 29 March is 03:00 in summer time", "2026-03-29T01:00:00Z", "03:00"],
    ["00:30 UTC on 25 October is 02:30 in summer time", "2026-10-25T00:30:00Z", "02:30"],
    ["01:30 UTC on 25 October is 02:30 again, in winter time", "2026-10-25T01:30:00Z", "02:30"],
    ["23:30 UTC on 31 December is 00:30 on New Year's Day", "2026-12-31T23:30:00Z", "00:30"],
  ])("%s", (_name, utc, local) => {
    expect(timeInAmsterdam(new Date(utc))).toBe(local);
  });
});
