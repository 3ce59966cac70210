/**
 * Opening times in Dutch, one way everywhere (pages, desk, messages, the consultant's screens).
 * Dutch writes clock times with a full stop and without a leading zero ("9.30 uur", "16.00 uur"; Taalunie), a range
 * on a page as "tussen 9.30 en 16.30 uur", and one slot in a table as "9.30 tot 16.30 uur". Pure: strings in, strings out.
 */

export interface TimeSlot {
  opens: string;
  closes: string;
}

/** "09:30" -> "9.30", "16:00" -> "16.00". Anything that is not "H:MM"/"HH:MM" is returned as it was. */
export function formatClockTime(time: string): string {
  const match = /^(\d{1,2})[:.](\d{2})$/.exec(time.trim());
  if (!match) return time;
  return `${Number(match[1])}.${match[2]}`;
}

/** "9.30 uur" */
export function formatClockTimeWithUnit(time: string): string {
  return `${formatClockTime(time)} uur`;
}

/** One slot for a table of opening hours: "9.00 tot 17.00 uur". */
export function formatSlot(slot: TimeSlot): string {
  return `${formatClockTime(slot.opens)} tot ${formatClockTime(slot.closes)} uur`;
}

/** Several slots of one day for a table: "9.00 tot 12.00 uur en 13.00 tot 16.00 uur"; none: "gesloten". */
export function formatSlots(slots: readonly TimeSlot[]): string {
  if (!slots.length) return "gesloten";
  return joinDutch(sortSlots(slots).map(formatSlot));
}

/**
 * When one can come on a day, in a sentence: "tussen 10.00 en 16.00 uur", or with two slots
 * "tussen 9.00 en 12.00 uur of tussen 13.00 en 16.00 uur"; no slots: "tijdens de openingstijden".
 */
export function betweenTimes(slots: readonly TimeSlot[]): string {
  if (!slots.length) return "tijdens de openingstijden";
  return sortSlots(slots)
    .map((s) => `tussen ${formatClockTime(s.opens)} en ${formatClockTime(s.closes)} uur`)
    .join(" of ");
}

function sortSlots(slots: readonly TimeSlot[]): TimeSlot[] {
  return [...slots].sort((a, b) => a.opens.localeCompare(b.opens));
}

/** ["a", "b", "c"] -> "a, b en c" */
export function joinDutch(parts: readonly string[]): string {
  if (parts.length <= 1) return parts[0] ?? "";
  return `${parts.slice(0, -1).join(", ")} en ${parts[parts.length - 1]}`;
}
