/**
 * Bench part "eigen woorden": the offline matcher (lib/words) against the test sets in lib/words/testsets.
 * recall@3 = of the codes a phrase should give, the share among the 3 best; precision = of the codes proposed to the
 * resident ("Wij begrepen: ..."), the share that was expected. Goal: recall@3 >= 0.9 for Dutch.
 */
import { performance } from "node:perf_hooks";
import { evaluate } from "../../lib/words/evaluate";
import { loadTestSets } from "../../lib/words/testsets";

export const WORDS_NL_RECALL_GOAL = 0.9;

export interface WordsBenchRow {
  locale: string;
  phrases: number;
  recallAt3: number;
  precision: number;
  msPerPhrase: number;
}

export function benchWords(): { rows: WordsBenchRow[]; nlGoalMet: boolean } {
  const rows: WordsBenchRow[] = [];
  for (const set of loadTestSets()) {
    evaluate(set); // warm-up: builds the lexicon index once
    const start = performance.now();
    const e = evaluate(set);
    const ms = performance.now() - start;
    rows.push({ locale: e.locale, phrases: e.phrases, recallAt3: round3(e.recallAt3), precision: round3(e.precision), msPerPhrase: round3(ms / Math.max(1, e.phrases)) });
  }
  const nl = rows.find((r) => r.locale === "nl");
  return { rows, nlGoalMet: !!nl && nl.recallAt3 >= WORDS_NL_RECALL_GOAL };
}

function round3(n: number): number {
  return Math.round(n * 1000) / 1000;
}

export function wordsTable(rows: WordsBenchRow[]): string {
  const lines = ["| taal | zinnen | recall@3 | precisie | ms per zin |", "|---|---:|---:|---:|---:|"];
  for (const r of rows) lines.push(`| ${r.locale} | ${r.phrases} | ${r.recallAt3.toFixed(3)} | ${r.precision.toFixed(3)} | ${r.msPerPhrase.toFixed(3)} |`);
  return lines.join("\n");
}

// `npx tsx scripts/bench/words.ts` runs this part alone
if (import.meta.url === `file://${process.argv[1]}`) {
  const { rows, nlGoalMet } = benchWords();
  console.log(wordsTable(rows));
  console.log(`\n${nlGoalMet ? "OK" : "ONDER HET DOEL"}: recall@3 Nederlands (doel >= ${WORDS_NL_RECALL_GOAL}).`);
}
