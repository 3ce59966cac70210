/**
 * The catalogue product as data: ONE zod schema for a product, its matching rules and its display fields.
 *
 * Used by the importer (JSON and CSV), the catalogue versions, the seed and the open-data feed. The engine's own types
 * (lib/matching/types.ts) are checked to be EXACTLY what these schemas infer (see the compile-time checks at the end of
 * this file), so a change to one without the other fails `tsc`: there is one truth.
 *
 * Adding an optional field to a rule (e.g. a `kind` on a contraindication) is one line in the matching schema below,
 * next to the same line in lib/matching/types.ts.
 */
import "@/lib/schemas/zod-setup";
import { z } from "zod";
import { CLUTTER_VALUES, CONTEXT_CODES, DIFFICULTY_CODES } from "@/lib/questions/codes";
import type {
  Addresses,
  CatalogueProduct,
  ContextCondition,
  ContextFit,
  Contraindication,
  Prerequisite,
  ProductRules,
} from "@/lib/matching/types";
import { fundingRoutesSchema } from "./funding";
import { productTranslationsSchema, translatableTexts, type ProductTranslations } from "./translations";

// ------------------------------------------------------------------------------------------------ small parts

/** The seven life domains; they match the groups of the questionnaire (lib/questions/questionnaire.ts). */
export const PRODUCT_DOMAINS = ["huishouden", "wassen-toilet", "bewegen", "veiligheid", "geheugen", "contact", "zien"] as const;
export type ProductDomain = (typeof PRODUCT_DOMAINS)[number];

/**
 * ISO 9999 classes (the first two digits), from the 2022 edition: 04 body functions, 05 training in skills,
 * 06 orthoses and prostheses, 09 self-care, 12 mobility, 15 domestic activities, 18 furnishings and adaptations to
 * homes, 22 communication and information, 24 handling objects, 27 controlling the environment, 28 work, 30 recreation.
 */
export const ISO_9999_CLASSES = ["04", "05", "06", "09", "12", "15", "18", "22", "24", "27", "28", "30"] as const;
export const ISO_9999_EDITIONS = ["2016", "2022"] as const;

export interface Iso9999Parts {
  class: string;
  subclass: string;
  division: string | null;
}

/**
 * Reads an ISO 9999 code: a class and a subclass ("18 18"), optionally a division ("18 18 06"), two digits each,
 * separated by one space. The class must be one of ISO 9999's classes; subclass and division are never "00".
 * Returns null when the code does not have that structure.
 */
export function parseIso9999(code: string): Iso9999Parts | null {
  const m = /^(\d{2}) (\d{2})(?: (\d{2}))?$/.exec(code);
  if (!m) return null;
  const [, cls, subclass, division] = m as unknown as [string, string, string, string | undefined];
  if (!(ISO_9999_CLASSES as readonly string[]).includes(cls)) return null;
  if (subclass === "00" || division === "00") return null;
  return { class: cls, subclass, division: division ?? null };
}

const text = (max: number) => z.string().trim().min(1, { message: "Vul dit in." }).max(max);

export const SLUG_PATTERN = /^[a-z0-9]+(-[a-z0-9]+)*$/;
/** ICF: component letter (b body functions, s structures, d activities, e environment) and 1-5 digits. */
export const ICF_PATTERN = /^[bdes]\d{1,5}$/;
/** A file under /public: "/products/robotstofzuiger.svg". */
export const IMAGE_PATH_PATTERN = /^\/(?!.*\.\.)[A-Za-z0-9_\-/.]+\.(svg|png|jpg|jpeg|webp)$/;

// ------------------------------------------------------------------------------------------------ matching rules

const contextValueSchema = z.union([z.boolean(), z.literal("unknown"), z.enum(CLUTTER_VALUES)]);

export const contextConditionSchema = z.strictObject({
  code: z.enum(CONTEXT_CODES),
  is: z.array(contextValueSchema).min(1),
});

export const addressesSchema = z.strictObject({
  difficulty: z.enum(DIFFICULTY_CODES),
  fit: z.literal([1, 2, 3]),
  reason: text(400),
});

export const prerequisiteSchema = z.strictObject({
  anyOf: z.array(z.enum(CONTEXT_CODES)).min(1),
  reason: text(400),
  check: text(200),
});

/** "exclude": the product cannot work or is unsafe; "condition": solvable, shown with what to do (lib/matching/types.ts). */
export const contraindicationSchema = z.discriminatedUnion("effect", [
  z.strictObject({ effect: z.literal("exclude"), when: contextConditionSchema, reason: text(400), check: text(200) }),
  z.strictObject({ effect: z.literal("condition"), when: contextConditionSchema, solution: text(600), check: text(200) }),
]);

export const contextFitSchema = z.strictObject({
  when: contextConditionSchema,
  delta: z.number().min(-10).max(10).refine((d) => d !== 0, { message: "Een aanpassing van 0 doet niets." }),
  reason: text(400),
});

export const productRulesSchema = z.strictObject({
  addresses: z.array(addressesSchema).min(1, { message: "Een product helpt bij minstens één moeilijkheid." }),
  prerequisites: z.array(prerequisiteSchema),
  contraindications: z.array(contraindicationSchema),
  contextFit: z.array(contextFitSchema),
  notes: z.array(text(400)),
});

// ------------------------------------------------------------------------------------------------ the product

/**
 * One product as it is imported, exported, versioned and published. Flat fields (the columns of Product), so
 * per-product extras (a checklist, funding routes, a supplier) are just fields of this input.
 */
export const catalogueProductSchema = z
  .strictObject({
    /** kebab-case, stable: used in URLs, the API and saved advice */
    slug: z.string().regex(SLUG_PATTERN, { message: "Gebruik kleine letters, cijfers en streepjes (bijv. robot-stofzuiger)." }).max(80),
    name: text(120),
    /** B1 Dutch, 1-2 short sentences */
    /** the name with its article inside a sentence: "de GPS-tracker" */
    nameInSentence: z.string().trim().max(200).default(""),
    shortDescription: text(600),
    domain: z.enum(PRODUCT_DOMAINS),
    iso9999Code: z.string().refine((c) => parseIso9999(c) !== null, {
      message: 'Geen geldige ISO 9999-code: klasse en subklasse, eventueel divisie, bijv. "18 18 06" of "18 18".',
    }),
    iso9999Edition: z.enum(ISO_9999_EDITIONS),
    icfCodes: z.array(z.string().regex(ICF_PATTERN, { message: "Geen ICF-code (bijv. d640 of b144)." })).default([]),
    priceMinEuro: z.int().min(0).max(100_000),
    priceMaxEuro: z.int().min(0).max(100_000),
    pricePeriod: z.enum(["once", "month"]),
    priceNote: z.string().trim().max(400).default(""),
    /** plain Dutch prerequisites shown to residents */
    needs: z.array(text(200)).default([]),
    /** true when the product records data about the person (sensors, location, camera, medication intake) */
    isMonitoring: z.boolean(),
    /** required when isMonitoring: what it records, who sees it, how to stop (B1); empty otherwise */
    monitoringRecords: z.string().trim().max(600).nullish(),
    monitoringWhoSees: z.string().trim().max(600).nullish(),
    monitoringHowToStop: z.string().trim().max(600).nullish(),
    imagePath: z.string().regex(IMAGE_PATH_PATTERN, { message: 'Een pad onder /public, bijv. "/products/naam.svg".' }),
    imageAlt: text(300),
    /** false for custom-fit or fixed items, subscriptions and apps */
    lendable: z.boolean(),
    loanPeriodDays: z.int().min(1).max(365),
    maxExtensions: z.int().min(0).max(10).default(1),
    maxLoanDays: z.int().min(1).max(730).default(91),
    /** checked at hand-over and take-back */
    checklist: z.array(text(200)).default([]),
    fundingRoutes: fundingRoutesSchema.default([]),
    /** manufacturer or supplier (EASTIN "manufacturer"); "" when the product is a kind, not a brand */
    supplier: z.string().trim().max(200).default(""),
    rules: productRulesSchema,
    /** the resident texts in en/tr/ar/pl by schema path; Dutch (the fields above) is the source and the fallback */
    translations: productTranslationsSchema,
  })
  .superRefine((p, ctx) => {
    if (p.priceMinEuro > p.priceMaxEuro) {
      ctx.addIssue({ code: "custom", path: ["priceMaxEuro"], message: "De laagste prijs is hoger dan de hoogste prijs." });
    }
    if (p.maxLoanDays < p.loanPeriodDays) {
      ctx.addIssue({ code: "custom", path: ["maxLoanDays"], message: "De langste leentijd is korter dan één leenperiode." });
    }
    const monitoring = ["monitoringRecords", "monitoringWhoSees", "monitoringHowToStop"] as const;
    for (const field of monitoring) {
      const value = p[field];
      if (p.isMonitoring && !value) {
        ctx.addIssue({ code: "custom", path: [field], message: "Verplicht bij een product dat iets over de persoon vastlegt." });
      }
      if (!p.isMonitoring && value) {
        ctx.addIssue({ code: "custom", path: [field], message: "Alleen invullen als het product iets over de persoon vastlegt." });
      }
    }
    const difficulties = p.rules.addresses.map((a) => a.difficulty);
    if (new Set(difficulties).size !== difficulties.length) {
      ctx.addIssue({ code: "custom", path: ["rules", "addresses"], message: "Een moeilijkheid staat er twee keer in." });
    }
  });

/** What an importer or the seed passes in (defaults still to apply). */
export type CatalogueProductInput = z.input<typeof catalogueProductSchema>;
/** A validated product with every field filled. */
export type CatalogueProductData = z.output<typeof catalogueProductSchema>;

/**
 * Validated data with monitoring texts as null when absent, so stored JSON and comparisons are canonical.
 * Translations of texts the product no longer has (a rule was removed) are dropped.
 */
export function normaliseProduct(p: CatalogueProductData): CatalogueProductData {
  return {
    ...p,
    translations: pruneTranslations(p),
    monitoringRecords: p.monitoringRecords || null,
    monitoringWhoSees: p.monitoringWhoSees || null,
    monitoringHowToStop: p.monitoringHowToStop || null,
  };
}

function pruneTranslations(p: CatalogueProductData): CatalogueProductData["translations"] {
  const known = translatableTexts(p);
  const out: ProductTranslations = {};
  for (const [locale, texts] of Object.entries(p.translations ?? {}) as [keyof ProductTranslations, Record<string, string> | undefined][]) {
    if (!texts) continue;
    const kept = Object.fromEntries(Object.entries(texts).filter(([path]) => known.has(path)));
    if (Object.keys(kept).length > 0) out[locale] = kept;
  }
  return out;
}

/** The engine's view of a product (lib/matching/types.ts CatalogueProduct). */
export const engineProductSchema = z.strictObject({
  slug: z.string(),
  name: z.string(),
  iso9999: z.strictObject({ code: z.string(), edition: z.string() }),
  priceMinEuro: z.number(),
  priceMaxEuro: z.number(),
  pricePeriod: z.enum(["once", "month"]),
  lendable: z.boolean(),
  isMonitoring: z.boolean(),
  rules: productRulesSchema,
});

export { toEngineProduct } from "./engine-product";

// ------------------------------------------------------------------------------------------------ one truth
// These fail to compile when lib/matching/types.ts and the schemas above drift apart (in either direction).

type Equal<A, B> = (<T>() => T extends A ? 1 : 2) extends <T>() => T extends B ? 1 : 2 ? true : false;
type Assert<T extends true> = T;

export type SchemaMatchesEngineTypes = [
  Assert<Equal<z.infer<typeof contextConditionSchema>, ContextCondition>>,
  Assert<Equal<z.infer<typeof addressesSchema>, Addresses>>,
  Assert<Equal<z.infer<typeof prerequisiteSchema>, Prerequisite>>,
  Assert<Equal<z.infer<typeof contraindicationSchema>, Contraindication>>,
  Assert<Equal<z.infer<typeof contextFitSchema>, ContextFit>>,
  Assert<Equal<z.infer<typeof productRulesSchema>, ProductRules>>,
  Assert<Equal<z.infer<typeof engineProductSchema>, CatalogueProduct>>,
];
