/**
 * Moments for filters and figures, in Amsterdam time. Pure (no I/O), unit-tested beside this file.
 * (Candidates for lib/util/dates.ts.)
 */
import { TIME_ZONE, addDays, dayToDate, isoDateInAmsterdam } from "@/lib/util/dates";

const clock = new Intl.DateTimeFormat("en-GB", { timeZone: TIME_ZONE, hour: "2-digit", minute: "2-digit", hourCycle: "h23" });

/** The first moment of a calendar day ("YYYY-MM-DD") in Amsterdam: 23:00 or 22:00 UTC the evening before. */
export function startOfAmsterdamDay(day: string): Date {
  const midnightUtc = dayToDate(day).getTime();
  // Amsterdam is UTC+1 in winter and UTC+2 in summer; the day starts at the candidate that reads 00:00 there.
  for (const offsetHours of [1, 2]) {
    const candidate = new Date(midnightUtc - offsetHours * 3_600_000);
    if (isoDateInAmsterdam(candidate) === day && clock.format(candidate) === "00:00") return candidate;
  }
  throw new Error(`Geen begin van de dag gevonden voor ${day}`);
}

/** [start, end) of an inclusive range of Amsterdam calendar days; either side may be open. */
export function amsterdamDayRange(from?: string, to?: string): { gte?: Date; lt?: Date } {
  return {
    ...(from ? { gte: startOfAmsterdamDay(from) } : {}),
    ...(to ? { lt: startOfAmsterdamDay(addDays(to, 1)) } : {}),
  };
}

/** The first moment of the current calendar month in Amsterdam. */
export function startOfAmsterdamMonth(now: Date = new Date()): Date {
  return startOfAmsterdamDay(`${isoDateInAmsterdam(now).slice(0, 7)}-01`);
}
