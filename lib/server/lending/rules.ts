/**
 * The lending rules that are plain date arithmetic: which days a resident can pick up, how long a reservation is
 * held, when personal data is erased. Pure (no database, no env), so it is unit-tested beside this file and can be
 * used by pages, route handlers and data access alike.
 */
import { addDays, isoDateInAmsterdam, TIME_ZONE, weekdayOf } from "@/lib/util/dates";

/** How many opening days the reservation form offers. */
export const PICKUP_DAYS_OFFERED = 10;
/** The latest pickup day is this many days after today (for the form and the API). */
export const MAX_PICKUP_AHEAD_DAYS = 31;
/** Pickup and return reminders are not produced before this hour (Amsterdam time), so nobody gets a message at night. */
export const REMINDER_FROM_HOUR = 9;
/** A return reminder is sent this many days before the due day. */
export const RETURN_REMINDER_DAYS_BEFORE = 3;

export interface OpeningSlot {
  weekday: number;
  opens: string;
  closes: string;
}

export interface PickupDay {
  /** "YYYY-MM-DD" */
  day: string;
  /** the opening slots of that day, e.g. [{ opens: "09:00", closes: "17:00" }] */
  slots: { opens: string; closes: string }[];
}

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

/** The moment a "YYYY-MM-DD" day starts in Amsterdam (00:00 local time). */
export function startOfDayInAmsterdam(day: string): Date {
  const midnightUtc = new Date(`${day}T00:00:00.000Z`).getTime();
  let guess = midnightUtc - amsterdamOffsetMs(new Date(midnightUtc));
  // Around a daylight-saving change the offset at the guess can differ from the one at UTC midnight: correct once.
  guess = midnightUtc - amsterdamOffsetMs(new Date(guess));
  return new Date(guess);
}

/** The moment a day ends in Amsterdam (= the start of the next day). */
export function endOfDayInAmsterdam(day: string): Date {
  return startOfDayInAmsterdam(addDays(day, 1));
}

/** The hour (0..23) of a moment in Amsterdam. */
export function hourInAmsterdam(moment: Date): number {
  return Number(new Intl.DateTimeFormat("en-GB", { timeZone: TIME_ZONE, hourCycle: "h23", hour: "2-digit" }).format(moment));
}

/** A reservation is held until the end of its pickup day plus `holdHours`; after that it expires. */
export function holdUntilFor(pickupDay: string, holdHours: number): Date {
  return new Date(endOfDayInAmsterdam(pickupDay).getTime() + holdHours * 3_600_000);
}

/** Personal data is erased `retentionDays` after `end` (the end of the loan, the cancellation, ...). */
export function eraseAfterFrom(end: Date, retentionDays: number): Date {
  return new Date(end.getTime() + retentionDays * 86_400_000);
}

export function slotsOn(hours: readonly OpeningSlot[], day: string): { opens: string; closes: string }[] {
  const weekday = weekdayOf(day);
  return hours
    .filter((h) => h.weekday === weekday)
    .map((h) => ({ opens: h.opens, closes: h.closes }))
    .sort((a, b) => a.opens.localeCompare(b.opens));
}

export function isOpeningDay(hours: readonly OpeningSlot[], day: string): boolean {
  return slotsOn(hours, day).length > 0;
}

/**
 * The opening days a resident can choose to pick up: from tomorrow, at most `count` days, never later than
 * today + MAX_PICKUP_AHEAD_DAYS.
 */
export function nextPickupDays(hours: readonly OpeningSlot[], today: string, count = PICKUP_DAYS_OFFERED): PickupDay[] {
  const days: PickupDay[] = [];
  for (let offset = 1; offset <= MAX_PICKUP_AHEAD_DAYS && days.length < count; offset++) {
    const day = addDays(today, offset);
    const slots = slotsOn(hours, day);
    if (slots.length) days.push({ day, slots });
  }
  return days;
}

const DAY_PATTERN = /^\d{4}-\d{2}-\d{2}$/;

/** True for a real calendar day written as "YYYY-MM-DD". */
export function isCalendarDay(value: string): boolean {
  if (!DAY_PATTERN.test(value)) return false;
  const d = new Date(`${value}T00:00:00.000Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === value;
}

/**
 * Why a pickup day cannot be chosen (a Dutch sentence), or null when it is fine: it must be a real day, from
 * tomorrow, not too far ahead, and a day the centre is open.
 */
export function pickupDayProblem(hours: readonly OpeningSlot[], day: string, today: string): string | null {
  if (!isCalendarDay(day)) return "Kies een dag. Schrijf de datum als JJJJ-MM-DD.";
  if (day < today) return "Deze dag is al voorbij. Kies een dag vanaf morgen.";
  if (day === today) return "Ophalen kan vanaf morgen. Kies een andere dag.";
  if (day > addDays(today, MAX_PICKUP_AHEAD_DAYS)) return `Kies een dag in de komende ${MAX_PICKUP_AHEAD_DAYS} dagen.`;
  if (!isOpeningDay(hours, day)) return "Het uitleenpunt is op die dag dicht. Kies een dag waarop het open is.";
  return null;
}

/** "YYYY-MM-DD" of today in Amsterdam, for a given moment (tests pass a fixed moment). */
export function amsterdamToday(now: Date): string {
  return isoDateInAmsterdam(now);
}

/** "06 ** ** 78" / "j***@voorbeeld.nl": enough to recognise your own contact details, not enough to read them. */
export function maskContact(contact: { phone?: string | null; email?: string | null }): string | null {
  if (contact.email) {
    const [local = "", domain = ""] = contact.email.split("@");
    return `${local.slice(0, 1)}***@${domain}`;
  }
  if (contact.phone) {
    const digits = contact.phone.replace(/\D/g, "");
    if (digits.length < 4) return "***";
    return `${digits.slice(0, 2)} ** ** ${digits.slice(-2)}`;
  }
  return null;
}
