/**
 * Offline evaluation of the learning step (issue 13), pure and deterministic (seeded PRNG, no clock):
 *
 *   1. a known ground truth: every product × difficulty gets a secret chance of a positive outcome around the
 *      expert's prior (EXPERT_PRIOR_MEAN[fit] + a hidden offset), and some products secretly work better or worse for
 *      people who live alone;
 *   2. a history: residents (1-2 difficulties, realistic context answers, 5 municipalities of different size) get the
 *      engine's advice, borrow one of the first three (more often the first), and report an outcome drawn from the
 *      truth;
 *   3. training on the first part of the history (several sizes), evaluation on fresh residents: expert ranking (the
 *      engine) against learned ranking (the engine + applyLearning), by NDCG@3 with the true chance as the graded
 *      relevance, the expected share of positive outcomes in the top 3, and how often the truly best product is first.
 */
import { computeAdvice } from "../matching/engine";
import { mulberry32, pick, type Rng } from "../matching/generate";
import type { Advice, Answers, CatalogueProduct, CentreAvailability, ContextValue, TipRule } from "../matching/types";
import type { DifficultyCode } from "../questions/codes";
import { applyLearning } from "./apply";
import { EXPERT_PRIOR_MEAN, buildEstimates, estimateKey, expertFit, type OutcomeObservation, type OutcomeResult } from "./model";

export interface SimulationOptions {
  catalogue: readonly CatalogueProduct[];
  tips?: readonly TipRule[];
  availability?: ReadonlyMap<string, readonly CentreAvailability[]>;
  /** outcomes in the whole history; training uses the first `trainSizes[i]` of them */
  historySize: number;
  trainSizes: readonly number[];
  /** fresh residents to evaluate on */
  testResidents: number;
  seed?: number;
  /** how far the truth may lie from the expert's prior (± this, uniformly) */
  truthSpread?: number;
  /** share of products that secretly work differently for people who live alone, and by how much */
  contextShare?: number;
  contextEffect?: number;
}

export interface GroundTruth {
  /** key `${slug}|${difficulty}` → chance of a positive outcome for someone not living alone */
  base: Map<string, number>;
  /** slug → extra chance when the resident lives alone (may be negative) */
  livesAlone: Map<string, number>;
}

export interface EvaluationPoint {
  trainOutcomes: number;
  expert: Metrics;
  learned: Metrics;
  /** residents whose top 3 changed order or content */
  changedTop3: number;
}

export interface Metrics {
  ndcgAt3: number;
  /** expected share of positive outcomes among the first three (mean true chance) */
  positiveShareTop3: number;
  /** how often the first product is the truly best of the engine's recommendations */
  bestFirst: number;
}

export interface SimulationResult {
  products: number;
  historySize: number;
  testResidents: number;
  points: EvaluationPoint[];
  /** the smallest training size whose learned NDCG@3 beats the expert's by at least HELPS_MARGIN, and stays ahead for every larger size; null when never */
  helpsFrom: number | null;
}

/** The smallest NDCG@3 gain that counts as "it helps". */
export const HELPS_MARGIN = 0.002;

const MUNICIPALITY_WEIGHTS = [0.45, 0.25, 0.15, 0.1, 0.05];
/** how often residents borrow the first, second, third recommendation */
const POSITION_WEIGHTS = [0.55, 0.28, 0.17];

const clamp = (p: number): number => Math.min(0.95, Math.max(0.05, p));

function weighted(rng: Rng, weights: readonly number[]): number {
  let r = rng() * weights.reduce((a, b) => a + b, 0);
  for (let i = 0; i < weights.length; i++) {
    r -= weights[i]!;
    if (r < 0) return i;
  }
  return weights.length - 1;
}

export function makeGroundTruth(catalogue: readonly CatalogueProduct[], rng: Rng, spread: number, contextShare: number, contextEffect: number): GroundTruth {
  const base = new Map<string, number>();
  const livesAlone = new Map<string, number>();
  for (const p of catalogue) {
    for (const a of p.rules.addresses) base.set(estimateKey(p.slug, a.difficulty), clamp(EXPERT_PRIOR_MEAN[a.fit] + (rng() * 2 - 1) * spread));
    if (rng() < contextShare) livesAlone.set(p.slug, rng() < 0.5 ? contextEffect : -contextEffect);
  }
  return { base, livesAlone };
}

/** The true chance that this resident keeps using this product: the mean over the chosen difficulties it addresses. */
export function trueChance(truth: GroundTruth, product: CatalogueProduct, answers: Answers): number {
  let sum = 0;
  let count = 0;
  for (const d of answers.difficulties) {
    const p = truth.base.get(estimateKey(product.slug, d));
    if (p === undefined) continue;
    sum += p;
    count++;
  }
  if (count === 0) return 0;
  const alone = answers.context["household.lives_alone"] === true ? (truth.livesAlone.get(product.slug) ?? 0) : 0;
  return clamp(sum / count + alone);
}

const TRI_WEIGHTS: [ContextValue | undefined, number][] = [
  [true, 0.45],
  [false, 0.35],
  ["unknown", 0.1],
  [undefined, 0.1],
];

/** Residents whose difficulties have at least two products to choose from. */
export function generateResidents(rng: Rng, count: number, difficulties: readonly DifficultyCode[]): Answers[] {
  const out: Answers[] = [];
  for (let i = 0; i < count; i++) {
    const first = pick(rng, difficulties);
    const chosen = rng() < 0.35 ? [first, pick(rng, difficulties.filter((d) => d !== first))] : [first];
    const context: Answers["context"] = {};
    for (const code of ["household.lives_alone", "network.carer_nearby", "digital.wifi", "digital.smartphone", "home.thresholds", "home.stairs_inside"] as const) {
      const value = TRI_WEIGHTS[weighted(rng, TRI_WEIGHTS.map(([, w]) => w))]![0];
      if (value !== undefined) context[code] = value;
    }
    context["home.clutter"] = pick(rng, ["none", "some", "a_lot", "unknown"] as const);
    out.push({ difficulties: chosen, context });
  }
  return out;
}

function ndcgAt3(gains: readonly number[], all: readonly number[]): number {
  const dcg = (list: readonly number[]) => list.slice(0, 3).reduce((s, g, i) => s + g / Math.log2(i + 2), 0);
  const ideal = dcg([...all].sort((a, b) => b - a));
  return ideal === 0 ? 1 : dcg(gains) / ideal;
}

function metricsOf(advice: Advice, chance: (slug: string) => number): Metrics {
  const gains = advice.recommendations.map((r) => chance(r.slug));
  const top3 = gains.slice(0, 3);
  const best = Math.max(...gains);
  return { ndcgAt3: ndcgAt3(gains, gains), positiveShareTop3: top3.reduce((a, b) => a + b, 0) / top3.length, bestFirst: gains[0] === best ? 1 : 0 };
}

const OUTCOME_POSITIVE: OutcomeResult[] = ["kept", "kept", "kept", "will_buy", "bought_elsewhere"];

export function simulate(options: SimulationOptions): SimulationResult {
  const rng = mulberry32(options.seed ?? 13);
  const catalogue = options.catalogue;
  const bySlug = new Map(catalogue.map((p) => [p.slug, p]));
  const tips = options.tips ?? [];
  const availability = options.availability ?? new Map();
  const truth = makeGroundTruth(catalogue, rng, options.truthSpread ?? 0.2, options.contextShare ?? 0.3, options.contextEffect ?? 0.2);
  // difficulties with at least two products, so there is something to rank
  const counts = new Map<DifficultyCode, number>();
  for (const p of catalogue) for (const a of p.rules.addresses) counts.set(a.difficulty, (counts.get(a.difficulty) ?? 0) + 1);
  const difficulties = [...counts].filter(([, n]) => n >= 2).map(([d]) => d);

  // the history, made under the expert ranking (before learning is switched on)
  const history: OutcomeObservation[] = [];
  while (history.length < options.historySize) {
    const [answers] = generateResidents(rng, 1, difficulties);
    const advice = computeAdvice({ answers: answers!, catalogue, tips, availability });
    const top = advice.recommendations.slice(0, 3);
    if (top.length === 0) continue;
    const rec = top[Math.min(top.length - 1, weighted(rng, POSITION_WEIGHTS))]!;
    const product = bySlug.get(rec.slug)!;
    // the difficulty it was suggested for: the chosen one it fits best
    const difficulty = [...answers!.difficulties].filter((d) => expertFit(product, d) !== null).sort((a, b) => expertFit(product, b)! - expertFit(product, a)!)[0]!;
    const positive = rng() < trueChance(truth, product, { ...answers!, difficulties: [difficulty] });
    const bridge = !positive ? false : rng() < 0.1;
    history.push({
      productSlug: rec.slug,
      difficulty,
      municipalityKey: `m${weighted(rng, MUNICIPALITY_WEIGHTS)}`,
      result: bridge ? "returned" : positive ? pick(rng, OUTCOME_POSITIVE) : "returned",
      returnKind: bridge ? "positive" : positive ? null : "negative",
      context: answers!.context,
    });
  }

  const testRng = mulberry32((options.seed ?? 13) + 1_000_003);
  const test = generateResidents(testRng, options.testResidents, difficulties).map((answers) => ({ answers, advice: computeAdvice({ answers, catalogue, tips, availability }) }));
  const points: EvaluationPoint[] = [];
  for (const size of options.trainSizes) {
    const estimates = buildEstimates(history.slice(0, size), catalogue);
    const sum = { expert: { ndcgAt3: 0, positiveShareTop3: 0, bestFirst: 0 }, learned: { ndcgAt3: 0, positiveShareTop3: 0, bestFirst: 0 } };
    let counted = 0;
    let changedTop3 = 0;
    for (const { answers, advice } of test) {
      if (advice.recommendations.length < 2) continue;
      counted++;
      const chance = (slug: string) => trueChance(truth, bySlug.get(slug)!, answers);
      const learned = applyLearning({ advice, answers, catalogue, estimates }).advice;
      const e = metricsOf(advice, chance);
      const l = metricsOf(learned, chance);
      for (const k of ["ndcgAt3", "positiveShareTop3", "bestFirst"] as const) {
        sum.expert[k] += e[k];
        sum.learned[k] += l[k];
      }
      const top = (a: Advice) => a.recommendations.slice(0, 3).map((r) => r.slug).join();
      if (top(advice) !== top(learned)) changedTop3++;
    }
    const mean = (m: Metrics): Metrics => ({ ndcgAt3: m.ndcgAt3 / counted, positiveShareTop3: m.positiveShareTop3 / counted, bestFirst: m.bestFirst / counted });
    points.push({ trainOutcomes: size, expert: mean(sum.expert), learned: mean(sum.learned), changedTop3 });
  }
  let helpsFrom: number | null = null;
  for (let i = points.length - 1; i >= 0; i--) {
    const p = points[i]!;
    if (p.learned.ndcgAt3 - p.expert.ndcgAt3 >= HELPS_MARGIN) helpsFrom = p.trainOutcomes;
    else break;
  }
  return { products: catalogue.length, historySize: options.historySize, testResidents: test.length, points, helpsFrom };
}
