import { describe, expect, it } from "vitest";
import { missingTranslations, translatableTexts, unknownTranslationPaths } from "./translations";
import { CATALOGUE } from "@/prisma/seed/catalogue";
import { SEED_TRANSLATION_FILES, seedTranslationsFor } from "@/prisma/seed/translations";

/** The numbers in a text (prices, counts, centimetres, minutes): a translation keeps every one of them. */
const numbers = (text: string) => (text.match(/\d+/g) ?? []).sort();

/**
 * English and Polish are complete for the seed catalogue: every text a resident reads has a translation (the editors'
 * report shows 0 missing for en and pl), no translation names a text the product does not have, and the numbers of
 * the Dutch source survive. Turkish and Arabic are checked in lib/catalogue/translations.test.ts.
 */
describe.each(["en", "pl"] as const)("the seed catalogue in %s", (locale) => {
  const products = CATALOGUE.map((p) => ({ ...p, translations: seedTranslationsFor(p.slug) }));

  it("translates every text of every seed product", () => {
    const missing = missingTranslations(products).flatMap((row) => row.missing[locale].map((path) => `${row.slug}: ${path}`));
    expect(missing).toEqual([]);
  });

  it("names no text a product does not have, and no product that does not exist", () => {
    const slugs = new Set(CATALOGUE.map((p) => p.slug));
    expect(Object.keys(SEED_TRANSLATION_FILES[locale]).filter((slug) => !slugs.has(slug))).toEqual([]);
    const unknown = products.flatMap((p) => unknownTranslationPaths(p, { [locale]: p.translations[locale] ?? {} }).map((path) => `${p.slug}: ${path}`));
    expect(unknown).toEqual([]);
  });

  it("keeps the numbers of the Dutch text, and a sentence that continues the Dutch text starts in lower case too", () => {
    const wrong: string[] = [];
    for (const p of products) {
      const texts = p.translations[locale] ?? {};
      for (const [path, dutch] of translatableTexts(p)) {
        const translated = texts[path];
        if (translated === undefined) continue;
        if (numbers(dutch).join() !== numbers(translated).join()) wrong.push(`${p.slug}: ${path} (numbers)`);
        // "Niet voor u, omdat {reason}" and "€ 15 tot € 60 {priceNote}" continue a sentence when the Dutch starts in lower case
        const continues = /^rules\.contraindications\.\d+\.reason$/.test(path) || path === "priceNote";
        if (continues && (dutch.charAt(0) === dutch.charAt(0).toLowerCase()) !== (translated.charAt(0) === translated.charAt(0).toLowerCase()))
          wrong.push(`${p.slug}: ${path} (lower case)`);
      }
    }
    expect(wrong).toEqual([]);
  });
});
