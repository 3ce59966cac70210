/**
 * The advice components speak the resident's language: rendered in Arabic and Turkish they contain none of the
 * Dutch words they held before (only the product's own texts, which come from the catalogue, and place names), and
 * in Dutch they say exactly what they said before.
 */
import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { fundingCostText, fundingRouteText, FUNDING_ROUTE_LABELS, type FundingRoute } from "@/lib/catalogue/funding-routes";
import type { Locale } from "@/lib/i18n/config";
import { NOT_VIA_MUNICIPALITY } from "@/lib/offer/local-offer";
import type { AdviceItem, WmoDesk } from "@/lib/server/advice/build-advice";
import { AdviceCard } from "./advice-card";
import { AdvicePrintDetails, AdviceSummary, borrowLine } from "./advice-summary";
import { ExclusionList } from "./exclusion-list";
import { TipsList } from "./tips-list";
import { WmoDeskContact } from "./wmo-desk";
import { adviceTexts, fundingCost, fundingItem, fundingRouteLabel, formatMomentIn } from "./texts";

/** Words of the Dutch literals these components held; none may show in another language. */
const DUTCH_WORDS = [
  "Waarom",
  "Lenen",
  "uitproberen",
  "Uitleenpunt",
  "uitleenpunt",
  "beschikbaar",
  "Niet voor u",
  "omdat",
  "te leen",
  "Dichtstbij",
  "Reserveren",
  "wachtlijst",
  "Zo kunt u",
  "betalen",
  "gemeente",
  "Let op",
  "controleer",
  "Prijs",
  "Bellen",
  "Wanneer",
  "Wmo-loket",
  "cliëntondersteuner",
  "houdt iets bij",
  "Wie ziet",
  "Hoe stopt",
  "Niemand",
  "eigen bijdrage",
  "per maand",
  "gratis",
  "Zelf kopen",
  "Huren",
  "stuks",
  "vanaf",
  "Er is niets",
  "Tips",
];

const routes: FundingRoute[] = [
  { route: "wmo", costMinEuro: 0, costMaxEuro: 21, period: "month" },
  { route: "insurer_loan", costMinEuro: 0, costMaxEuro: 0, period: "once" },
  { route: "buy", costMinEuro: 15, costMaxEuro: 30, period: "once" },
  { route: "rent", costMinEuro: null, costMaxEuro: null, period: "month" },
];

const centre = (slug: string, name: string) => ({ slug, name, address: "Leyweg 1, Den Haag", district: "Escamp" });

/** A product whose own texts are neutral ("Product X"), so any Dutch in the output comes from the components. */
const item: AdviceItem = {
  product: {
    id: "p1",
    slug: "product-x",
    name: "Product X",
    nameInSentence: "Product X",
    shortDescription: "X.",
    domain: "d",
    iso9999: { code: "22 27 24", edition: "2022" },
    priceMinEuro: 10,
    priceMaxEuro: 20,
    pricePeriod: "month",
    priceNote: "",
    fundingRoutes: routes,
    icfCodes: ["d450"],
    needs: ["N."],
    isMonitoring: true,
    monitoring: null,
    imagePath: "",
    imageAlt: "",
    lendable: true,
    loanPeriodDays: 28,
    translations: {},
  },
  score: 1,
  reasons: ["R."],
  conditions: ["C."],
  lending: [
    { centre: centre("a", "Centrum A"), available: 2, nextAvailableDate: null },
    { centre: centre("b", "Centrum B"), available: 0, nextAvailableDate: "2026-12-03" },
    { centre: centre("c", "Centrum C"), available: 0, nextAvailableDate: null },
  ],
  viaMunicipality: false,
  local: { fundingNote: null, supplier: null, priceAgreement: null, note: null },
} as AdviceItem;

const desk: WmoDesk = { phone: "14 070", url: "https://www.denhaag.nl/wmo", hours: null };

function renderAll(locale: Locale): string {
  const html = [
    createElement(AdviceCard, { item, rank: 1, municipalityName: "Den Haag", nearestKnown: true, locale }),
    createElement(AdviceCard, { item: { ...item, product: { ...item.product, fundingRoutes: [], lendable: false } }, municipalityName: "Den Haag", nearestKnown: false, locale }),
    createElement(AdviceSummary, { items: [item], nearestKnown: true, locale }),
    createElement(AdvicePrintDetails, { items: [item], nearestKnown: true, locale }),
    createElement(ExclusionList, { items: [{ product: item.product, reasons: ["Q."] }], locale }),
    createElement(ExclusionList, { items: [], locale }),
    createElement(TipsList, { tips: [], locale }),
    createElement(WmoDeskContact, { municipalityName: "Den Haag", desk, locale }),
    createElement(WmoDeskContact, { municipalityName: "Den Haag", desk: { phone: null, url: null, hours: null }, locale }),
  ].map((el) => renderToStaticMarkup(el));
  const lines = [
    borrowLine({ ...item, lending: [item.lending[1]!] }, false, locale),
    borrowLine({ ...item, lending: [item.lending[2]!] }, false, locale),
    formatMomentIn(new Date("2026-12-03T13:05:00Z"), locale),
  ];
  // the visible text and the attributes a screen reader reads, without the tags and the product's own texts
  return [...html, ...lines]
    .join("\n")
    .replace(/<[^>]+aria-label="([^"]*)"[^>]*>/g, " $1 ")
    .replace(/<[^>]+>/g, " ")
    .replace(/Den Haag|Centrum [ABC]|Leyweg 1|Product X|www\.denhaag\.nl\/wmo/g, " ");
}

describe("advice components in the resident's language", () => {
  it.each(["ar", "tr", "en", "pl"] as const)("%s: none of the Dutch words", (locale) => {
    const text = renderAll(locale);
    const found = DUTCH_WORDS.filter((w) => text.includes(w));
    expect(found).toEqual([]);
  });

  it("Dutch shows the Dutch words (so the check above can fail)", () => {
    const text = renderAll("nl");
    for (const w of ["Waarom dit bij u past", "Lenen en uitproberen", "Nu te leen: 2 stuks", "Dichtstbij", "Niet voor u, omdat Q.", "Weer te leen vanaf 3 december", "Op de wachtlijst"]) {
      expect(text).toContain(w);
    }
  });

  it("Arabic text is Arabic: the headings of the card", () => {
    const text = renderAll("ar");
    expect(text).toContain("لماذا يناسبك هذا");
    expect(text).toContain("متاح للاستعارة الآن: قطعتان");
  });

  it.each([
    [1, "Nu te leen: 1 stuk"],
    [3, "Nu te leen: 3 stuks"],
  ])("plural in Dutch: %i", (count, expected) => {
    expect(adviceTexts("nl")("availability.available", { count })).toBe(expected);
  });
});

describe("funding texts", () => {
  it.each(routes.map((r) => [r.route, r] as const))("Dutch is what lib/catalogue/funding-routes.ts says: %s", (_name, route) => {
    expect(fundingCost(route, "nl")).toBe(fundingCostText(route));
    expect(fundingItem(route, "nl")).toBe(fundingRouteText(route));
    expect(fundingRouteLabel(route.route, "nl")).toBe(FUNDING_ROUTE_LABELS[route.route]);
  });

  it.each([
    ["en", routes[0]!, "personal contribution up to €21 per month"],
    ["tr", routes[2]!, "€15 ile €30 arası"],
    ["pl", routes[1]!, "bezpłatnie"],
    ["ar", routes[3]!, "اسأل عن السعر"],
  ] as const)("%s: %s", (locale, route, expected) => {
    expect(fundingCost(route, locale)).toBe(expected);
  });

  it("the local offer's Dutch label is the one the API uses", () => {
    expect(adviceTexts("nl")("local.notVia")).toBe(NOT_VIA_MUNICIPALITY);
  });

  it("a moment in words and Amsterdam time", () => {
    expect(formatMomentIn(new Date("2026-12-03T13:05:00Z"), "nl")).toBe("3 december 2026 om 14:05");
    expect(formatMomentIn(new Date("2026-12-03T13:05:00Z"), "en")).toBe("3 December 2026 at 14:05");
  });
});
