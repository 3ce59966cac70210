import { addDays, formatDayLong } from "@/lib/util/dates";

/** "vandaag", "morgen", "gisteren" or "dinsdag 24 november 2026", for a "YYYY-MM-DD" day seen from `today`. */
export function dayLabel(day: string, today: string): string {
  if (day === today) return "vandaag";
  if (day === addDays(today, 1)) return "morgen";
  if (day === addDays(today, -1)) return "gisteren";
  return formatDayLong(day);
}

/** The same, starting with a capital letter (for a table cell). */
export function capitalDayLabel(day: string, today: string): string {
  const text = dayLabel(day, today);
  return text.charAt(0).toUpperCase() + text.slice(1);
}
