/**
 * The lending rules that are plain date arithmetic: which days a resident can pick up, how long a reservation is
 * held, when personal data is erased. Pure (no database, no env), so it is unit-tested beside this file and can be
 * used by pages, route handlers and data access alike.
 */
import type { ErrorRef } from "@/lib/errors";
import { addDays, isoDateInAmsterdam } from "@/lib/util/dates";
import { endOfDayInAmsterdam } from "./amsterdam-time";
import { isOpenOn, openSlotsOn, type CalendarInput } from "./calendar";

export { amsterdamMoment, endOfDayInAmsterdam, hourInAmsterdam, startOfDayInAmsterdam, timeInAmsterdam } from "./amsterdam-time";
export type { CalendarInput, CentreCalendar, OpeningSlot } from "./calendar";
export { calendarOf, calendarSelect, holdOpeningDaysFromHours, holdUntilText, lastPickupFor, lastPickupText, type LastPickup } from "./calendar";

/** How many opening days the reservation form offers. */
export const PICKUP_DAYS_OFFERED = 10;
/** The latest pickup day is this many days after today (for the form and the API). */
export const MAX_PICKUP_AHEAD_DAYS = 31;
/** Pickup and return reminders are not produced before this hour (Amsterdam time), so nobody gets a message at night. */
export const REMINDER_FROM_HOUR = 9;
/** A return reminder is sent this many days before the due day. */
export const RETURN_REMINDER_DAYS_BEFORE = 3;

export interface PickupDay {
  /** "YYYY-MM-DD" */
  day: string;
  /** the opening slots of that day, e.g. [{ opens: "09:00", closes: "17:00" }] */
  slots: { opens: string; closes: string }[];
}

/**
 * @deprecated A reservation is held a number of OPENING days (see lastPickupFor in ./calendar); kept for callers
 * that still count plain hours after the end of the pickup day.
 */
export function holdUntilFor(pickupDay: string, holdHours: number): Date {
  return new Date(endOfDayInAmsterdam(pickupDay).getTime() + holdHours * 3_600_000);
}

/** Personal data is erased `retentionDays` after `end` (the end of the loan, the cancellation, ...). */
export function eraseAfterFrom(end: Date, retentionDays: number): Date {
  return new Date(end.getTime() + retentionDays * 86_400_000);
}

/** The opening slots of a day (none on a closed day), in time order. */
export function slotsOn(calendar: CalendarInput, day: string): { opens: string; closes: string }[] {
  return openSlotsOn(calendar, day);
}

export function isOpeningDay(calendar: CalendarInput, day: string): boolean {
  return isOpenOn(calendar, day);
}

/**
 * The opening days a resident can choose to pick up (closed days skipped): from tomorrow, at most `count` days, never later than
 * today + MAX_PICKUP_AHEAD_DAYS.
 */
export function nextPickupDays(calendar: CalendarInput, today: string, count = PICKUP_DAYS_OFFERED): PickupDay[] {
  const days: PickupDay[] = [];
  for (let offset = 1; offset <= MAX_PICKUP_AHEAD_DAYS && days.length < count; offset++) {
    const day = addDays(today, offset);
    const slots = slotsOn(calendar, day);
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
 * Why a pickup day cannot be chosen (a message of the error catalogue), or null when it is fine: it must be a real
 * day, from tomorrow, not too far ahead, and a day the centre is open.
 */
export function pickupDayProblem(calendar: CalendarInput, day: string, today: string): ErrorRef | null {
  if (!isCalendarDay(day)) return { key: "resident.pickupDayFormat" };
  if (day < today) return { key: "resident.pickupDayPast" };
  if (day === today) return { key: "resident.pickupDayToday" };
  if (day > addDays(today, MAX_PICKUP_AHEAD_DAYS)) return { key: "resident.pickupDayTooFar", params: { days: MAX_PICKUP_AHEAD_DAYS } };
  if (!isOpeningDay(calendar, day)) return { key: "resident.pickupDayClosed" };
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
