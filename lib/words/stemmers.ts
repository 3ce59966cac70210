import StemmerAr from "@nlpjs/lang-ar/src/stemmer-ar.js";
import StemmerEn from "@nlpjs/lang-en-min/src/stemmer-en.js";
import StemmerNl from "@nlpjs/lang-nl/src/stemmer-nl.js";
import StemmerPl from "@nlpjs/lang-pl/src/stemmer-pl.js";
import StemmerTr from "@nlpjs/lang-tr/src/stemmer-tr.js";
import type { WordLocale } from "./types";

/**
 * One stemmer per language from nlp.js (@nlpjs/lang-*, MIT, kept by AXA): Snowball ports for Dutch, English and
 * Turkish, a light affix stemmer for Arabic and a suffix stemmer for Polish (Snowball has no Polish). Offline, pure JS.
 */
const stemmers: Record<WordLocale, { stemWord(word: string): string }> = {
  nl: new StemmerNl(),
  en: new StemmerEn(),
  tr: new StemmerTr(),
  ar: new StemmerAr(),
  pl: new StemmerPl(),
};

export function stem(word: string, locale: WordLocale): string {
  try {
    const s = stemmers[locale].stemWord(word);
    return s.length > 0 ? s : word;
  } catch {
    return word;
  }
}
