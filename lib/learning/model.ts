/**
 * Learning from outcomes: a Beta-Binomial estimate per product × difficulty, with the expert score as prior.
 *
 * Pure TypeScript (no Prisma, no Next, no I/O, no clock). The data access (lib/server/outcomes) turns stored
 * outcomes into `OutcomeObservation`s; this module turns them into estimates; `apply.ts` applies the estimates to the
 * engine's ranked advice as a separate step AFTER the engine, inside a capped band around the engine's score.
 *
 * The model, per product p and difficulty d (pooled over every municipality):
 *   prior      Beta(a0, b0) with mean m0 = EXPERT_PRIOR_MEAN[fit of p for d] and strength a0 + b0 = PRIOR_STRENGTH
 *   data       n outcomes, k of them positive (kept using, will buy, bought, or a positive return)
 *   posterior  Beta(a0 + k, b0 + n - k), mean (a0 + k) / (PRIOR_STRENGTH + n)
 * At n = 0 the posterior is the prior (the experts decide); for large n it approaches k / n (the data decide).
 * Optionally per context (lives alone, carer nearby): a cell "household.lives_alone=true" gets the pooled posterior
 * mean as ITS prior, so a context only moves away from the pooled estimate with enough evidence of its own.
 */
import type { ContextCode, DifficultyCode } from "../questions/codes";
import type { CatalogueProduct, ContextValue } from "../matching/types";

/** Every tuning number of the learning step. */
export const LEARNING = {
  /** outcomes needed for a product × difficulty (or a context cell) before it has ANY effect */
  MIN_OUTCOMES: 10,
  /** pseudo-outcomes of the expert prior: with 10, ten real outcomes weigh as much as the experts */
  PRIOR_STRENGTH: 10,
  /** engine points per 1.0 difference between learned and expert chance (0.1 better → 2 points) */
  POINTS_PER_CHANCE: 20,
  /** the band: the learned part moves a product's score at most this many points up or down (one fit step = 10) */
  CAP_POINTS: 4,
  /** the explanation line needs outcomes from at least this many municipalities (never one municipality's numbers) */
  MIN_MUNICIPALITIES_FOR_EXPLANATION: 2,
} as const;

/** The expert's fit (1 helps a bit, 2 helps clearly, 3 made for it) as a prior chance of a positive outcome. */
export const EXPERT_PRIOR_MEAN: Record<1 | 2 | 3, number> = { 1: 0.5, 2: 0.6, 3: 0.7 };

/** The context answers the model may split on (only known yes/no answers). */
export const LEARNING_CONTEXT_CODES = ["household.lives_alone", "network.carer_nearby"] as const satisfies readonly ContextCode[];
export type LearningContextCode = (typeof LEARNING_CONTEXT_CODES)[number];

/** What happened after a loan. The codes are stored; texts live in lib/learning/outcome-codes.ts. */
export const OUTCOME_RESULTS = ["kept", "returned", "will_buy", "bought_elsewhere", "bought"] as const;
export type OutcomeResult = (typeof OUTCOME_RESULTS)[number];
export type ReturnKind = "positive" | "negative";

/** Did the resident go on using it (kept, will buy, bought)? This is what the explanation line counts. */
export function continuedUse(result: OutcomeResult): boolean {
  return result !== "returned";
}

/** A positive outcome for learning: continued use, or a return that was not a failure (a bridge, no longer needed). */
export function isPositive(result: OutcomeResult, returnKind: ReturnKind | null): boolean {
  return continuedUse(result) || returnKind === "positive";
}

/** One outcome as the model sees it: no person, no free text; the municipality only as an opaque key. */
export interface OutcomeObservation {
  productSlug: string;
  /** the difficulty the product was suggested for */
  difficulty: DifficultyCode;
  municipalityKey: string;
  result: OutcomeResult;
  returnKind: ReturnKind | null;
  /** the resident's context answers as codes (only the learning codes are used) */
  context: Partial<Record<ContextCode, ContextValue>>;
}

export interface BetaEstimate {
  /** outcomes seen */
  n: number;
  /** positive outcomes */
  positives: number;
  /** prior mean (the expert's) and posterior mean */
  priorMean: number;
  mean: number;
  /** posterior Beta parameters */
  alpha: number;
  beta: number;
}

/** The posterior of a Beta(priorMean·strength, (1−priorMean)·strength) prior after `positives` of `n`. */
export function betaEstimate(priorMean: number, strength: number, positives: number, n: number): BetaEstimate {
  if (!(priorMean > 0 && priorMean < 1)) throw new RangeError("priorMean must be between 0 and 1");
  if (!(strength > 0)) throw new RangeError("strength must be positive");
  if (!(n >= 0 && positives >= 0 && positives <= n)) throw new RangeError("need 0 <= positives <= n");
  const alpha = priorMean * strength + positives;
  const beta = (1 - priorMean) * strength + (n - positives);
  return { n, positives, priorMean, mean: alpha / (alpha + beta), alpha, beta };
}

/** A central 90% interval of the posterior (normal approximation, clamped to [0, 1]): shown as evidence. */
export function interval90(e: BetaEstimate): [number, number] {
  const s = e.alpha + e.beta;
  const sd = Math.sqrt((e.alpha * e.beta) / (s * s * (s + 1)));
  return [Math.max(0, e.mean - 1.645 * sd), Math.min(1, e.mean + 1.645 * sd)];
}

export interface ContextCell extends BetaEstimate {
  code: LearningContextCode;
  value: boolean;
}

export interface ProductDifficultyEstimate extends BetaEstimate {
  productSlug: string;
  difficulty: DifficultyCode;
  fit: 1 | 2 | 3;
  /** outcomes where the resident went on using it (the explanation line's "bleven ... gebruiken") */
  continued: number;
  /** how many municipalities the outcomes come from */
  municipalities: number;
  /** per context answer: "household.lives_alone=true" → its own estimate with the pooled mean as prior */
  contexts: Map<string, ContextCell>;
}

export interface EstimateTable {
  /** key `${slug}|${difficulty}` */
  entries: Map<string, ProductDifficultyEstimate>;
  /** observations that were left out (unknown product, or a product that does not address that difficulty) */
  ignored: number;
}

export const estimateKey = (slug: string, difficulty: string): string => `${slug}|${difficulty}`;
const contextKey = (code: LearningContextCode, value: boolean): string => `${code}=${value}`;

/** The expert's fit of a product for a difficulty, or null when it does not address it. */
export function expertFit(product: Pick<CatalogueProduct, "rules">, difficulty: DifficultyCode): 1 | 2 | 3 | null {
  let best: 1 | 2 | 3 | null = null;
  for (const a of product.rules.addresses) if (a.difficulty === difficulty && (best === null || a.fit > best)) best = a.fit;
  return best;
}

interface Tally {
  n: number;
  positives: number;
  continued: number;
  municipalities: Set<string>;
  contexts: Map<string, { code: LearningContextCode; value: boolean; n: number; positives: number }>;
}

/**
 * Estimates for every product × difficulty that has outcomes, pooled over municipalities. The prior comes from the
 * catalogue the advice is made with (the expert fit), so a changed fit changes the prior at once.
 */
export function buildEstimates(observations: Iterable<OutcomeObservation>, catalogue: readonly Pick<CatalogueProduct, "slug" | "rules">[]): EstimateTable {
  const bySlug = new Map(catalogue.map((p) => [p.slug, p]));
  const tallies = new Map<string, Tally>();
  let ignored = 0;
  for (const o of observations) {
    const product = bySlug.get(o.productSlug);
    if (!product || expertFit(product, o.difficulty) === null) {
      ignored++;
      continue;
    }
    const key = estimateKey(o.productSlug, o.difficulty);
    let t = tallies.get(key);
    if (!t) tallies.set(key, (t = { n: 0, positives: 0, continued: 0, municipalities: new Set(), contexts: new Map() }));
    const positive = isPositive(o.result, o.returnKind);
    t.n++;
    if (positive) t.positives++;
    if (continuedUse(o.result)) t.continued++;
    t.municipalities.add(o.municipalityKey);
    for (const code of LEARNING_CONTEXT_CODES) {
      const value = o.context[code];
      if (value !== true && value !== false) continue;
      const ck = contextKey(code, value);
      let c = t.contexts.get(ck);
      if (!c) t.contexts.set(ck, (c = { code, value, n: 0, positives: 0 }));
      c.n++;
      if (positive) c.positives++;
    }
  }
  const entries = new Map<string, ProductDifficultyEstimate>();
  for (const [key, t] of tallies) {
    const [slug, difficulty] = key.split("|") as [string, DifficultyCode];
    const fit = expertFit(bySlug.get(slug)!, difficulty)!;
    const pooled = betaEstimate(EXPERT_PRIOR_MEAN[fit], LEARNING.PRIOR_STRENGTH, t.positives, t.n);
    const contexts = new Map<string, ContextCell>();
    for (const [ck, c] of t.contexts) {
      contexts.set(ck, { code: c.code, value: c.value, ...betaEstimate(clampOpen(pooled.mean), LEARNING.PRIOR_STRENGTH, c.positives, c.n) });
    }
    entries.set(key, { ...pooled, productSlug: slug, difficulty, fit, continued: t.continued, municipalities: t.municipalities.size, contexts });
  }
  return { entries, ignored };
}

const clampOpen = (p: number): number => Math.min(0.999, Math.max(0.001, p));

export const clampPoints = (points: number): number => Math.max(-LEARNING.CAP_POINTS, Math.min(LEARNING.CAP_POINTS, points));

export interface LearnedShift {
  /** points added to the engine's score, within ±CAP_POINTS; 0 below MIN_OUTCOMES */
  points: number;
  /** the estimate used: pooled, or a context cell with enough outcomes of its own */
  basis: "none" | "pooled" | LearningContextCode;
  estimate: BetaEstimate | null;
}

/**
 * How many points the outcomes move one product for one difficulty, for a resident with these context answers.
 * Below MIN_OUTCOMES: nothing. A context cell is used only when it has MIN_OUTCOMES itself (the biggest one wins).
 */
export function learnedShift(entry: ProductDifficultyEstimate | undefined, context: Partial<Record<ContextCode, ContextValue>>): LearnedShift {
  if (!entry || entry.n < LEARNING.MIN_OUTCOMES) return { points: 0, basis: "none", estimate: null };
  let chosen: { basis: LearnedShift["basis"]; estimate: BetaEstimate } = { basis: "pooled", estimate: entry };
  for (const code of LEARNING_CONTEXT_CODES) {
    const value = context[code];
    if (value !== true && value !== false) continue;
    const cell = entry.contexts.get(contextKey(code, value));
    if (cell && cell.n >= LEARNING.MIN_OUTCOMES && (chosen.basis === "pooled" || cell.n > chosen.estimate.n)) chosen = { basis: code, estimate: cell };
  }
  const points = clampPoints(LEARNING.POINTS_PER_CHANCE * (chosen.estimate.mean - entry.priorMean));
  return { points: Math.round(points * 100) / 100, basis: chosen.basis, estimate: chosen.estimate };
}
