/**
 * Product texts per language. Dutch is the source and lives in the product's own fields; each other language is a
 * map from the text's schema path to its translation, in the product's `translations` field:
 *   translations: { en: { "name": "Robot vacuum cleaner", "rules.addresses.0.reason": "It vacuums by itself ..." } }
 * Paths are the same as the editor's form field names (lib/catalogue/product-form.ts). A missing translation falls
 * back to Dutch and is counted for editors (missingTranslations; /beheer/catalogus/vertalingen). Pure.
 */
import { z } from "zod";
import { TRANSLATED_LOCALES, type Locale } from "@/lib/i18n/config";

export type TranslatedLocale = (typeof TRANSLATED_LOCALES)[number];

/** Per translated language a map path -> text. Unknown languages are refused; empty texts are refused. */
export const productTranslationsSchema = z
  .strictObject(
    Object.fromEntries(TRANSLATED_LOCALES.map((l) => [l, z.record(z.string().min(1).max(200), z.string().trim().min(1).max(1000)).optional()])) as Record<
      TranslatedLocale,
      z.ZodOptional<z.ZodRecord<z.ZodString, z.ZodString>>
    >,
  )
  .default({});

export type ProductTranslations = Partial<Record<TranslatedLocale, Record<string, string>>>;

/** Stored JSON as translations; anything that does not pass the schema reads as none (Dutch everywhere). */
export function parseProductTranslations(value: unknown): ProductTranslations {
  const parsed = productTranslationsSchema.safeParse(value ?? {});
  return parsed.success ? (parsed.data as ProductTranslations) : {};
}

/** The fields of a product a resident reads; their Dutch text, keyed by schema path, in a stable order. */
export interface TranslatableProduct {
  name?: string;
  nameInSentence?: string;
  shortDescription?: string;
  priceNote?: string;
  needs?: readonly string[];
  monitoringRecords?: string | null;
  monitoringWhoSees?: string | null;
  monitoringHowToStop?: string | null;
  imageAlt?: string;
  rules: {
    addresses: readonly { reason: string }[];
    prerequisites: readonly { reason: string; check: string }[];
    contraindications: readonly ({ reason: string; check: string } | { solution: string; check: string })[];
    contextFit: readonly { reason: string }[];
    notes: readonly string[];
  };
}

export function translatableTexts(p: TranslatableProduct): Map<string, string> {
  const out = new Map<string, string>();
  const put = (path: string, value: string | null | undefined) => {
    if (typeof value === "string" && value.trim() !== "") out.set(path, value);
  };
  put("name", p.name);
  put("nameInSentence", p.nameInSentence);
  put("shortDescription", p.shortDescription);
  put("priceNote", p.priceNote);
  (p.needs ?? []).forEach((n, i) => put(`needs.${i}`, n));
  put("monitoringRecords", p.monitoringRecords);
  put("monitoringWhoSees", p.monitoringWhoSees);
  put("monitoringHowToStop", p.monitoringHowToStop);
  put("imageAlt", p.imageAlt);
  p.rules.addresses.forEach((a, i) => put(`rules.addresses.${i}.reason`, a.reason));
  p.rules.prerequisites.forEach((q, i) => {
    put(`rules.prerequisites.${i}.reason`, q.reason);
    put(`rules.prerequisites.${i}.check`, q.check);
  });
  p.rules.contraindications.forEach((c, i) => {
    if ("solution" in c) put(`rules.contraindications.${i}.solution`, c.solution);
    else put(`rules.contraindications.${i}.reason`, c.reason);
    put(`rules.contraindications.${i}.check`, c.check);
  });
  p.rules.contextFit.forEach((f, i) => put(`rules.contextFit.${i}.reason`, f.reason));
  p.rules.notes.forEach((n, i) => put(`rules.notes.${i}`, n));
  return out;
}

/** Paths in the translations that name no text of the product (a rule was removed): for the schema's check. */
export function unknownTranslationPaths(p: TranslatableProduct, translations: ProductTranslations): string[] {
  const known = translatableTexts(p);
  const out: string[] = [];
  for (const locale of TRANSLATED_LOCALES) for (const path of Object.keys(translations[locale] ?? {})) if (!known.has(path)) out.push(`${locale}:${path}`);
  return out;
}

/**
 * Translations are keyed by the text's path ("rules.contraindications.1.check"), so when the Dutch text at a path
 * changes (edited, or another rule moved into that place because one was removed) a translation carried over
 * unchanged would say something else than the Dutch. Such stale translations are dropped: a translation is kept only
 * when its path still exists and either the Dutch at that path is the same as before or the translation itself is
 * new or changed (the editor or the file brought it along with the new Dutch). The dropped ones fall back to Dutch
 * and show up in the editors' report until they are translated again. Pure.
 */
export function withoutStaleTranslations(
  before: (TranslatableProduct & { translations?: ProductTranslations }) | null | undefined,
  after: TranslatableProduct & { translations?: ProductTranslations },
): ProductTranslations {
  const textsAfter = translatableTexts(after);
  const textsBefore = before ? translatableTexts(before) : new Map<string, string>();
  const out: ProductTranslations = {};
  for (const locale of TRANSLATED_LOCALES) {
    const kept: Record<string, string> = {};
    for (const [path, text] of Object.entries(after.translations?.[locale] ?? {})) {
      const dutch = textsAfter.get(path);
      if (dutch === undefined) continue;
      const carriedOver = before?.translations?.[locale]?.[path] === text;
      if (carriedOver && textsBefore.get(path) !== dutch) continue;
      kept[path] = text;
    }
    if (Object.keys(kept).length > 0) out[locale] = kept;
  }
  return out;
}

/** Counts the texts that fell back to Dutch while rendering, per product and path (for logs and tests). */
export type FallbackListener = (fallback: { product: string; path: string; locale: Locale }) => void;

/**
 * One text of a product in `locale`: the translation when there is one, else the Dutch source (and `onFallback` is
 * told). An unknown path gives "" (never a crash on a page).
 */
export function productText(
  p: TranslatableProduct & { slug: string; translations?: ProductTranslations },
  path: string,
  locale: Locale,
  onFallback?: FallbackListener,
): string {
  const dutch = translatableTexts(p).get(path) ?? "";
  if (locale === "nl" || dutch === "") return dutch;
  const translated = p.translations?.[locale]?.[path];
  if (translated) return translated;
  onFallback?.({ product: p.slug, path, locale });
  return dutch;
}

export interface MissingTranslationRow {
  slug: string;
  name: string;
  /** texts a resident can read */
  total: number;
  /** per language: paths without a translation */
  missing: Record<TranslatedLocale, string[]>;
}

/** For editors: per product and language, which texts still fall back to Dutch. */
export function missingTranslations(products: readonly (TranslatableProduct & { slug: string; translations?: ProductTranslations })[]): MissingTranslationRow[] {
  return products.map((p) => {
    const texts = translatableTexts(p);
    const missing = Object.fromEntries(
      TRANSLATED_LOCALES.map((l) => [l, [...texts.keys()].filter((path) => !p.translations?.[l]?.[path])]),
    ) as Record<TranslatedLocale, string[]>;
    return { slug: p.slug, name: p.name ?? p.slug, total: texts.size, missing };
  });
}
