import { describe, expect, it } from "vitest";
import { CATALOGUE, PRODUCT_DOMAINS as SEED_DOMAINS } from "@/prisma/seed/catalogue";
import { catalogueProductSchema, parseIso9999, PRODUCT_DOMAINS, toEngineProduct, engineProductSchema } from "./schema";

const first = CATALOGUE[0]!;
const monitoringProduct = CATALOGUE.find((p) => p.isMonitoring)!;

describe("parseIso9999", () => {
  it.each([
    ["18 18 06", { class: "18", subclass: "18", division: "06" }],
    ["18 18", { class: "18", subclass: "18", division: null }],
    ["22 27 16", { class: "22", subclass: "27", division: "16" }],
    ["181806", null],
    ["18-18-06", null],
    ["18 18 06 01", null],
    ["19 18 06", null], // 19 is not an ISO 9999 class
    ["18 00", null],
    ["18 18 00", null],
    [" 18 18", null],
    ["18", null],
  ])("%s", (code, expected) => {
    expect(parseIso9999(code)).toEqual(expected);
  });
});

describe("catalogueProductSchema", () => {
  it("accepts every seeded product and fills the defaults", () => {
    for (const p of CATALOGUE) {
      const result = catalogueProductSchema.safeParse(p);
      expect(result.error?.issues ?? [], p.slug).toEqual([]);
      expect(result.data?.supplier).toBe("");
      expect(result.data?.fundingRoutes).toEqual(p.fundingRoutes);
      expect(result.data?.fundingRoutes.length, p.slug).toBeGreaterThan(0);
    }
  });

  it("has the same life domains as the seed", () => {
    expect([...PRODUCT_DOMAINS]).toEqual([...SEED_DOMAINS]);
  });

  const refused: [string, Record<string, unknown>, string][] = [
    ["a bad ISO code", { iso9999Code: "99 12 03" }, "iso9999Code"],
    ["an unknown edition", { iso9999Edition: "2011" }, "iso9999Edition"],
    ["a bad slug", { slug: "Robot Stofzuiger" }, "slug"],
    ["min price above max", { priceMinEuro: 500, priceMaxEuro: 100 }, "priceMaxEuro"],
    ["max loan shorter than a period", { loanPeriodDays: 28, maxLoanDays: 14 }, "maxLoanDays"],
    ["an ICF code that is not one", { icfCodes: ["x123"] }, "icfCodes.0"],
    ["an unknown field", { colour: "red" }, ""],
    ["an unknown difficulty", { rules: { ...first.rules, addresses: [{ difficulty: "flying", fit: 3, reason: "Zo." }] } }, "rules.addresses.0.difficulty"],
    ["a fit of 4", { rules: { ...first.rules, addresses: [{ ...first.rules.addresses[0], fit: 4 }] } }, "rules.addresses.0.fit"],
    ["monitoring texts on a product that records nothing", { isMonitoring: false, monitoringRecords: "Alles." }, "monitoringRecords"],
    ["a funding route twice", { fundingRoutes: [{ route: "buy", costMinEuro: 1, costMaxEuro: 2, period: "once" }, { route: "buy", costMinEuro: 1, costMaxEuro: 2, period: "once" }] }, "fundingRoutes"],
    ["an unknown funding route", { fundingRoutes: [{ route: "gift", costMinEuro: 1, costMaxEuro: 2, period: "once" }] }, "fundingRoutes.0.route"],
    ["an image outside /public", { imagePath: "https://example.org/x.png" }, "imagePath"],
  ];
  it.each(refused)("refuses %s", (_what, patch, path) => {
    const result = catalogueProductSchema.safeParse({ ...first, ...patch });
    expect(result.success).toBe(false);
    expect(result.error!.issues.map((i) => i.path.join("."))).toContain(path);
  });

  it("requires what is recorded, who sees it and how to stop for a monitoring product", () => {
    const result = catalogueProductSchema.safeParse({ ...monitoringProduct, monitoringWhoSees: undefined, monitoringHowToStop: "" });
    expect(result.error!.issues.map((i) => i.path.join("."))).toEqual(["monitoringWhoSees", "monitoringHowToStop"]);
  });

  it("gives the engine exactly its CatalogueProduct", () => {
    const data = catalogueProductSchema.parse(first);
    expect(engineProductSchema.parse(toEngineProduct(data))).toEqual(toEngineProduct(data));
  });
});
