/**
 * Demo closed days (ClosedDay rows): the Dutch public holidays on which lending centres are closed, for the year of
 * "today" and the next, plus one staff day at one centre, so the rules (no pickups, holds skip them) are visible.
 * Pure: dates in, "YYYY-MM-DD" days out.
 */
import { addDays, weekdayOf } from "../../lib/util/dates";

/** Easter Sunday (Gregorian, "anonymous" algorithm) as "YYYY-MM-DD". */
export function easterSunday(year: number): string {
  const a = year % 19;
  const b = Math.floor(year / 100);
  const c = year % 100;
  const d = Math.floor(b / 4);
  const e = b % 4;
  const f = Math.floor((b + 8) / 25);
  const g = Math.floor((b - f + 1) / 3);
  const h = (19 * a + b - d - g + 15) % 30;
  const i = Math.floor(c / 4);
  const k = c % 4;
  const l = (32 + 2 * e + 2 * i - h - k) % 7;
  const m = Math.floor((a + 11 * h + 22 * l) / 451);
  const month = Math.floor((h + l - 7 * m + 114) / 31);
  const day = ((h + l - 7 * m + 114) % 31) + 1;
  return `${year}-${String(month).padStart(2, "0")}-${String(day).padStart(2, "0")}`;
}

/** The public holidays on which the demo centres are closed. */
export function dutchHolidays(year: number): { date: string; reason: string }[] {
  const easter = easterSunday(year);
  const kingsDay = `${year}-04-27`;
  return [
    { date: `${year}-01-01`, reason: "Nieuwjaarsdag" },
    { date: addDays(easter, 1), reason: "Tweede paasdag" },
    // on a Sunday King's Day moves to the Saturday before
    { date: weekdayOf(kingsDay) === 7 ? `${year}-04-26` : kingsDay, reason: "Koningsdag" },
    { date: addDays(easter, 39), reason: "Hemelvaartsdag" },
    { date: addDays(easter, 50), reason: "Tweede pinksterdag" },
    { date: `${year}-12-25`, reason: "Eerste kerstdag" },
    { date: `${year}-12-26`, reason: "Tweede kerstdag" },
  ];
}

/** Holidays of this year and the next, from `today` on ("YYYY-MM-DD"). */
export function demoHolidays(today: string): { date: string; reason: string }[] {
  const year = Number(today.slice(0, 4));
  return [...dutchHolidays(year), ...dutchHolidays(year + 1)].filter((h) => h.date >= today);
}
