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
 * content words occur in the text, in any order. Function words ("de", "the", ...) in `stopwords` score nothing; in
 * a phrase they must occur in the text too ("staat op", "who is there"), so a phrase never shrinks to one loose word.
 */
export interface Lexicon {
  locale: WordLocale;
  stopwords: string[];
  /**
   * Words that point to a need only when nothing more specific is said: "alleen" (alone) is loneliness in "ik voel
   * me alleen" but not in "ik woon alleen en als ik val...". A code resting only on weak words scores half when
   * another code rests on a word of its own. Only words that are also in `entries`.
   */
  weak?: string[];
  entries: Record<DifficultyCode, string[]>;
}

export interface WordMatch {
  code: DifficultyCode;
  score: number;
  /** the resident's own words that led to this code, as typed */
  evidence: string[];
  /** those of the evidence words that are weak (Lexicon.weak): they never make a code a second proposal on their own */
  weakEvidence: string[];
}
