/**
 * The resident's languages. Pure and client-safe (no next-intl, no Next): the proxy, the layout, the engine's
 * presenters and tests all read the same list. Dutch is the default and the source of every text.
 */
export const LOCALES = ["nl", "en", "tr", "ar", "pl"] as const;
export type Locale = (typeof LOCALES)[number];
export const DEFAULT_LOCALE: Locale = "nl";
/** The languages translated from Dutch (every locale but the source). */
export const TRANSLATED_LOCALES = LOCALES.filter((l) => l !== DEFAULT_LOCALE) as Exclude<Locale, "nl">[];

/** Cookie that keeps the choice (a year, whole site). */
export const LOCALE_COOKIE = "ttv_taal";
export const LOCALE_COOKIE_MAX_AGE = 60 * 60 * 24 * 365;
/** Query parameter in shareable links: /advies?taal=tr. Honoured on every page and kept in the cookie. */
export const LOCALE_QUERY = "taal";
/** Request header the proxy sets when the link carries ?taal=, so the very first page already speaks it. */
export const LOCALE_HEADER = "x-ttv-taal";

/** Each language named in itself, so a resident recognises their own. */
export const LOCALE_NAMES: Record<Locale, string> = {
  nl: "Nederlands",
  en: "English",
  tr: "Türkçe",
  ar: "العربية",
  pl: "Polski",
};

/** BCP 47 tags for Intl (dates, money); nl-NL so "€ 15" and "3 december" stay as before. */
export const INTL_TAGS: Record<Locale, string> = { nl: "nl-NL", en: "en-GB", tr: "tr-TR", ar: "ar", pl: "pl-PL" };

export function isLocale(value: unknown): value is Locale {
  return typeof value === "string" && (LOCALES as readonly string[]).includes(value);
}

/** A known locale or null; accepts "TR", " tr " as well. */
export function parseLocale(value: unknown): Locale | null {
  if (typeof value !== "string") return null;
  const v = value.trim().toLowerCase();
  return isLocale(v) ? v : null;
}

export function localeDirection(locale: Locale): "ltr" | "rtl" {
  return locale === "ar" ? "rtl" : "ltr";
}

/**
 * Which language a request speaks: the link's ?taal= (passed on by the proxy in a header), else the cookie, else Dutch.
 */
export function resolveLocale(sources: { header?: string | null; cookie?: string | null }): Locale {
  return parseLocale(sources.header) ?? parseLocale(sources.cookie) ?? DEFAULT_LOCALE;
}
