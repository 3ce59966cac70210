import { describe, expect, it } from "vitest";
import { CATALOGUE } from "@/prisma/seed/catalogue";
import { SEED_TRANSLATION_FILES, seedTranslationsFor } from "@/prisma/seed/translations";
import { missingTranslations, translatableTexts, unknownTranslationPaths, type TranslatedLocale } from "./translations";

/** Languages whose seed translations are complete: the editors' report shows nothing missing for them. */
const COMPLETE: readonly TranslatedLocale[] = ["tr", "ar"];

const ARABIC_LETTER = /[\u0600-\u06FF]/;
const LATIN_WORDS_ONLY = /^[^\u0600-\u06FF]*$/;

describe("the seed catalogue is fully translated into Turkish and Arabic", () => {
  const rows = missingTranslations(CATALOGUE.map((p) => ({ ...p, translations: seedTranslationsFor(p.slug) })));

  it.each(COMPLETE)("%s: every text of every seed product has a translation", (locale) => {
    const missing = rows.flatMap((row) => row.missing[locale].map((path) => `${row.slug}:${path}`));
    expect(missing).toEqual([]);
    expect(rows.reduce((sum, row) => sum + row.total, 0)).toBeGreaterThan(0);
  });

  it.each(COMPLETE)("%s: no translation names a text the product does not have", (locale) => {
    const file = SEED_TRANSLATION_FILES[locale];
    const unknown = CATALOGUE.flatMap((p) => unknownTranslationPaths(p, { [locale]: file[p.slug] ?? {} }).map((path) => `${p.slug}:${path}`));
    expect(unknown).toEqual([]);
    const slugs = new Set(CATALOGUE.map((p) => p.slug));
    expect(Object.keys(file).filter((slug) => !slugs.has(slug))).toEqual([]);
  });

  it.each(COMPLETE)("%s: numbers in a translation are the numbers of the Dutch text", (locale) => {
    const digits = (s: string) => (s.match(/\d+/g) ?? []).sort().join(",");
    const differ: string[] = [];
    for (const p of CATALOGUE) {
      for (const [path, dutch] of translatableTexts(p)) {
        const text = SEED_TRANSLATION_FILES[locale][p.slug]?.[path];
        if (text !== undefined && digits(text) !== digits(dutch)) differ.push(`${p.slug}:${path}`);
      }
    }
    expect(differ).toEqual([]);
  });

  it("Arabic texts are written in Arabic script, Turkish texts are not", () => {
    const notArabic: string[] = [];
    const arabicInTurkish: string[] = [];
    for (const [slug, texts] of Object.entries(SEED_TRANSLATION_FILES.ar)) for (const [path, text] of Object.entries(texts)) if (!ARABIC_LETTER.test(text)) notArabic.push(`${slug}:${path}`);
    for (const [slug, texts] of Object.entries(SEED_TRANSLATION_FILES.tr)) for (const [path, text] of Object.entries(texts)) if (!LATIN_WORDS_ONLY.test(text)) arabicInTurkish.push(`${slug}:${path}`);
    expect(notArabic).toEqual([]);
    expect(arabicInTurkish).toEqual([]);
  });

  it.each(COMPLETE)("%s: a translation is not the Dutch text left in place", (locale) => {
    const same: string[] = [];
    for (const p of CATALOGUE) {
      for (const [path, dutch] of translatableTexts(p)) {
        const text = SEED_TRANSLATION_FILES[locale][p.slug]?.[path];
        // short names such as "GPS-tracker" may legitimately match in a language; whole sentences may not
        if (text === dutch && dutch.includes(" ")) same.push(`${p.slug}:${path}`);
      }
    }
    expect(same).toEqual([]);
  });
});
