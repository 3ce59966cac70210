/** Moments in Amsterdam local time (Europe/Amsterdam, with daylight saving). Pure. */
import { addDays, TIME_ZONE } from "@/lib/util/dates";

/** Offset of Amsterdam local time from UTC at a moment, in milliseconds (+1 h in winter, +2 h in summer). */
function amsterdamOffsetMs(moment: Date): number {
  const parts = new Intl.DateTimeFormat("en-GB", {
    timeZone: TIME_ZONE,
    hourCycle: "h23",
    year: "numeric",
    month: "2-digit",
    day: "2-digit",
    hour: "2-digit",
    minute: "2-digit",
    second: "2-digit",
  }).formatToParts(moment);
  const get = (type: string) => Number(parts.find((p) => p.type === type)?.value ?? 0);
  const asUtc = Date.UTC(get("year"), get("month") - 1, get("day"), get("hour"), get("minute"), get("second"));
  return asUtc - Math.floor(moment.getTime() / 1000) * 1000;
}

/** The moment a local time ("HH:MM") on a "YYYY-MM-DD" day happens in Amsterdam. */
export function amsterdamMoment(day: string, time = "00:00"): Date {
  const [h = "0", m = "0"] = time.split(":");
  const localAsUtc = new Date(`${day}T00:00:00.000Z`).getTime() + (Number(h) * 60 + Number(m)) * 60_000;
  let guess = localAsUtc - amsterdamOffsetMs(new Date(localAsUtc));
  // Around a daylight-saving change the offset at the guess can differ from the one at the naive moment: correct once.
  guess = localAsUtc - amsterdamOffsetMs(new Date(guess));
  return new Date(guess);
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
  return Number(new Intl.DateTimeFormat("en-GB", { timeZone: TIME_ZONE, hourCycle: "h23", hour: "2-digit" }).format(moment));
}

/** "HH:MM" of a moment in Amsterdam. */
export function timeInAmsterdam(moment: Date): string {
  return new Intl.DateTimeFormat("en-GB", { timeZone: TIME_ZONE, hourCycle: "h23", hour: "2-digit", minute: "2-digit" }).format(moment);
}
