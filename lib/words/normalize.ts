import type { WordLocale } from "./types";

/** Splits text into words: letters and digits; everything else (spaces, punctuation, hyphens, apostrophes) separates. */
export function tokenize(text: string, locale: WordLocale): string[] {
  return text
    .toLocaleLowerCase(locale)
    .split(/[^\p{L}\p{N}]+/u)
    .filter((t) => t.length > 1 || /\p{N}/u.test(t));
}

/**
 * Folds a word (or stem) to a spelling-tolerant key: no accents or diacritics (so "hygiene" = "hygiëne",
 * "ilac" = "ilaç", "lozko" = "łóżko"), Turkish dotless i and Polish ł as plain letters, Arabic hamza carriers,
 * taa marbuta and alef maqsura unified and tatweel dropped (common variation in typed Arabic).
 */
export function fold(word: string): string {
  return word
    .normalize("NFKD")
    .replace(/\p{M}+/gu, "")
    .replace(/ı/g, "i")
    .replace(/ł/g, "l")
    .replace(/ß/g, "ss")
    .replace(/ـ/g, "")
    .replace(/[أإآٱ]/g, "ا")
    .replace(/ة/g, "ه")
    .replace(/ى/g, "ي")
    .replace(/ؤ/g, "و")
    .replace(/ئ/g, "ي");
}

/**
 * Arabic attaches "and", "the", "with the", "for the" to the word: the bare word is another key. Spoken Arabic
 * (Levantine, Egyptian) also puts "b-" before a present-tense verb: "بسمع" = "أسمع" (I hear), "بيزور" = "يزور".
 */
export function arabicBareForms(word: string): string[] {
  const forms: string[] = [];
  let w = word;
  if (w.startsWith("و") && w.length > 3) {
    w = w.slice(1);
    forms.push(w);
  }
  if (w.startsWith("ب") && !w.startsWith("بال") && w.length >= 4) {
    const verb = w.slice(1);
    forms.push(verb);
    // "بسمع": the "أ" of the first person falls away after "b-"
    if (!"اأيتن".includes(verb[0]!)) forms.push(`أ${verb}`);
  }
  for (const prefix of ["بال", "فال", "كال", "لل", "ال"]) {
    if (w.startsWith(prefix) && w.length - prefix.length >= 2) {
      forms.push(w.slice(prefix.length));
      break;
    }
  }
  return forms;
}
