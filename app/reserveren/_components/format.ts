/** "4 weken", "1 week", "10 dagen" */
export function loanPeriodText(days: number): string {
  return days % 7 === 0 ? `${days / 7} ${days === 7 ? "week" : "weken"}` : `${days} dagen`;
}

/** Until when a reservation is held, in words (one formatter for the resident, the desk and the messages). */
export { holdUntilText } from "@/lib/server/lending/calendar";

/** "Dinsdag 24 november 2026" from "dinsdag 24 november 2026". */
export function capitalize(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
