import { describe, expect, it } from "vitest";
import { formatDayLong, formatMoment, weekdayName } from "@/lib/util/dates";
import { betweenTimes as dutchBetween, formatSlots } from "@/lib/util/opening-times";
import { holdUntilText } from "@/lib/server/lending/calendar";
import { LOCALES } from "./config";
import { betweenTimes, dayLong, holdUntil, loanPeriod, moment, slotsText, weekday } from "./lending-format";

const slots = [
  { opens: "13:00", closes: "16:00" },
  { opens: "09:30", closes: "12:00" },
];

describe("lending texts: Dutch exactly as before", () => {
  it.each(["2026-11-24", "2026-12-28", "2027-01-03"])("day %s", (day) => expect(dayLong(day, "nl")).toBe(formatDayLong(day)));
  it.each([1, 2, 3, 4, 5, 6, 7])("weekday %i", (d) => expect(weekday(d, "nl")).toBe(weekdayName(d)));
  it.each([[[]], [slots], [slots.slice(0, 1)]])("slots %j", (s) => {
    expect(betweenTimes(s, "nl")).toBe(dutchBetween(s));
    expect(slotsText(s, "nl")).toBe(formatSlots(s));
  });
  it.each([new Date("2026-11-25T13:00:00Z"), new Date("2026-07-01T07:05:00Z")])("moment %s", (m) => expect(moment(m, "nl")).toBe(formatMoment(m)));
  it.each([new Date("2026-12-28T16:00:00Z"), new Date("2026-12-28T23:00:00Z")])("held until %s", (m) => expect(holdUntil(m, "nl")).toBe(holdUntilText(m)));
  it.each([[7, "1 week"], [28, "4 weken"], [10, "10 dagen"]] as const)("loan of %i days", (days, text) => expect(loanPeriod(days, "nl")).toBe(text));
});

describe("lending texts in the other languages", () => {
  it.each([
    ["en", "Monday", "between 09:30 and 12:00 or between 13:00 and 16:00", "4 weeks"],
    ["tr", "Pazartesi", "09:30 ile 12:00 arası veya 13:00 ile 16:00 arası", "4 hafta"],
    ["pl", "poniedziałek", "między 09:30 a 12:00 lub między 13:00 a 16:00", "4 tygodnie"],
    ["ar", "الاثنين", "بين 09:30 و12:00", "4 أسابيع"],
  ] as const)("%s", (locale, monday, between, fourWeeks) => {
    expect(weekday(1, locale)).toBe(monday);
    expect(betweenTimes(slots, locale)).toContain(between);
    expect(loanPeriod(28, locale)).toBe(fourWeeks);
  });
  it.each(LOCALES)("%s: western digits and no gaps", (locale) => {
    const text = [dayLong("2026-11-24", locale), moment(new Date("2026-11-25T13:00:00Z"), locale), holdUntil(new Date("2026-12-28T16:00:00Z"), locale), slotsText(slots, locale)].join(" ");
    expect(text).toMatch(/2026/);
    expect(text).not.toMatch(/[{}]|undefined|[٠-٩]/);
  });
});
