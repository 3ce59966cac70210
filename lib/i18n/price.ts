/** A product's price in words in one language: "€ 15 tot € 30", "€ 22 per maand", "Gratis". Pure. */
import type { Locale } from "./config";
import { formatMoney } from "./format";
import { translatorFor } from "./translator";

export function formatPrice(p: { priceMinEuro: number; priceMaxEuro: number; pricePeriod: "once" | "month" }, locale: Locale): string {
  const t = translatorFor(locale, "engine");
  if (p.priceMinEuro <= 0 && p.priceMaxEuro <= 0) return t("priceFree");
  const range =
    p.priceMaxEuro > p.priceMinEuro
      ? t("priceRange", { min: formatMoney(p.priceMinEuro, locale), max: formatMoney(p.priceMaxEuro, locale) })
      : formatMoney(p.priceMinEuro, locale);
  return p.pricePeriod === "month" ? t("perMonth", { price: range }) : range;
}
