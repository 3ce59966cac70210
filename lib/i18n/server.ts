/**
 * The request's language for server code that is not a component (layouts, actions that store the locale).
 */
import "server-only";
import { getLocale as nextIntlLocale } from "next-intl/server";
import { DEFAULT_LOCALE, isLocale, type Locale } from "./config";

export async function getRequestLocale(): Promise<Locale> {
  const locale = await nextIntlLocale();
  return isLocale(locale) ? locale : DEFAULT_LOCALE;
}
