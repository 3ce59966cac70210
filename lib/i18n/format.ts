/**
 * Dates and money through Intl in the resident's language. Pure (no Next), so the presenters, the PDF and the
 * outbox use the same functions. Dutch output stays as it was before Intl: "3 december", "€ 15", "€ 20,60".
 */
import { INTL_TAGS, type Locale } from "./config";

const cache = new Map<string, Intl.NumberFormat | Intl.DateTimeFormat>();

function numberFormat(locale: Locale, cents: boolean): Intl.NumberFormat {
  const key = `n:${locale}:${cents}`;
  let f = cache.get(key) as Intl.NumberFormat | undefined;
  if (!f) {
    f = new Intl.NumberFormat(INTL_TAGS[locale], {
      style: "currency",
      currency: "EUR",
      minimumFractionDigits: cents ? 2 : 0,
      maximumFractionDigits: cents ? 2 : 0,
    });
    cache.set(key, f);
  }
  return f;
}

/** "€ 15", "€ 1.250", "€ 20,60" (nl); "€15" (en); "15 €" (tr/pl) — whole euros without ",00". */
export function formatMoney(euro: number, locale: Locale): string {
  const cents = Math.round(euro * 100) % 100 !== 0;
  // normalise the narrow no-break spaces Intl uses so tests and screen readers see a plain space
  return numberFormat(locale, cents).format(euro).replace(/[\u00a0\u202f]/g, " ");
}

type DateStyle = "dayMonth" | "dayMonthYear" | "weekdayDayMonth" | "weekdayDayMonthYear";
const DATE_OPTIONS: Record<DateStyle, Intl.DateTimeFormatOptions> = {
  dayMonth: { day: "numeric", month: "long" },
  dayMonthYear: { day: "numeric", month: "long", year: "numeric" },
  weekdayDayMonth: { weekday: "long", day: "numeric", month: "long" },
  weekdayDayMonthYear: { weekday: "long", day: "numeric", month: "long", year: "numeric" },
};

/** A calendar date "YYYY-MM-DD" (or a Date, read in Europe/Amsterdam) in words: "3 december", "3 Aralık". */
export function formatDate(date: string | Date, locale: Locale, style: DateStyle = "dayMonth"): string {
  const calendarDate = typeof date === "string";
  const key = `d:${locale}:${style}:${calendarDate}`;
  let f = cache.get(key) as Intl.DateTimeFormat | undefined;
  if (!f) {
    // calendar dates are formatted at noon UTC so no time zone moves them to another day
    f = new Intl.DateTimeFormat(INTL_TAGS[locale], { ...DATE_OPTIONS[style], timeZone: calendarDate ? "UTC" : "Europe/Amsterdam", numberingSystem: "latn" });
    cache.set(key, f);
  }
  const value = typeof date === "string" ? new Date(`${date}T12:00:00Z`) : date;
  return f.format(value);
}
