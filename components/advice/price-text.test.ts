import { describe, expect, it } from "vitest";
import { priceText } from "./price-text";

describe("priceText", () => {
  const cases: [string, { priceMinEuro: number; priceMaxEuro: number; pricePeriod: "once" | "month"; priceNote: string }, string][] = [
    ["a range without a note", { priceMinEuro: 10, priceMaxEuro: 30, pricePeriod: "once", priceNote: "" }, "€ 10 tot € 30."],
    ["a note in lower case continues the price", { priceMinEuro: 15, priceMaxEuro: 60, pricePeriod: "once", priceNote: "per drempel" }, "€ 15 tot € 60 per drempel."],
    ["a note with a capital is its own sentence", { priceMinEuro: 10, priceMaxEuro: 30, pricePeriod: "once", priceNote: "Vaak per 2 of 3 stuks." }, "€ 10 tot € 30. Vaak per 2 of 3 stuks."],
    ["a monthly price with a continuing note", { priceMinEuro: 25, priceMaxEuro: 45, pricePeriod: "month", priceNote: "plus eenmalige aansluitkosten" }, "€ 25 tot € 45 per maand plus eenmalige aansluitkosten."],
    ["free", { priceMinEuro: 0, priceMaxEuro: 0, pricePeriod: "once", priceNote: "" }, "Gratis."],
    ["one price", { priceMinEuro: 22, priceMaxEuro: 22, pricePeriod: "month", priceNote: "" }, "€ 22 per maand."],
  ];
  for (const [name, product, expected] of cases) {
    it(name, () => expect(priceText(product)).toBe(expected));
  }
});
