/**
 * Lending texts that depend on the resident's language: days, weekdays, clock times, opening hours, the loan period
 * and "held until". Pure (no Next): the reservation pages, the waiting-list pages and the outbox share it. Dutch output
 * is exactly what lib/util/dates and lib/util/opening-times gave before ("dinsdag 24 november 2026",
 * "tussen 9.00 en 17.00 uur", "25 november 2026 om 14:00"); other languages go through Intl and the `reservation.time`
 * messages.
 */
import { INTL_TAGS, localeDirection, type Locale } from "./config";
import { formatDate } from "./format";
import { translatorFor } from "./translator";
import { formatClockTime } from "@/lib/util/opening-times";
import { isoDateInAmsterdam } from "@/lib/util/dates";

export interface Slot {
  opens: string;
  closes: string;
}

const t = (locale: Locale) => translatorFor(locale, "reservation");

/** "dinsdag 24 november 2026" (nl), "Salı 24 Kasım 2026" (tr), with western digits in every language. */
export function dayLong(day: string, locale: Locale): string {
  return formatDate(day, locale, "weekdayDayMonthYear");
}

/** "24 november 2026" */
export function dayWithYear(day: string, locale: Locale): string {
  return formatDate(day, locale, "dayMonthYear");
}

/** ISO weekday 1 (Monday) .. 7 (Sunday) as a word: "maandag", "Pazartesi", "الاثنين". */
export function weekday(weekday: number, locale: Locale): string {
  // 2024-01-01 was a Monday
  return new Intl.DateTimeFormat(INTL_TAGS[locale], { weekday: "long", timeZone: "UTC" }).format(new Date(Date.UTC(2024, 0, weekday)));
}

/** Dutch "9.30" (Taalunie); other languages "09:30". */
export function clock(time: string, locale: Locale): string {
  if (locale === "nl") return formatClockTime(time);
  const match = /^(\d{1,2})[:.](\d{2})$/.exec(time.trim());
  return match ? `${(match[1] ?? "").padStart(2, "0")}:${match[2]}` : time;
}

function list(parts: string[], locale: Locale, type: "conjunction" | "disjunction"): string {
  return new Intl.ListFormat(INTL_TAGS[locale], { style: "long", type }).format(parts);
}

const sorted = (slots: readonly Slot[]) => [...slots].sort((a, b) => a.opens.localeCompare(b.opens));

/** When one can come on a day: "tussen 9.00 en 12.00 uur of tussen 13.00 en 16.00 uur"; none: "tijdens de openingstijden". */
export function betweenTimes(slots: readonly Slot[], locale: Locale): string {
  if (!slots.length) return t(locale)("time.duringOpening");
  return list(
    sorted(slots).map((s) => t(locale)("time.between", { from: clock(s.opens, locale), to: clock(s.closes, locale) })),
    locale,
    "disjunction",
  );
}

/** One day in a table of opening hours: "9.00 tot 12.00 uur en 13.00 tot 16.00 uur"; none: "gesloten". */
export function slotsText(slots: readonly Slot[], locale: Locale): string {
  if (!slots.length) return t(locale)("time.closed");
  return list(
    sorted(slots).map((s) => t(locale)("time.slot", { from: clock(s.opens, locale), to: clock(s.closes, locale) })),
    locale,
    "conjunction",
  );
}

/** "4 weken", "1 week", "10 dagen" */
export function loanPeriod(days: number, locale: Locale): string {
  return days % 7 === 0 ? t(locale)("time.weeks", { count: days / 7 }) : t(locale)("time.days", { count: days });
}

function amsterdamTime(moment: Date): string {
  return new Intl.DateTimeFormat("en-GB", { timeZone: "Europe/Amsterdam", hour: "2-digit", minute: "2-digit", hourCycle: "h23" }).format(moment);
}

/** A moment in Amsterdam: "25 november 2026 om 14:00". */
export function moment(value: Date, locale: Locale): string {
  return t(locale)("time.moment", { day: dayWithYear(isoDateInAmsterdam(value), locale), time: amsterdamTime(value) });
}

/** Until when a reservation is held: "tot en met vrijdag 4 december 2026 om 16.00 uur"; a midnight hold names the day before. */
export function holdUntil(value: Date, locale: Locale): string {
  const time = amsterdamTime(value);
  if (time === "00:00") return t(locale)("time.holdUntilDay", { day: dayLong(isoDateInAmsterdam(new Date(value.getTime() - 1)), locale) });
  return t(locale)("time.holdUntilTime", { day: dayLong(isoDateInAmsterdam(value), locale), time: clock(time, locale) });
}

/** "Dinsdag 24 november 2026" from "dinsdag 24 november 2026" (a no-op for scripts without case). */
export function capitalize(text: string, locale: Locale): string {
  return text.charAt(0).toLocaleUpperCase(INTL_TAGS[locale]) + text.slice(1);
}

/**
 * Names, addresses, phone numbers and codes are Dutch or digits: inside a right-to-left sentence they are isolated
 * (U+2068 FIRST STRONG ISOLATE … U+2069 POP DIRECTIONAL ISOLATE), so "070 353 00 00" and "Leyweg 299, 2545 GH Den Haag"
 * keep their order and a full stop stays at the end. Left-to-right languages get the value as it is.
 */
export function isolate(value: string, locale: Locale): string {
  return localeDirection(locale) === "rtl" ? `\u2068${value}\u2069` : value;
}
