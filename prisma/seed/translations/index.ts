/**
 * Translations of the seed catalogue's resident texts, one file per language: slug -> { schema path: text }.
 * Dutch (prisma/seed/catalogue.ts) is the source. Paths not listed fall back to Dutch and show up in the editors'
 * report (/beheer/catalogus/vertalingen). Checked by lib/catalogue/translations.test.ts.
 */
import type { ProductTranslations } from "../../../lib/catalogue/translations";
import ar from "./ar.json";
import en from "./en.json";
import pl from "./pl.json";
import tr from "./tr.json";

const FILES = { en, tr, ar, pl } as Record<keyof ProductTranslations, Record<string, Record<string, string>>>;

/** The translations of one seed product (empty when it has none). */
export function seedTranslationsFor(slug: string): ProductTranslations {
  const out: ProductTranslations = {};
  for (const [locale, bySlug] of Object.entries(FILES) as [keyof ProductTranslations, Record<string, Record<string, string>>][]) {
    const texts = bySlug[slug];
    if (texts && Object.keys(texts).length > 0) out[locale] = texts;
  }
  return out;
}

export const SEED_TRANSLATION_FILES = FILES;
