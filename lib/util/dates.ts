/** Dates for people in the Netherlands: calendar days in Europe/Amsterdam, stored as UTC midnight. */
export const TIME_ZONE = "Europe/Amsterdam";

/** "YYYY-MM-DD" of the given moment in Amsterdam. */
export function isoDateInAmsterdam(moment: Date = new Date()): string {
  return AMSTERDAM_DAY.format(moment); // en-CA formats as YYYY-MM-DD
}
// made once: creating an Intl.DateTimeFormat costs far more than formatting with it (availability calls this per row)
const AMSTERDAM_DAY = new Intl.DateTimeFormat("en-CA", { timeZone: TIME_ZONE, year: "numeric", month: "2-digit", day: "2-digit" });

/** UTC midnight Date for a "YYYY-MM-DD" day (how @db.Date columns are read and written). */
export function dayToDate(day: string): Date {
  return new Date(`${day}T00:00:00.000Z`);
}

export function dateToDay(date: Date): string {
  return date.toISOString().slice(0, 10);
}

export function addDays(day: string, days: number): string {
  return dateToDay(new Date(dayToDate(day).getTime() + days * 86_400_000));
}

/** ISO weekday of a "YYYY-MM-DD" day: 1 = Monday .. 7 = Sunday. */
export function weekdayOf(day: string): number {
  const d = dayToDate(day).getUTCDay();
  return d === 0 ? 7 : d;
}

const WEEKDAYS = ["maandag", "dinsdag", "woensdag", "donderdag", "vrijdag", "zaterdag", "zondag"];
const MONTHS = ["januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus", "september", "oktober", "november", "december"];

export function weekdayName(weekday: number): string {
  return WEEKDAYS[weekday - 1] ?? "";
}

/** "dinsdag 3 december 2026" */
export function formatDayLong(day: string): string {
  const d = dayToDate(day);
  return `${weekdayName(weekdayOf(day))} ${d.getUTCDate()} ${MONTHS[d.getUTCMonth()]} ${d.getUTCFullYear()}`;
}

/** "3 december" */
export function formatDayShort(day: string): string {
  const d = dayToDate(day);
  return `${d.getUTCDate()} ${MONTHS[d.getUTCMonth()]}`;
}

/** "23 november 2026 om 14:05" in Amsterdam time */
export function formatMoment(moment: Date): string {
  const day = isoDateInAmsterdam(moment);
  const time = new Intl.DateTimeFormat("nl-NL", { timeZone: TIME_ZONE, hour: "2-digit", minute: "2-digit" }).format(moment);
  return `${formatDayShort(day)} ${dayToDate(day).getUTCFullYear()} om ${time}`;
}
