/**
 * A lending centre's calendar: its weekly opening hours plus the days it is closed besides them (ClosedDay:
 * holidays, staff days). Pure (no database, no env): every rule that counts days the centre is open uses this, so
 * pickup days, holding periods, due days and the demo data all agree. Table-driven tests beside this file.
 *
 * The periods are parameters (how many opening days a reservation is held, the loan period, the longest loan), so
 * a municipality's own settings can be passed in later without changing these rules.
 */
import { addDays, formatDayLong, isoDateInAmsterdam, weekdayOf } from "@/lib/util/dates";
import { formatClockTime } from "@/lib/util/opening-times";
import { amsterdamMoment, timeInAmsterdam } from "./amsterdam-time";

export interface OpeningSlot {
  weekday: number;
  opens: string;
  closes: string;
}

export interface CentreCalendar {
  hours: readonly OpeningSlot[];
  /** "YYYY-MM-DD" days the centre is closed although its weekly hours say open */
  closedDays: readonly string[];
}

/** Either a full calendar or only weekly hours (then no extra closed days). */
export type CalendarInput = CentreCalendar | readonly OpeningSlot[];

export function toCalendar(input: CalendarInput): CentreCalendar {
  return Array.isArray(input) ? { hours: input as readonly OpeningSlot[], closedDays: [] } : (input as CentreCalendar);
}

/** A calendar from a centre as Prisma loads it (openingHours + closedDays rows). */
export function calendarOf(centre: { openingHours: readonly OpeningSlot[]; closedDays?: readonly { date: string }[] }): CentreCalendar {
  return { hours: centre.openingHours, closedDays: (centre.closedDays ?? []).map((d) => d.date) };
}

/** The Prisma select for a centre's calendar. */
export const calendarSelect = {
  openingHours: { select: { weekday: true, opens: true, closes: true }, orderBy: [{ weekday: "asc" as const }, { opens: "asc" as const }] },
  closedDays: { select: { date: true }, orderBy: { date: "asc" as const } },
};

/** How far the rules look for an opening day before they give up (a centre closed for months). */
export const SEARCH_LIMIT_DAYS = 120;

/** The opening slots of a day, in time order; none on a closed day. */
export function openSlotsOn(input: CalendarInput, day: string): { opens: string; closes: string }[] {
  const calendar = toCalendar(input);
  if (calendar.closedDays.includes(day)) return [];
  const weekday = weekdayOf(day);
  return calendar.hours
    .filter((h) => h.weekday === weekday)
    .map((h) => ({ opens: h.opens, closes: h.closes }))
    .sort((a, b) => a.opens.localeCompare(b.opens));
}

export function isOpenOn(input: CalendarInput, day: string): boolean {
  return openSlotsOn(input, day).length > 0;
}

/** Whether the day is closed because of a ClosedDay row (not because of the weekly hours). */
export function isClosedDay(input: CalendarInput, day: string): boolean {
  return toCalendar(input).closedDays.includes(day);
}

/** The latest closing time of a day ("HH:MM"), or null when closed. */
export function closingTimeOn(input: CalendarInput, day: string): string | null {
  const slots = openSlotsOn(input, day);
  return slots.length ? slots.map((s) => s.closes).sort().at(-1)! : null;
}

/** Whether a moment falls inside the opening hours of an opening day (Amsterdam time). */
export function isWithinOpeningHours(input: CalendarInput, moment: Date): boolean {
  const day = isoDateInAmsterdam(moment);
  const time = timeInAmsterdam(moment);
  return openSlotsOn(input, day).some((s) => s.opens <= time && time < s.closes);
}

/** The first opening day on or after `day` (and not after `limit`, when given), or null. */
export function openingDayOnOrAfter(input: CalendarInput, day: string, limit?: string): string | null {
  for (let i = 0; i <= SEARCH_LIMIT_DAYS; i++) {
    const d = addDays(day, i);
    if (limit && d > limit) return null;
    if (isOpenOn(input, d)) return d;
  }
  return null;
}

/** The last opening day on or before `day` (and not before `floor`, when given), or null. */
export function openingDayOnOrBefore(input: CalendarInput, day: string, floor?: string): string | null {
  for (let i = 0; i <= SEARCH_LIMIT_DAYS; i++) {
    const d = addDays(day, -i);
    if (floor && d < floor) return null;
    if (isOpenOn(input, d)) return d;
  }
  return null;
}

/** The `n`-th opening day after `day` (n = 0: `day` itself when open, else null), or null when none in reach. */
export function nthOpeningDayAfter(input: CalendarInput, day: string, n: number): string | null {
  if (n <= 0) return isOpenOn(input, day) ? day : null;
  let found = 0;
  for (let i = 1; i <= SEARCH_LIMIT_DAYS; i++) {
    const d = addDays(day, i);
    if (isOpenOn(input, d) && ++found === n) return d;
  }
  return null;
}

export interface LastPickup {
  /** "YYYY-MM-DD" the last day one can still pick up */
  day: string;
  /** "HH:MM" the centre closes that day */
  closes: string;
  /** that moment (Amsterdam time): the reservation expires after it */
  until: Date;
}

/**
 * How long a reservation is held: the pickup day plus `holdOpeningDays` more days the centre is OPEN (closed days and
 * days without hours are skipped), until closing time of the last of them. When no further opening day is in reach,
 * until closing time on the pickup day itself. A pickup day the centre is closed on gets null (it cannot be chosen).
 */
export function lastPickupFor(input: CalendarInput, pickupDay: string, holdOpeningDays: number): LastPickup | null {
  if (!isOpenOn(input, pickupDay)) return null;
  const day = nthOpeningDayAfter(input, pickupDay, Math.max(0, holdOpeningDays)) ?? pickupDay;
  const closes = closingTimeOn(input, day)!;
  return { day, closes, until: amsterdamMoment(day, closes) };
}

/**
 * The setting RESERVATION_HOLD_HOURS in opening days: every started 24 hours is one more opening day after the pickup
 * day (24 -> 1, 48 -> 2, 1 -> 1).
 */
export function holdOpeningDaysFromHours(hours: number): number {
  return Math.max(0, Math.ceil(hours / 24));
}

/** "vrijdag 4 december 2026 om 16.00 uur" */
export function lastPickupText(last: { day: string; closes: string }): string {
  return `${formatDayLong(last.day)} om ${formatClockTime(last.closes)} uur`;
}

/**
 * The last moment to pick up, from a reservation's stored holdUntil, in words: "tot en met vrijdag 4 december 2026
 * om 16.00 uur". A hold that ends at midnight (reservations made before holds counted opening days) is "tot en met
 * <the day before>", never "00:00".
 */
export function holdUntilText(holdUntil: Date): string {
  const time = timeInAmsterdam(holdUntil);
  if (time === "00:00") return `tot en met ${formatDayLong(isoDateInAmsterdam(new Date(holdUntil.getTime() - 1)))}`;
  return `tot en met ${lastPickupText({ day: isoDateInAmsterdam(holdUntil), closes: time })}`;
}

/**
 * The day a loan must come back: `loanDays` after `startDay`, moved to the next opening day when the centre is closed
 * then; but never after `latestDay` (the longest loan), then the last opening day before it. Null: no opening day in
 * reach at all (then the caller keeps the plain date).
 */
export function dueDayFor(input: CalendarInput, startDay: string, loanDays: number, latestDay?: string): string | null {
  const plain = addDays(startDay, loanDays);
  const target = latestDay && plain > latestDay ? latestDay : plain;
  return openingDayOnOrAfter(input, target, latestDay) ?? openingDayOnOrBefore(input, target, addDays(startDay, 1));
}
