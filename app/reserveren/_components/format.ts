import { formatDayLong, formatMoment, isoDateInAmsterdam } from "@/lib/util/dates";

/** "4 weken", "1 week", "10 dagen" */
export function loanPeriodText(days: number): string {
  return days % 7 === 0 ? `${days / 7} ${days === 7 ? "week" : "weken"}` : `${days} dagen`;
}

/**
 * Until when a reservation is held, as people say it: a hold that ends at midnight is "tot en met <the day before>"
 * (never "om 00:00"); any other moment with its time.
 */
export function holdUntilText(holdUntil: Date): string {
  const lastMoment = new Date(holdUntil.getTime() - 1);
  const time = new Intl.DateTimeFormat("nl-NL", { timeZone: "Europe/Amsterdam", hour: "2-digit", minute: "2-digit" }).format(holdUntil);
  if (time === "00:00") return `tot en met ${formatDayLong(isoDateInAmsterdam(lastMoment))}`;
  return `tot ${formatMoment(holdUntil)}`;
}

/** "Dinsdag 24 november 2026" from "dinsdag 24 november 2026". */
export function capitalize(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
