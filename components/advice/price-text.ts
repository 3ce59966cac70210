import type { Locale } from "@/lib/i18n/config";
import { formatPrice } from "@/lib/i18n/price";
import type { ProductInfo } from "@/lib/server/catalogue/get-catalogue";

/**
 * "€ 15 tot € 60 per drempel." or "€ 10 tot € 30. Vaak per 2 of 3 stuks.": a note that starts in lower case
 * continues the price, a note with a capital is its own sentence.
 */
export function priceText(product: Pick<ProductInfo, "priceMinEuro" | "priceMaxEuro" | "pricePeriod" | "priceNote">, locale: Locale = "nl"): string {
  const price = formatPrice(product, locale);
  const note = product.priceNote.trim();
  const end = (s: string) => (/[.!?]$/.test(s) ? s : `${s}.`);
  if (!note) return end(price);
  if (/^[a-zà-ÿ(€0-9]/.test(note)) return end(`${price} ${note}`);
  return `${end(price)} ${end(note)}`;
}

/**
 * The price note on its own, as a sentence: "plus montage" → "Plus montage.", "Vaak per 2 of 3 stuks." stays.
 * Shown under the funding routes (the note says something about the product's cost, not how to pay).
 */
export function priceNoteSentence(note: string): string {
  const text = note.trim();
  if (!text) return "";
  const capital = text.charAt(0).toLocaleUpperCase("nl-NL") + text.slice(1);
  return /[.!?]$/.test(capital) ? capital : `${capital}.`;
}
