/**
 * Measures the matcher against a test set: recall@3 (of the codes a phrase should give, the share found among the
 * 3 best-ranked codes), precision (of the codes proposed to the resident, the share that was expected) and
 * proposal recall (of the expected codes, the share actually proposed: precision bought by proposing less shows here).
 * Pure; used by the unit test (floors) and by `npm run bench` (figures per language).
 */
import { isDifficultyCode, type DifficultyCode } from "../questions/codes";
import { matchDifficulties, proposeDifficulties } from "./matcher";
import { isWordLocale, type WordLocale } from "./types";

export interface TestPhrase {
  text: string;
  expected: DifficultyCode[];
}
export interface TestSet {
  locale: WordLocale;
  phrases: TestPhrase[];
}

export interface Evaluation {
  locale: WordLocale;
  phrases: number;
  recallAt3: number;
  precision: number;
  /** of the expected codes, the share that was proposed ("Wij begrepen: ...") */
  proposalRecall: number;
  /** phrases where an expected code was not among the 3 best */
  misses: { text: string; expected: DifficultyCode[]; got: DifficultyCode[] }[];
  /** proposed codes that were not expected */
  wrongProposals: { text: string; code: DifficultyCode }[];
}

export function parseTestSet(raw: unknown): TestSet {
  const value = raw as { locale?: unknown; phrases?: unknown };
  if (typeof value?.locale !== "string" || !isWordLocale(value.locale) || !Array.isArray(value.phrases)) {
    throw new Error("test set needs a locale and phrases");
  }
  const phrases = value.phrases.map((p: { text?: unknown; expected?: unknown }, i: number) => {
    if (typeof p.text !== "string" || !Array.isArray(p.expected)) throw new Error(`phrase ${i} is malformed`);
    for (const code of p.expected) {
      if (typeof code !== "string" || !isDifficultyCode(code)) throw new Error(`phrase ${i}: unknown code ${String(code)}`);
    }
    return { text: p.text, expected: p.expected as DifficultyCode[] };
  });
  return { locale: value.locale, phrases };
}

export function evaluate(set: TestSet): Evaluation {
  let expectedTotal = 0;
  let foundAt3 = 0;
  let proposedTotal = 0;
  let proposedRight = 0;
  let expectedProposed = 0;
  const misses: Evaluation["misses"] = [];
  const wrongProposals: Evaluation["wrongProposals"] = [];
  for (const phrase of set.phrases) {
    const top3 = matchDifficulties(phrase.text, set.locale).slice(0, 3).map((m) => m.code);
    expectedTotal += phrase.expected.length;
    const hit = phrase.expected.filter((c) => top3.includes(c)).length;
    foundAt3 += hit;
    if (hit < phrase.expected.length) misses.push({ text: phrase.text, expected: phrase.expected, got: top3 });
    const proposals = proposeDifficulties(phrase.text, set.locale);
    expectedProposed += phrase.expected.filter((c) => proposals.some((p) => p.code === c)).length;
    for (const p of proposals) {
      proposedTotal += 1;
      if (phrase.expected.includes(p.code)) proposedRight += 1;
      else wrongProposals.push({ text: phrase.text, code: p.code });
    }
  }
  return {
    locale: set.locale,
    phrases: set.phrases.length,
    recallAt3: expectedTotal === 0 ? 1 : foundAt3 / expectedTotal,
    precision: proposedTotal === 0 ? 1 : proposedRight / proposedTotal,
    proposalRecall: expectedTotal === 0 ? 1 : expectedProposed / expectedTotal,
    misses,
    wrongProposals,
  };
}
