import { describe, expect, it } from "vitest";
import { ZodError } from "zod";
import { zodFields } from "@/lib/api/responses";
import { parseInput } from "@/lib/api/validate";
import type { AdviceResult } from "@/lib/server/advice/build-advice";
import type { ProductInfo } from "@/lib/server/catalogue/get-catalogue";
import { adviceRequestSchema, toPublicAdvice, toPublicProduct } from "./advice";

/** The field errors for a request body, or null when it is valid. */
function fieldsFor(body: unknown): Record<string, string[]> | null {
  try {
    parseInput(adviceRequestSchema, body);
    return null;
  } catch (error) {
    if (error instanceof ZodError) return zodFields(error);
    throw error;
  }
}

const answers = { difficulties: ["housework.vacuuming"], context: {} };

describe("adviceRequestSchema", () => {
  it("accepts a full request and normalises it", () => {
    const parsed = parseInput(adviceRequestSchema, {
      municipality: "den-haag",
      answers: { difficulties: ["housework.vacuuming", "housework.vacuuming", "bathing"], context: { "home.clutter": "a_lot", "digital.wifi": "unknown", "home.pets": false } },
      postcode: " 2545gh ",
    });
    expect(parsed).toEqual({
      municipality: "den-haag",
      answers: { difficulties: ["housework.vacuuming", "bathing"], context: { "home.clutter": "a_lot", "digital.wifi": "unknown", "home.pets": false } },
      postcode: "2545 GH",
    });
  });

  it.each([
    { name: "no postcode", body: { municipality: "den-haag", answers } },
    { name: "postcode null", body: { municipality: "den-haag", answers, postcode: null } },
    { name: "no context", body: { municipality: "den-haag", answers: { difficulties: ["bathing"] } } },
    { name: "no difficulties chosen", body: { municipality: "den-haag", answers: { difficulties: [] } } },
  ])("accepts $name", ({ body }) => {
    expect(fieldsFor(body)).toBeNull();
  });

  it.each([
    {
      name: "an unknown difficulty code, named",
      body: { municipality: "den-haag", answers: { difficulties: ["bathing", "stofzuigen"] } },
      field: "answers.difficulties.1",
      says: ['"stofzuigen"'],
    },
    { name: "a difficulty that is not text", body: { municipality: "den-haag", answers: { difficulties: [7] } }, field: "answers.difficulties.0", says: ["code"] },
    {
      name: "a wrong clutter value, naming code and value",
      body: { municipality: "den-haag", answers: { ...answers, context: { "home.clutter": "lots" } } },
      field: "answers.context.home.clutter",
      says: ['"lots"', '"home.clutter"'],
    },
    {
      name: "a wrong yes/no value, naming code and value",
      body: { municipality: "den-haag", answers: { ...answers, context: { "digital.wifi": "ja" } } },
      field: "answers.context.digital.wifi",
      says: ['"ja"', '"digital.wifi"'],
    },
    {
      name: "an unknown context code, named",
      body: { municipality: "den-haag", answers: { ...answers, context: { "home.garden": true } } },
      field: "answers.context.home.garden",
      says: ['"home.garden"'],
    },
    { name: "a missing municipality", body: { answers }, field: "municipality", says: ["municipality ontbreekt"] },
    { name: "an empty municipality", body: { municipality: " ", answers }, field: "municipality", says: ["municipality ontbreekt"] },
    { name: "a municipality that is not a slug", body: { municipality: "Den Haag", answers }, field: "municipality", says: ["den-haag"] },
    { name: "missing answers", body: { municipality: "den-haag" }, field: "answers", says: ["answers"] },
    { name: "a misspelt field in answers", body: { municipality: "den-haag", answers: { ...answers, contexts: {} } }, field: "answers.contexts", says: ['"contexts"'] },
    { name: "an unknown top-level field", body: { municipality: "den-haag", answers, postcod: "2514 JS" }, field: "postcod", says: ['"postcod"'] },
    { name: "a postcode that is a number", body: { municipality: "den-haag", answers, postcode: 2514 }, field: "postcode", says: ["2514 JS"] },
    { name: "a postcode in the wrong form", body: { municipality: "den-haag", answers, postcode: "25 14" }, field: "postcode", says: ["2514 JS"] },
    { name: "a body that is an array", body: [], field: "body", says: ["JSON-object"] },
    { name: "a body that is text", body: "advies", field: "body", says: ["JSON-object"] },
  ])("refuses $name", ({ body, field, says }) => {
    const fields = fieldsFor(body);
    expect(fields).not.toBeNull();
    expect(Object.keys(fields!)).toContain(field);
    const text = fields![field]!.join(" ");
    for (const part of says) expect(text).toContain(part);
  });

  it("gives Dutch messages where the schema sets none", () => {
    const fields = fieldsFor({ municipality: "den-haag", answers: { difficulties: "bathing" } });
    expect(fields!["answers.difficulties"]![0]).toMatch(/lijst/);
  });
});

const product = (slug: string, over: Partial<ProductInfo> = {}): ProductInfo => ({
  id: `internal-${slug}`,
  slug,
  name: `Naam ${slug}`,
  nameInSentence: `de naam ${slug}`,
  shortDescription: "Korte uitleg.",
  domain: "huishouden",
  iso9999: { code: "15 12 09", edition: "2022" },
  priceMinEuro: 15,
  priceMaxEuro: 30,
  pricePeriod: "once",
  priceNote: "",
  fundingRoutes: [
    { route: "insurer_loan", costMinEuro: 0, costMaxEuro: 0, period: "once" },
    { route: "buy", costMinEuro: 15, costMaxEuro: 30, period: "once" },
  ],
  icfCodes: ["d640"],
  needs: ["wifi"],
  isMonitoring: false,
  monitoring: null,
  imagePath: `/products/${slug}.svg`,
  imageAlt: "Plaatje",
  lendable: true,
  loanPeriodDays: 28,
  translations: {},
  ...over,
});

describe("toPublicProduct", () => {
  it("names the product by slug, never by internal id, and makes the image URL absolute", () => {
    const p = toPublicProduct(product("robot"), "https://ttv.example.nl");
    expect(p).not.toHaveProperty("id");
    expect(JSON.stringify(p)).not.toContain("internal-robot");
    expect(p.image).toEqual({ url: "https://ttv.example.nl/products/robot.svg", alt: "Plaatje" });
    expect(p.price).toEqual({ minEuro: 15, maxEuro: 30, period: "once", text: "€ 15 tot € 30", note: "" });
    expect(p.description).toBe("Korte uitleg.");
    expect(p.fundingRoutes).toEqual([
      { route: "insurer_loan", label: "Lenen via uw zorgverzekeraar", costMinEuro: 0, costMaxEuro: 0, period: "once", text: "gratis" },
      { route: "buy", label: "Zelf kopen", costMinEuro: 15, costMaxEuro: 30, period: "once", text: "€ 15 tot € 30" },
    ]);
  });

  it("explains monitoring for a monitoring product", () => {
    const monitoring = { records: "Beweging in huis.", whoSees: "Uw dochter.", howToStop: "Stekker eruit." };
    const p = toPublicProduct(product("sensor", { isMonitoring: true, monitoring, pricePeriod: "month", priceMinEuro: 22, priceMaxEuro: 22 }), "http://localhost:3000");
    expect(p.isMonitoring).toBe(true);
    expect(p.monitoring).toEqual(monitoring);
    expect(p.price.text).toBe("€ 22 per maand");
  });
});

describe("toPublicAdvice", () => {
  const result: AdviceResult = {
    locale: "nl",
    engineVersion: "1.0.0",
    catalogueVersion: 3,
    municipality: { slug: "den-haag", name: "Den Haag", openCentres: 5 },
    wmoDesk: { phone: "14 070", url: "https://www.denhaag.nl/wmo", hours: null },
    postcode: "2545 GH",
    recommendations: [
      {
        product: product("steelstofzuiger"),
        score: 27,
        reasons: ["Hij is licht."],
        conditions: ["Heeft u een stopcontact?"],
        lending: [
          { centre: { slug: "leyweg", name: "Leyweg", address: "Leyweg 299, 2545 GH Den Haag", district: "Escamp" }, available: 0, nextAvailableDate: "2026-12-02" },
          { centre: { slug: "spui", name: "Spui", address: "Spui 68, 2511 BT Den Haag", district: "Centrum" }, available: 2, nextAvailableDate: null },
        ],
        viaMunicipality: false,
        local: { fundingNote: "Via de Wmo", supplier: null, priceAgreement: null, note: "Vraag naar de proefweek." },
      },
    ],
    notRecommended: [{ product: product("robotstofzuiger"), reasons: ["er veel spullen op de vloer staan."] }],
    tips: ["Maak een vrij pad."],
  };

  it("keeps order, reasons, conditions and lending, with links to the centres", () => {
    const advice = toPublicAdvice(result, "https://ttv.example.nl/");
    expect(advice.municipality).toEqual({ slug: "den-haag", name: "Den Haag" });
    expect(advice.postcode).toBe("2545 GH");
    expect(advice.wmoDesk).toEqual({ phone: "14 070", url: "https://www.denhaag.nl/wmo", hours: null });
    expect(advice.catalogueVersion).toBe(3);
    expect(advice.recommendations[0]!.product.slug).toBe("steelstofzuiger");
    expect(advice.recommendations[0]!.reasons).toEqual(["Hij is licht."]);
    expect(advice.recommendations[0]!.conditions).toEqual(["Heeft u een stopcontact?"]);
    expect(advice.recommendations[0]!.lending.map((l) => [l.centre.slug, l.available, l.nextAvailableDate])).toEqual([
      ["leyweg", 0, "2026-12-02"],
      ["spui", 2, null],
    ]);
    expect(advice.recommendations[0]!.lending[0]!.centre.url).toBe("https://ttv.example.nl/uitleenpunten/leyweg");
    expect(advice.notRecommended).toEqual([{ product: toPublicProduct(product("robotstofzuiger"), "https://ttv.example.nl/"), reasons: ["er veel spullen op de vloer staan."] }]);
    expect(advice.tips).toEqual(["Maak een vrij pad."]);
    // the municipality's local offer (issue 9)
    expect(advice.recommendations[0]).toMatchObject({ viaMunicipality: false, offerLabel: "niet via uw gemeente", local: { fundingNote: "Via de Wmo", supplier: null, priceAgreement: null, note: "Vraag naar de proefweek." } });
    expect(JSON.stringify(advice)).not.toContain("internal-");
  });
});
