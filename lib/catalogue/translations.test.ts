import { describe, expect, it } from "vitest";
import { createExplainer } from "@/lib/i18n/explain";
import { computeAdvice } from "@/lib/matching/engine";
import type { CatalogueProduct } from "@/lib/matching/types";
import { catalogueProductSchema, normaliseProduct } from "./schema";
import { missingTranslations, productText, translatableTexts, type ProductTranslations } from "./translations";
import { CATALOGUE } from "@/prisma/seed/catalogue";

const robot = {
  slug: "robot",
  name: "Robotstofzuiger",
  shortDescription: "Zuigt zelf.",
  imageAlt: "Een ronde robot.",
  rules: {
    addresses: [{ reason: "U hoeft niet te bukken." }],
    prerequisites: [{ reason: "Hij werkt met wifi.", check: "Heeft u wifi?" }],
    contraindications: [{ reason: "er veel spullen liggen.", check: "Is de vloer vrij?" }],
    contextFit: [],
    notes: [],
  },
  translations: { en: { name: "Robot vacuum cleaner", "rules.addresses.0.reason": "You do not have to bend." } } as ProductTranslations,
};

describe("product texts per language", () => {
  it("lists every text a resident reads by schema path", () => {
    expect([...translatableTexts(robot).keys()]).toEqual([
      "name",
      "shortDescription",
      "imageAlt",
      "rules.addresses.0.reason",
      "rules.prerequisites.0.reason",
      "rules.prerequisites.0.check",
      "rules.contraindications.0.reason",
      "rules.contraindications.0.check",
    ]);
  });

  it.each([
    ["name", "en", "Robot vacuum cleaner", false],
    ["rules.addresses.0.reason", "en", "You do not have to bend.", false],
    ["shortDescription", "en", "Zuigt zelf.", true],
    ["name", "tr", "Robotstofzuiger", true],
    ["name", "nl", "Robotstofzuiger", false],
    ["rules.notes.7", "en", "", false],
  ] as const)("%s in %s is %s (fallback: %s)", (path, locale, text, fellBack) => {
    const fallbacks: string[] = [];
    expect(productText(robot, path, locale, (f) => fallbacks.push(`${f.locale}:${f.path}`))).toBe(text);
    expect(fallbacks.length > 0).toBe(fellBack);
  });

  it("counts what is still missing per language for editors", () => {
    const [row] = missingTranslations([robot]);
    expect(row!.total).toBe(8);
    expect(row!.missing.en).toHaveLength(6);
    expect(row!.missing.tr).toHaveLength(8);
  });

  it("renders the engine's codes in the chosen language, Dutch where a translation is missing", () => {
    const engineProduct: CatalogueProduct = {
      slug: "robot",
      name: "Robotstofzuiger",
      iso9999: { code: "15 12 09", edition: "2022" },
      priceMinEuro: 150,
      priceMaxEuro: 300,
      pricePeriod: "once",
      lendable: true,
      isMonitoring: false,
      rules: {
        addresses: [{ difficulty: "housework.vacuuming", fit: 3, reason: "U hoeft niet te bukken." }],
        prerequisites: [{ anyOf: ["digital.wifi"], reason: "Hij werkt met wifi.", check: "Heeft u wifi?" }],
        contraindications: [],
        contextFit: [],
        notes: [],
      },
    };
    const advice = computeAdvice({ answers: { difficulties: ["housework.vacuuming"], context: {} }, catalogue: [engineProduct], tips: [], availability: new Map() });
    const fallbacks: string[] = [];
    const en = createExplainer({ locale: "en", products: [{ ...engineProduct, translations: robot.translations }], tipText: () => undefined, onFallback: (f) => fallbacks.push(f.path) });
    expect(en.list(advice.recommendations[0]!.reasons)).toEqual(["You do not have to bend.", "It costs €150 to €300.", "You can borrow it first and try it."]);
    expect(en.list(advice.recommendations[0]!.conditions)).toEqual(["Heeft u wifi? Hij werkt met wifi."]);
    expect(fallbacks).toEqual(["rules.prerequisites.0.check", "rules.prerequisites.0.reason"]);
  });

  it("the schema refuses an unknown language and empty texts, and normalising drops texts the product no longer has", () => {
    const base = CATALOGUE[0]!;
    expect(catalogueProductSchema.safeParse({ ...base, translations: { de: { name: "Staubsauger" } } }).success).toBe(false);
    expect(catalogueProductSchema.safeParse({ ...base, translations: { en: { name: " " } } }).success).toBe(false);
    const parsed = normaliseProduct(catalogueProductSchema.parse({ ...base, translations: { en: { name: "X", "rules.notes.99": "gone" } } }));
    expect(parsed.translations).toEqual({ en: { name: "X" } });
  });
});

describe("the seed catalogue's translations", () => {
  it("name only texts the products have, for products that exist, and pass the schema", async () => {
    const { SEED_TRANSLATION_FILES, seedTranslationsFor } = await import("@/prisma/seed/translations");
    const slugs = new Set(CATALOGUE.map((p) => p.slug));
    for (const [locale, bySlug] of Object.entries(SEED_TRANSLATION_FILES)) {
      for (const slug of Object.keys(bySlug)) expect(slugs.has(slug), `${locale}: ${slug}`).toBe(true);
    }
    for (const p of CATALOGUE) {
      const translations = seedTranslationsFor(p.slug);
      const parsed = normaliseProduct(catalogueProductSchema.parse({ ...p, translations }));
      expect(parsed.translations, p.slug).toEqual(translations);
    }
  });

  it("every seed product has at least its name and short description in every language", async () => {
    const { seedTranslationsFor } = await import("@/prisma/seed/translations");
    const rows = missingTranslations(CATALOGUE.map((p) => ({ ...p, translations: seedTranslationsFor(p.slug) })));
    for (const row of rows) for (const missing of Object.values(row.missing)) expect(missing, row.slug).not.toContain("name");
    for (const row of rows) for (const missing of Object.values(row.missing)) expect(missing, row.slug).not.toContain("shortDescription");
  });
});
