import { createExplainer } from "@/lib/i18n/explain";
import { describe, expect, it } from "vitest";
import { computeAdvice } from "../matching/engine";
import type { Answers, CatalogueProduct } from "../matching/types";
import type { DifficultyCode } from "../questions/codes";
import {
  EXPERT_PRIOR_MEAN,
  LEARNING,
  applyLearning,
  betaEstimate,
  buildEstimates,
  estimateKey,
  learnedShift,
  learningChanges,
  learningReasonText,
  type OutcomeObservation,
  type OutcomeResult,
} from "./index";

const product = (slug: string, fit: 1 | 2 | 3, extra: Partial<CatalogueProduct["rules"]> = {}): CatalogueProduct => ({
  slug,
  name: slug,
  iso9999: { code: "15 12 06", edition: "2022" },
  priceMinEuro: 100,
  priceMaxEuro: 100,
  pricePeriod: "once",
  lendable: true,
  isMonitoring: false,
  rules: { addresses: [{ difficulty: "housework.vacuuming", fit, reason: `${slug} helpt.` }], prerequisites: [], contraindications: [], contextFit: [], notes: [], ...extra },
});

const D: DifficultyCode = "housework.vacuuming";
const CATALOGUE = [
  product("a", 3),
  product("b", 3),
  product("c", 2),
  product("excluded", 3, { contraindications: [{ when: { code: "home.clutter", is: ["a_lot"] }, effect: "exclude", reason: "er veel spullen liggen.", check: "Is de vloer vrij?" }] }),
];
const ANSWERS: Answers = { difficulties: [D], context: { "home.clutter": "a_lot" } };

function outcomes(slug: string, positives: number, negatives: number, opts: { municipalities?: number; context?: OutcomeObservation["context"] } = {}): OutcomeObservation[] {
  const m = opts.municipalities ?? 2;
  const list: OutcomeObservation[] = [];
  const push = (result: OutcomeResult, i: number) => list.push({ productSlug: slug, difficulty: D, municipalityKey: `m${i % m}`, result, returnKind: result === "returned" ? "negative" : null, context: opts.context ?? {} });
  for (let i = 0; i < positives; i++) push("kept", i);
  for (let i = 0; i < negatives; i++) push("returned", i);
  return list;
}

describe("betaEstimate", () => {
  it.each([
    { name: "prior dominates at n = 0", prior: 0.7, k: 0, n: 0, mean: 0.7 },
    { name: "ten outcomes weigh as much as the prior", prior: 0.7, k: 0, n: 10, mean: 0.35 },
    { name: "data dominate at large n (all negative)", prior: 0.7, k: 0, n: 10_000, mean: 0.0007 },
    { name: "data dominate at large n (all positive)", prior: 0.5, k: 10_000, n: 10_000, mean: 0.9995 },
  ])("$name", ({ prior, k, n, mean }) => {
    expect(betaEstimate(prior, LEARNING.PRIOR_STRENGTH, k, n).mean).toBeCloseTo(mean, 3);
  });

  it.each([
    [0, 10, 1, 0],
    [0.5, 0, 1, 0],
    [0.5, 10, 2, 1],
    [1, 10, 0, 0],
  ])("refuses impossible input (prior %s, strength %s, %s of %s)", (prior, strength, k, n) => {
    expect(() => betaEstimate(prior, strength, k, n)).toThrow(RangeError);
  });
});

describe("buildEstimates and learnedShift", () => {
  it("uses the expert fit as prior, pooled across municipalities", () => {
    const table = buildEstimates([...outcomes("a", 6, 6, { municipalities: 3 }), ...outcomes("c", 1, 0)], CATALOGUE);
    const a = table.entries.get(estimateKey("a", D))!;
    expect(a).toMatchObject({ n: 12, positives: 6, continued: 6, municipalities: 3, priorMean: EXPERT_PRIOR_MEAN[3], fit: 3 });
    expect(a.mean).toBeCloseTo((0.7 * 10 + 6) / 22, 6);
    expect(table.entries.get(estimateKey("c", D))!.priorMean).toBe(EXPERT_PRIOR_MEAN[2]);
  });

  it("ignores outcomes for unknown products and for difficulties the product does not address", () => {
    const stray: OutcomeObservation = { productSlug: "a", difficulty: "bathing", municipalityKey: "m", result: "kept", returnKind: null, context: {} };
    const table = buildEstimates([...outcomes("nope", 3, 0), stray], CATALOGUE);
    expect(table.entries.size).toBe(0);
    expect(table.ignored).toBe(4);
  });

  it("counts a positive return as positive, but not as continued use", () => {
    const list: OutcomeObservation[] = [{ productSlug: "a", difficulty: D, municipalityKey: "m", result: "returned", returnKind: "positive", context: {} }];
    const e = buildEstimates(list, CATALOGUE).entries.get(estimateKey("a", D))!;
    expect([e.positives, e.continued]).toEqual([1, 0]);
  });

  it.each([
    { n: 0, effect: false },
    { n: 9, effect: false },
    { n: 10, effect: true },
    { n: 50, effect: true },
  ])("needs at least 10 outcomes before any effect (n = $n)", ({ n, effect }) => {
    const table = buildEstimates(outcomes("a", 0, n), CATALOGUE);
    const shift = learnedShift(table.entries.get(estimateKey("a", D)), {});
    expect(shift.points !== 0).toBe(effect);
    expect(shift.basis).toBe(effect ? "pooled" : "none");
  });

  it.each([
    { name: "all negative", k: 0, n: 5_000, points: -LEARNING.CAP_POINTS },
    { name: "all positive", k: 5_000, n: 5_000, points: LEARNING.CAP_POINTS },
  ])("the cap holds however strong the data ($name)", ({ k, n }) => {
    const table = buildEstimates(outcomes("c", k, n - k), CATALOGUE);
    const shift = learnedShift(table.entries.get(estimateKey("c", D)), {});
    expect(Math.abs(shift.points)).toBeLessThanOrEqual(LEARNING.CAP_POINTS);
    expect(Math.abs(shift.points)).toBe(LEARNING.CAP_POINTS);
  });

  it("uses a context cell only with 10 outcomes of its own", () => {
    const alone = outcomes("a", 0, 12, { context: { "household.lives_alone": true } });
    const together = outcomes("a", 12, 0, { context: { "household.lives_alone": false } });
    const table = buildEstimates([...alone, ...together], CATALOGUE);
    const entry = table.entries.get(estimateKey("a", D));
    expect(learnedShift(entry, { "household.lives_alone": true })).toMatchObject({ basis: "household.lives_alone" });
    expect(learnedShift(entry, { "household.lives_alone": true }).points).toBeLessThan(learnedShift(entry, { "household.lives_alone": false }).points);
    expect(learnedShift(entry, {}).basis).toBe("pooled");
    const few = buildEstimates(outcomes("a", 0, 9, { context: { "household.lives_alone": true } }).concat(outcomes("a", 3, 0)), CATALOGUE);
    expect(learnedShift(few.entries.get(estimateKey("a", D)), { "household.lives_alone": true }).basis).toBe("pooled");
  });
});

describe("applyLearning", () => {
  const engine = computeAdvice({ answers: ANSWERS, catalogue: CATALOGUE, tips: [], availability: new Map() });

  it("changes nothing without enough outcomes", () => {
    const result = applyLearning({ advice: engine, answers: ANSWERS, catalogue: CATALOGUE, estimates: buildEstimates(outcomes("b", 0, 9), CATALOGUE) });
    expect(result.advice).toEqual(engine);
  });

  it("moves a product only within the band and re-ranks by the new score", () => {
    expect(engine.recommendations.map((r) => r.slug)).toEqual(["a", "b", "c"]);
    const estimates = buildEstimates([...outcomes("a", 0, 200), ...outcomes("b", 200, 0)], CATALOGUE);
    const result = applyLearning({ advice: engine, answers: ANSWERS, catalogue: CATALOGUE, estimates });
    expect(result.advice.recommendations.map((r) => r.slug)).toEqual(["b", "a", "c"]);
    for (const rec of result.advice.recommendations) {
      const before = engine.recommendations.find((r) => r.slug === rec.slug)!;
      expect(Math.abs(rec.score - before.score)).toBeLessThanOrEqual(LEARNING.CAP_POINTS);
      expect(rec.conditions).toEqual(before.conditions);
      expect(rec.reasons.slice(0, before.reasons.length)).toEqual(before.reasons);
    }
    expect(result.learned.find((l) => l.slug === "a")).toMatchObject({ expertRank: 1, rank: 2, points: -LEARNING.CAP_POINTS });
  });

  it("never overrides a hard rule: an excluded product stays excluded and never comes in", () => {
    expect(engine.notRecommended.map((e) => e.slug)).toEqual(["excluded"]);
    const estimates = buildEstimates(outcomes("excluded", 1_000, 0), CATALOGUE);
    const result = applyLearning({ advice: engine, answers: ANSWERS, catalogue: CATALOGUE, estimates });
    expect(result.advice.recommendations.map((r) => r.slug)).not.toContain("excluded");
    expect(result.advice.notRecommended).toEqual(engine.notRecommended);
  });

  it("never lifts a weaker fit above a product a full fit step better (the band is narrower than a fit step)", () => {
    const estimates = buildEstimates([...outcomes("c", 1_000, 0), ...outcomes("a", 0, 1_000), ...outcomes("b", 0, 1_000)], CATALOGUE);
    const result = applyLearning({ advice: engine, answers: ANSWERS, catalogue: CATALOGUE, estimates });
    expect(result.advice.recommendations.at(-1)!.slug).toBe("c");
  });

  it.each([
    { name: "9 outcomes from 2 municipalities", positives: 7, negatives: 2, municipalities: 2, shown: false },
    { name: "14 outcomes from 1 municipality", positives: 11, negatives: 3, municipalities: 1, shown: false },
    { name: "14 outcomes from 2 municipalities", positives: 11, negatives: 3, municipalities: 2, shown: true },
  ])("explanation line: $name → shown $shown, never first", ({ positives, negatives, municipalities, shown }) => {
    const estimates = buildEstimates(outcomes("b", positives, negatives, { municipalities }), CATALOGUE);
    const result = applyLearning({ advice: engine, answers: ANSWERS, catalogue: CATALOGUE, estimates });
    const b = result.advice.recommendations.find((r) => r.slug === "b")!;
    const explanation = { code: "learning.keptUsing", params: { total: 14, kept: 11 } };
    expect(b.reasons.some((r) => JSON.stringify(r) === JSON.stringify(explanation))).toBe(shown);
    expect(b.reasons[0]!.code).not.toBe("learning.keptUsing");
    expect(result.learned.find((l) => l.slug === "b")!.explanation).toEqual(shown ? { code: "learning.keptUsing", params: { total: 14, kept: 11 } } : null);
  });

  it("writes singular Dutch for one person", () => {
    expect(learningReasonText({ code: "learning.keptUsing", params: { total: 10, kept: 1 } })).toBe("Van de 10 mensen met dezelfde vraag die dit leenden, bleef 1 het gebruiken.");
  });
});

describe("learningChanges", () => {
  it("lists what moved, biggest first, with the evidence; inactive below the threshold", () => {
    const estimates = buildEstimates([...outcomes("a", 0, 30), ...outcomes("b", 14, 1), ...outcomes("c", 2, 2)], CATALOGUE);
    const changes = learningChanges(estimates);
    expect(changes.map((c) => [c.productSlug, c.active, Math.sign(c.points)])).toEqual([
      ["a", true, -1],
      ["b", true, 1],
      ["c", false, 0],
    ]);
    for (const c of changes) {
      expect(c.interval[0]).toBeLessThanOrEqual(c.mean);
      expect(c.interval[1]).toBeGreaterThanOrEqual(c.mean);
    }
  });
});

describe("the explanation line in the resident's language", () => {
  it.each([
    { locale: "nl", total: 14, kept: 11, text: "Van de 14 mensen met dezelfde vraag die dit leenden, bleven 11 het gebruiken." },
    { locale: "nl", total: 10, kept: 1, text: "Van de 10 mensen met dezelfde vraag die dit leenden, bleef 1 het gebruiken." },
    { locale: "en", total: 14, kept: 11, text: "Of the 14 people with the same need who borrowed this, 11 kept using it." },
  ] as const)("$locale, $kept of $total", ({ locale, total, kept, text }) => {
    const explainer = createExplainer({ locale, products: [], tipText: () => undefined });
    expect(explainer.text({ code: "learning.keptUsing", params: { total, kept } })).toBe(text);
    if (locale === "nl") expect(learningReasonText({ code: "learning.keptUsing", params: { total, kept } })).toBe(text);
  });
});
