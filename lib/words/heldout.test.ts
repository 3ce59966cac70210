import { describe, expect, it } from "vitest";
import { HELD_OUT_SPLITS, loadHeldOutSets } from "./heldout";
import { loadTestSets } from "./testsets";
import { WORD_LOCALES } from "./types";

// No recall floor here on purpose: a floor would invite tuning the lexicon against the held-out phrases.
// The figures are reported by `npx tsx scripts/bench/words.ts` (and `npm run bench`) next to the original set.
describe("held-out test sets (second author, written before the lexicon was read)", () => {
  const all = loadHeldOutSets();
  it.each(WORD_LOCALES)("%s is large enough: >= 150 Dutch phrases, >= 60 for the other languages", (locale) => {
    const set = all.find((s) => s.locale === locale);
    expect(set).toBeDefined();
    expect(set!.phrases.length).toBeGreaterThanOrEqual(locale === "nl" ? 150 : 60);
  });

  it.each(WORD_LOCALES)("%s has both halves, each with at least a third of the phrases", (locale) => {
    const total = all.find((s) => s.locale === locale)!.phrases.length;
    for (const split of HELD_OUT_SPLITS) {
      const n = loadHeldOutSets(split).find((s) => s.locale === locale)!.phrases.length;
      expect(n, split).toBeGreaterThanOrEqual(Math.floor(total / 3));
    }
  });

  it.each(WORD_LOCALES)("%s shares no phrase with the original test set (it must measure something new)", (locale) => {
    const original = new Set(loadTestSets().find((s) => s.locale === locale)!.phrases.map((p) => p.text.trim().toLowerCase()));
    const shared = all.find((s) => s.locale === locale)!.phrases.filter((p) => original.has(p.text.trim().toLowerCase()));
    expect(shared.map((p) => p.text)).toEqual([]);
  });
});
