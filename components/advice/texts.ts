/**
 * The advice's own words in the resident's language (messages/<locale>/advice.json), pure and synchronous so the
 * advice components work on the resident's pages (their request locale) and on the consultant's (Dutch, the default).
 * Money and dates through Intl (lib/i18n/format.ts); Dutch output is what these components said before.
 */
import type { FundingRoute } from "@/lib/catalogue/funding-routes";
import { DEFAULT_LOCALE, INTL_TAGS, type Locale } from "@/lib/i18n/config";
import { formatDate, formatMoney } from "@/lib/i18n/format";
import { translatorFor, type Translate } from "@/lib/i18n/translator";
import { isoDateInAmsterdam } from "@/lib/util/dates";

export function adviceTexts(locale: Locale = DEFAULT_LOCALE): Translate {
  return translatorFor(locale, "advice");
}

/** "Via de gemeente (Wmo)", "Zelf kopen" … */
export function fundingRouteLabel(route: FundingRoute["route"], locale: Locale = DEFAULT_LOCALE): string {
  return adviceTexts(locale)(`funding.route.${route}`);
}

/** The cost on one route, price only: "gratis", "€ 15 tot € 30", "eigen bijdrage tot € 21 per maand", "vraag naar de prijs". */
export function fundingCost(route: FundingRoute, locale: Locale = DEFAULT_LOCALE): string {
  const t = adviceTexts(locale);
  const { costMinEuro: min, costMaxEuro: max } = route;
  if (min === null || max === null) return t("funding.askPrice");
  if (max === 0) return t("funding.free");
  const money = (euro: number) => formatMoney(euro, locale);
  let amount = min === 0 ? t("funding.upTo", { max: money(max) }) : max > min ? t("funding.range", { min: money(min), max: money(max) }) : money(min);
  if (route.route === "wmo") amount = t("funding.contribution", { amount });
  return route.period === "month" ? t("funding.perMonth", { amount }) : amount;
}

/** "Zelf kopen: € 15 tot € 30." */
export function fundingItem(route: FundingRoute, locale: Locale = DEFAULT_LOCALE): string {
  return adviceTexts(locale)("funding.item", { route: fundingRouteLabel(route.route, locale), cost: fundingCost(route, locale) });
}

/** "3 december 2026 om 14:05" (Amsterdam time) in the resident's language. */
export function formatMomentIn(moment: Date, locale: Locale = DEFAULT_LOCALE): string {
  const time = new Intl.DateTimeFormat(INTL_TAGS[locale], { timeZone: "Europe/Amsterdam", hour: "2-digit", minute: "2-digit", hourCycle: "h23", numberingSystem: "latn" }).format(moment);
  return adviceTexts(locale)("page.moment", { date: formatDate(isoDateInAmsterdam(moment), locale, "dayMonthYear"), time });
}
