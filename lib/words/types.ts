import type { DifficultyCode } from "../questions/codes";

/** The languages the matcher understands (the same five as the resident's pages). */
export const WORD_LOCALES = ["nl", "en", "tr", "ar", "pl"] as const;
export type WordLocale = (typeof WORD_LOCALES)[number];

export function isWordLocale(value: string): value is WordLocale {
  return (WORD_LOCALES as readonly string[]).includes(value);
}

/**
 * A curated lexicon for one language: per difficulty code the words and short phrases residents use for it
 * (lemmas, inflected forms, spelling variants, compound words, B1 paraphrases). A phrase matches when all of its
 * content words occur in the text, in any order. Function words ("de", "the", ...) are dropped via `stopwords`.
 */
export interface Lexicon {
  locale: WordLocale;
  stopwords: string[];
  entries: Record<DifficultyCode, string[]>;
}

export interface WordMatch {
  code: DifficultyCode;
  score: number;
  /** the resident's own words that led to this code, as typed */
  evidence: string[];
}
