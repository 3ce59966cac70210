/**
 * Moments for filters and figures, in Amsterdam time. Pure (no I/O), unit-tested beside this file.
 * (Candidates for lib/util/dates.ts.)
 */
import { addDays, isoDateInAmsterdam } from "@/lib/util/dates";
import { startOfDayInAmsterdam } from "@/lib/server/lending/amsterdam-time";

/** The first moment of a calendar day ("YYYY-MM-DD") in Amsterdam: 23:00 or 22:00 UTC the evening before. */
export function startOfAmsterdamDay(day: string): Date {
  return startOfDayInAmsterdam(day);
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
