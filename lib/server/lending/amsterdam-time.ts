/**
 * Moments in Amsterdam local time (Europe/Amsterdam, with daylight saving). Pure.
 * The offset and daylight-saving rules come from @date-fns/tz (TZDate), which reads them from the runtime's time-zone
 * database through Intl; no offsets are written here by hand.
 */
import { TZDate } from "@date-fns/tz";
import { addDays, TIME_ZONE } from "@/lib/util/dates";

/**
 * The moment a local time ("HH:MM") on a "YYYY-MM-DD" day happens in Amsterdam. A time that does not exist (the hour
 * skipped when summer time starts) moves forward by that hour; a time that happens twice (when winter time starts)
 * gives its second occurrence, in winter time.
 */
export function amsterdamMoment(day: string, time = "00:00"): Date {
  const [year, month, date] = day.split("-").map(Number) as [number, number, number];
  const [h = "0", m = "0"] = time.split(":");
  return new Date(new TZDate(year, month - 1, date, Number(h), Number(m), TIME_ZONE).getTime());
}

/** The moment a "YYYY-MM-DD" day starts in Amsterdam (00:00 local time). */
export function startOfDayInAmsterdam(day: string): Date {
  return amsterdamMoment(day, "00:00");
}

/** The moment a day ends in Amsterdam (= the start of the next day). */
export function endOfDayInAmsterdam(day: string): Date {
  return startOfDayInAmsterdam(addDays(day, 1));
}

/** The hour (0..23) of a moment in Amsterdam. */
export function hourInAmsterdam(moment: Date): number {
  return new TZDate(moment.getTime(), TIME_ZONE).getHours();
}

/** "HH:MM" of a moment in Amsterdam. */
export function timeInAmsterdam(moment: Date): string {
  const local = new TZDate(moment.getTime(), TIME_ZONE);
  return `${String(local.getHours()).padStart(2, "0")}:${String(local.getMinutes()).padStart(2, "0")}`;
}
