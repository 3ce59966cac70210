/**
 * The matching engine: answers + catalogue + tips + availability in, ranked and explained advice out.
 *
 * Pure TypeScript, modelled on match-sorter: plain data in, plain data out, every tuning number a named
 * constant (tiers `as const`) or an option, small pure steps. No Prisma, no Next, no React, no I/O, no clock.
 *
 * The steps, per product (one pass, linear in the catalogue):
 *   1. candidate  – the product addresses at least one chosen difficulty; otherwise it appears nowhere.
 *   2. hard rules – an "exclude" contraindication that holds on a KNOWN answer, or a prerequisite whose `anyOf`
 *                   codes are all answered false, rules the product out. ALL reasons are collected. Unknown never
 *                   rules out. A "condition" contraindication never rules out: when it holds it becomes a condition
 *                   (its solution) and costs CONDITION_POINTS.
 *   3. scoring    – need + context + condition + cost + lendable + availability points; the score is their sum.
 * Then the best `maxRecommendations` are kept (bounded insertion, O(n·k)) and only those are explained
 * (terms, reasons, conditions), so the explaining work does not grow with the catalogue.
 *
 * Speed: the rules live in one place, the small pure functions below (`conditionHolds`, `prerequisiteStatus`,
 * `hardRuleReasons`, `scoreBeforeAvailability`, …), used by the hot loop and by `explain` alike. What makes it fast
 * is only a pre-filter index (per difficulty the products that address it, built once per catalogue array and
 * cached, see "Pre-filter index"), the bounded top-k and explaining only the products that made the cut.
 * Keep passing the same catalogue array (load it once); do not mutate product objects in place.
 *
 * Text conventions (the UI, the consultant's report and the API must follow them):
 *   - The engine writes no sentences: every reason, condition, exclusion and tip is an `Explanation`, a code with
 *     parameters (lib/matching/types.ts). Catalogue texts are referred to by product and schema path; lib/i18n/explain.ts
 *     renders them in the resident's language (with the product's translations, Dutch as the fallback).
 *   - Exclusion.reasons complete "Niet voor u, omdat …". A missing prerequisite is `prerequisite.missing`
 *     (Dutch: "er iets ontbreekt wat nodig is. " + the prerequisite's reason).
 *   - Lists are de-duplicated on the Dutch source text (the catalogue's own words), so the same sentence in two rules
 *     shows once, in every language alike.
 */
import type { ContextCode, DifficultyCode } from "../questions/codes";
import type {
  Advice,
  Answers,
  CatalogueProduct,
  CentreAvailability,
  ConditionalContraindication,
  ContextCondition,
  Contraindication,
  ContextValue,
  EngineInput,
  EngineOptions,
  Exclusion,
  Prerequisite,
  ProductRules,
  Recommendation,
  ScoreTerm,
  TipRule,
  Explanation,
} from "./types";

/** Bump when the ranking or the texts change, so saved advice can say which engine made it. */
export const ENGINE_VERSION = "1.2.0";

// ---------------------------------------------------------------------------------------------------------------
// Tuning constants
// ---------------------------------------------------------------------------------------------------------------

/**
 * Points (negative) when a conditional contraindication holds: the product still fits, but something must be
 * solved first (e.g. a bolt on the door for a personal alarm), so it ranks a little lower than one that fits as is.
 */
export const CONDITION_POINTS = -2;

/** Points per fit point for every chosen difficulty the product addresses (fit 3 → 30 points). */
export const NEED_POINTS = 10;

/** Points when the product can be borrowed to try first. */
export const LENDABLE_POINTS = 2;

/** Availability tiers, best first. Only one tier applies per product. */
export const AVAILABILITY_POINTS = {
  /** a unit is available now at the nearest centre (first in the list) */
  NOW_NEAREST: 3,
  /** a unit is available now at a centre further down the list */
  NOW_FURTHER: 2,
  /** nothing available now, but a unit is expected back on a known date */
  LATER: 1,
} as const;

/** Monthly prices are compared with one-off prices as this many months of payment. */
export const COST_MONTHS_COUNTED = 12;

/**
 * Cost tiers on the comparable price (priceMinEuro, × COST_MONTHS_COUNTED when paid per month), cheapest first.
 * The first tier whose `maxEuro` is at least the comparable price applies. Cheaper scores higher.
 */
export const COST_TIERS = [
  { tier: "LOW", maxEuro: 50, points: 3 },
  { tier: "MODEST", maxEuro: 250, points: 2 },
  { tier: "MEDIUM", maxEuro: 1000, points: 1 },
  { tier: "HIGH", maxEuro: Number.POSITIVE_INFINITY, points: 0 },
] as const;
export type CostTier = (typeof COST_TIERS)[number];

/** Default number of recommendations. */
export const DEFAULT_MAX_RECOMMENDATIONS = 8;

export const DEFAULT_OPTIONS: Readonly<EngineOptions> = Object.freeze({
  maxRecommendations: DEFAULT_MAX_RECOMMENDATIONS,
});

/** The score is rounded to this many decimals. */
export const SCORE_DECIMALS = 2;


// ---------------------------------------------------------------------------------------------------------------
// Small pure steps: the semantics of every rule
// ---------------------------------------------------------------------------------------------------------------

type Context = Answers["context"];

/** The answer for a code, or "unknown" when it is missing or answered "unknown". */
export function answerOf(context: Context, code: ContextCode): ContextValue {
  const value = context[code];
  return value === undefined ? "unknown" : value;
}

/**
 * True for a contraindication that only adds a condition (with its solution) instead of ruling the product out.
 * Data without a valid `effect` + `solution` (e.g. rules stored before `effect` existed) counts as "exclude".
 */
export function isConditional(c: Contraindication): c is ConditionalContraindication {
  return c.effect === "condition" && typeof c.solution === "string" && c.solution.length > 0;
}

/** A condition holds only when the answer is known and is listed in `is`. Unknown never holds. */
export function conditionHolds(condition: ContextCondition, context: Context): boolean {
  const value = answerOf(context, condition.code);
  return value !== "unknown" && condition.is.includes(value);
}

export type PrerequisiteStatus = "met" | "missing" | "unknown";

/**
 * Met when any `anyOf` code is true; missing when all are known and none is true; otherwise unknown.
 * An empty `anyOf` asks for nothing and counts as met.
 */
export function prerequisiteStatus(prerequisite: Prerequisite, context: Context): PrerequisiteStatus {
  const codes = prerequisite.anyOf;
  if (codes.length === 0) return "met";
  let sawUnknown = false;
  for (let i = 0; i < codes.length; i++) {
    const value = answerOf(context, codes[i]!);
    if (value === true) return "met";
    if (value === "unknown") sawUnknown = true;
  }
  return sawUnknown ? "unknown" : "missing";
}

/** A catalogue text of a product, by its schema path ("rules.addresses.0.reason"). */
export function catalogueText(product: string, path: string): Explanation {
  return { code: "product.text", params: { product, path } };
}

/** De-duplication key of a missing prerequisite: its Dutch reason (distinct from any contraindication text). */
function missingPrerequisiteKey(prerequisite: Prerequisite): string {
  return `\u0000missing\u0000${prerequisite.reason}`;
}

/** The comparable price for the cost tier: one-off price, or COST_MONTHS_COUNTED months of a monthly price. */
export function comparablePrice(product: Pick<CatalogueProduct, "priceMinEuro" | "pricePeriod">): number {
  return product.pricePeriod === "month" ? product.priceMinEuro * COST_MONTHS_COUNTED : product.priceMinEuro;
}

export function costTier(product: Pick<CatalogueProduct, "priceMinEuro" | "pricePeriod">): CostTier {
  const price = comparablePrice(product);
  for (let i = 0; i < COST_TIERS.length; i++) {
    const tier = COST_TIERS[i]!;
    if (price <= tier.maxEuro) return tier;
  }
  return COST_TIERS[COST_TIERS.length - 1]!;
}

/** The cost term's reason, the price only (never a judgement such as "duur": that is for the resident). */
export function costReason(product: Pick<CatalogueProduct, "priceMinEuro" | "priceMaxEuro" | "pricePeriod">): Explanation {
  if (product.priceMaxEuro <= 0 && product.priceMinEuro <= 0) return { code: "cost.free", params: {} };
  return { code: "cost.price", params: { min: product.priceMinEuro, max: product.priceMaxEuro, period: product.pricePeriod } };
}

const LENDABLE: Explanation = Object.freeze({ code: "lendable", params: Object.freeze({}) }) as Explanation;
const AVAILABLE_NOW: Explanation = Object.freeze({ code: "available.now", params: Object.freeze({}) }) as Explanation;

function digitAt(text: string, index: number): number {
  const c = text.charCodeAt(index) - 48;
  return c >= 0 && c <= 9 ? c : -1;
}

const ISO_DIGITS = [0, 1, 2, 3, 5, 6, 8, 9] as const;

/** Month (1–12) of a plausible ISO date "YYYY-MM-DD", or 0. Checks characters only: no RegExp, no Date. */
function isoMonth(iso: string): number {
  if (iso.length !== 10 || iso.charCodeAt(4) !== 45 || iso.charCodeAt(7) !== 45) return 0;
  for (let i = 0; i < ISO_DIGITS.length; i++) if (digitAt(iso, ISO_DIGITS[i]!) < 0) return 0;
  const month = digitAt(iso, 5) * 10 + digitAt(iso, 6);
  const day = digitAt(iso, 8) * 10 + digitAt(iso, 9);
  return month >= 1 && month <= 12 && day >= 1 && day <= 31 ? month : 0;
}

export type AvailabilityTierName = keyof typeof AVAILABILITY_POINTS;

export interface AvailabilityResult {
  tier: AvailabilityTierName;
  points: number;
  /** the earliest expected date (ISO), only for LATER */
  date: string | null;
}

const NOW_NEAREST: AvailabilityResult = Object.freeze({
  tier: "NOW_NEAREST",
  points: AVAILABILITY_POINTS.NOW_NEAREST,
  date: null,
});
const NOW_FURTHER: AvailabilityResult = Object.freeze({
  tier: "NOW_FURTHER",
  points: AVAILABILITY_POINTS.NOW_FURTHER,
  date: null,
});

/** The most availability can add; used to skip looking it up for products that cannot make the cut. */
const MAX_AVAILABILITY_POINTS = Math.max(0, ...Object.values(AVAILABILITY_POINTS));

/**
 * Best availability over the centres (nearest first): available now at the nearest centre, now further away,
 * or later (earliest valid expected date). null when there is nothing to borrow.
 */
export function availabilityOf(centres: readonly CentreAvailability[] | undefined): AvailabilityResult | null {
  if (centres === undefined || centres.length === 0) return null;
  let earliest: string | null = null;
  for (let i = 0; i < centres.length; i++) {
    const c = centres[i]!;
    if (c.available > 0) return i === 0 ? NOW_NEAREST : NOW_FURTHER;
    const date = c.nextAvailableDate;
    if (date !== null && (earliest === null || date < earliest) && isoMonth(date) !== 0) earliest = date;
  }
  if (earliest === null) return null;
  return { tier: "LATER", points: AVAILABILITY_POINTS.LATER, date: earliest };
}

export function availabilityReason(result: AvailabilityResult): Explanation {
  if (result.tier === "LATER" && result.date !== null) return { code: "available.from", params: { date: result.date } };
  return AVAILABLE_NOW;
}

/** True when an earlier `addresses` entry already named this difficulty (data listed it twice: count once). */
function addressedBefore(rules: ProductRules, index: number, difficulty: DifficultyCode): boolean {
  const list = rules.addresses;
  for (let i = 0; i < index; i++) if (list[i]!.difficulty === difficulty) return true;
  return false;
}

export function roundScore(points: number): number {
  const factor = 10 ** SCORE_DECIMALS;
  const rounded = Math.round(points * factor) / factor;
  return rounded === 0 ? 0 : rounded; // no -0
}

/** Resolves options: a missing or non-finite maxRecommendations falls back to the default; negatives become 0. */
export function resolveOptions(options: Partial<EngineOptions> | undefined): EngineOptions {
  const max = options?.maxRecommendations;
  return {
    maxRecommendations:
      typeof max === "number" && Number.isFinite(max) ? Math.max(0, Math.floor(max)) : DEFAULT_MAX_RECOMMENDATIONS,
  };
}

/** Tips whose difficulties (empty = any) meet the chosen ones and whose conditions all hold; same text once. */
export function selectTips(
  tips: readonly TipRule[],
  chosen: ReadonlySet<DifficultyCode>,
  context: Context,
): Explanation[] {
  const out = new Explained();
  for (const tip of tips) {
    let matches = tip.difficulties.length === 0;
    for (let i = 0; !matches && i < tip.difficulties.length; i++) matches = chosen.has(tip.difficulties[i]!);
    if (!matches) continue;
    let allHold = true;
    for (let i = 0; allHold && i < tip.when.length; i++) allHold = conditionHolds(tip.when[i]!, context);
    if (allHold) out.add(tip.text, { code: "tip", params: { id: tip.id } });
  }
  return out.list;
}

/** A list of explanations de-duplicated on their Dutch source text. */
class Explained {
  readonly list: Explanation[] = [];
  private readonly keys: string[] = [];
  add(key: string, explanation: Explanation): void {
    if (this.keys.includes(key)) return;
    this.keys.push(key);
    this.list.push(explanation);
  }
}

// ---------------------------------------------------------------------------------------------------------------
// The rules per product (used by the hot loop, the need-coverage step and `explain` alike)
// ---------------------------------------------------------------------------------------------------------------

/** Need points and the number of distinct chosen difficulties one product addresses (written into `out`). */
interface Need {
  need: number;
  addressed: number;
}

/** Fills `out` with the product's need points and the number of chosen difficulties it addresses (0: no candidate). */
export function measureNeed(rules: ProductRules, chosen: ReadonlySet<DifficultyCode>, out: Need): Need {
  out.need = 0;
  out.addressed = 0;
  const addresses = rules.addresses;
  for (let i = 0; i < addresses.length; i++) {
    const a = addresses[i]!;
    if (chosen.has(a.difficulty) && !addressedBefore(rules, i, a.difficulty)) {
      out.addressed++;
      out.need += a.fit * NEED_POINTS;
    }
  }
  return out;
}

/** The distinct chosen difficulties a product addresses, in data order. */
function chosenAddressedBy(rules: ProductRules, chosen: ReadonlySet<DifficultyCode>): DifficultyCode[] {
  const out: DifficultyCode[] = [];
  for (const a of rules.addresses) if (chosen.has(a.difficulty) && !out.includes(a.difficulty)) out.push(a.difficulty);
  return out;
}

/**
 * The hard rules: every "exclude" contraindication that holds on a known answer (data order), then every missing
 * prerequisite; de-duplicated on the Dutch source text. null when nothing rules the product out.
 */
export function hardRuleReasons(product: CatalogueProduct, context: Context): Explanation[] | null {
  const rules = product.rules;
  let reasons: Explained | null = null;
  const contraindications = rules.contraindications;
  for (let k = 0; k < contraindications.length; k++) {
    const c = contraindications[k]!;
    if (!isConditional(c) && conditionHolds(c.when, context)) {
      reasons ??= new Explained();
      reasons.add(c.reason, catalogueText(product.slug, `rules.contraindications.${k}.reason`));
    }
  }
  const prerequisites = rules.prerequisites;
  for (let k = 0; k < prerequisites.length; k++) {
    const q = prerequisites[k]!;
    if (prerequisiteStatus(q, context) === "missing") {
      reasons ??= new Explained();
      reasons.add(missingPrerequisiteKey(q), { code: "prerequisite.missing", params: { product: product.slug, index: k } });
    }
  }
  return reasons === null ? null : reasons.list;
}

/**
 * The score before availability, summed in the order of the terms in `explain`: need, context, condition, cost,
 * lendable.
 */
export function scoreBeforeAvailability(product: CatalogueProduct, context: Context, need: number): number {
  const rules = product.rules;
  let total = need;
  const fits = rules.contextFit;
  for (let k = 0; k < fits.length; k++) if (conditionHolds(fits[k]!.when, context)) total += fits[k]!.delta;
  const contraindications = rules.contraindications;
  for (let k = 0; k < contraindications.length; k++) {
    const c = contraindications[k]!;
    if (isConditional(c) && conditionHolds(c.when, context)) total += CONDITION_POINTS;
  }
  total += costTier(product).points;
  if (product.lendable) total += LENDABLE_POINTS;
  return total;
}

// ---------------------------------------------------------------------------------------------------------------
// Pre-filter index
//
// The index holds no rule; it only tells the engine which products it may skip, and every product it does not skip
// goes through the rule functions above. Built once per catalogue array and cached in a WeakMap keyed by the array;
// reused only while the array still holds the same product objects (checked on every call, cheap). Products are
// treated as immutable: pass the same array between calls (load the catalogue once).
//   - per difficulty: the products that list it (with the fit), so an advice visits candidates only and knows an
//     upper bound of their need points without touching the product objects;
//   - the distinct "exclude" conditions and prerequisites of the catalogue, each with the products that have it: per
//     advice `conditionHolds` / `prerequisiteStatus` run once per distinct rule, and only the products of a rule that
//     holds (or is missing) go through `hardRuleReasons`; the others cannot be ruled out;
//   - per product an upper bound of what `scoreBeforeAvailability` adds to the need ({@link scoreBoundAboveNeed}),
//     so a product that cannot reach the top nor become the best for a chosen difficulty is not scored at all;
//   - every slug's rank in code-unit order, so ordering the exclusions compares integers;
//   - a memo per product of what `hardRuleReasons` and `measureNeed` answered, keyed by exactly what they depend on:
//     which of the product's hard rules hold (a bit per rule) and which of its difficulties are chosen (a bit per
//     difficulty). Walking the nested rule objects of hundreds of excluded products is what costs time; their
//     answers for the same bits never change (products are immutable).
// ---------------------------------------------------------------------------------------------------------------

/** Upper bound, for any answers, of `scoreBeforeAvailability(product, context, need) - need` (conditions only subtract). */
export function scoreBoundAboveNeed(product: CatalogueProduct): number {
  let bound = 0;
  for (const f of product.rules.contextFit) if (f.delta > 0) bound += f.delta;
  bound += costTier(product).points;
  if (product.lendable) bound += LENDABLE_POINTS;
  return bound;
}

interface RuleGroup<R> {
  /** one of the identical rules, to evaluate once per advice */
  rule: R;
  /** ascending catalogue positions of the products that have such a rule */
  products: number[];
  /** per entry of `products`: the bit of this rule among that product's hard rules */
  bits: number[];
}

/** Memo bits per product: at most this many hard rules / difficulties (a product with more is not memoised). */
const MEMO_BITS = 8;

interface CatalogueIndex {
  /** the product objects at build time, to check the array was not changed since */
  products: CatalogueProduct[];
  /** difficulty → ascending catalogue positions of the products that list it, and the best fit they list for it */
  byDifficulty: Map<string, { products: Int32Array; fit: Float64Array; bits: Int32Array }>;
  excludeConditions: RuleGroup<ContextCondition>[];
  prerequisites: RuleGroup<Prerequisite>[];
  scoreBound: Float64Array;
  /** per position: 0 when the product has more hard rules or difficulties than MEMO_BITS */
  memoable: Uint8Array;
  /** slot of product p for bits b: hardStart[p] + b (and needStart[p] + b) */
  hardStart: Int32Array;
  needStart: Int32Array;
  /** filled lazily: the (frozen) reasons `hardRuleReasons` gave, false when it gave null */
  hardMemo: (readonly Explanation[] | false | undefined)[];
  /** filled lazily: need points and number addressed from `measureNeed` (addressed -1: not yet known) */
  needMemo: Float64Array;
  addressedMemo: Int16Array;
  /** per position: the rank of the product's slug in code-unit order (equal slugs, equal rank) */
  slugRank: Int32Array;
  /**
   * Per-advice work arrays, one slot per product, zeroed at the start of every advice (computeAdvice is synchronous,
   * so one set per catalogue suffices): allocating them per advice made the garbage collector the slowest part.
   */
  scratch: { needBound: Float64Array; addressedBound: Uint8Array; chosenBits: Int32Array; mayBeExcluded: Uint8Array; hardBits: Int32Array };
}

const indexCache = new WeakMap<readonly CatalogueProduct[], CatalogueIndex>();

/** Identical rules share a key; a rule with a value that is not a plain string, boolean or number gets its own. */
let uniqueKey = 0;
function valuesKey(values: readonly unknown[]): string {
  let key = "";
  for (const v of values) {
    const type = typeof v;
    if (type !== "string" && type !== "boolean" && type !== "number") return `\u0000unique\u0000${uniqueKey++}`;
    key += `\u0000${type}:${String(v)}`;
  }
  return key;
}

function group<R>(groups: Map<string, RuleGroup<R>>, key: string, rule: R, p: number, bit: number): void {
  let g = groups.get(key);
  if (g === undefined) groups.set(key, (g = { rule, products: [], bits: [] }));
  g.products.push(p);
  g.bits.push(bit);
}

function buildIndex(catalogue: readonly CatalogueProduct[]): CatalogueIndex {
  const n = catalogue.length;
  const lists = new Map<string, { products: number[]; fit: number[]; bits: number[] }>();
  const memoable = new Uint8Array(n);
  const hardStart = new Int32Array(n + 1);
  const needStart = new Int32Array(n + 1);
  const conditions = new Map<string, RuleGroup<ContextCondition>>();
  const prerequisites = new Map<string, RuleGroup<Prerequisite>>();
  const scoreBound = new Float64Array(n);
  for (let p = 0; p < n; p++) {
    const product = catalogue[p]!;
    const rules = product.rules;
    let difficultyBits = 0;
    for (const a of rules.addresses) {
      let list = lists.get(a.difficulty);
      if (list === undefined) lists.set(a.difficulty, (list = { products: [], fit: [], bits: [] }));
      const last = list.products.length - 1;
      if (list.products[last] === p) list.fit[last] = Math.max(list.fit[last]!, a.fit);
      else {
        list.products.push(p);
        list.fit.push(a.fit);
        list.bits.push(difficultyBits < MEMO_BITS ? 1 << difficultyBits : 0);
        difficultyBits++;
      }
    }
    let hardBits = 0;
    for (const c of rules.contraindications) {
      if (isConditional(c)) continue;
      group(conditions, `${String(c.when.code)}${valuesKey(c.when.is)}`, c.when, p, hardBits < MEMO_BITS ? 1 << hardBits : 0);
      hardBits++;
    }
    for (const q of rules.prerequisites) {
      group(prerequisites, valuesKey(q.anyOf), q, p, hardBits < MEMO_BITS ? 1 << hardBits : 0);
      hardBits++;
    }
    memoable[p] = difficultyBits <= MEMO_BITS && hardBits <= MEMO_BITS ? 1 : 0;
    hardStart[p + 1] = hardStart[p]! + (memoable[p] === 1 ? 1 << hardBits : 0);
    needStart[p + 1] = needStart[p]! + (memoable[p] === 1 ? 1 << difficultyBits : 0);
    scoreBound[p] = scoreBoundAboveNeed(product);
  }
  const byDifficulty = new Map<string, { products: Int32Array; fit: Float64Array; bits: Int32Array }>();
  for (const [difficulty, list] of lists) {
    byDifficulty.set(difficulty, { products: Int32Array.from(list.products), fit: Float64Array.from(list.fit), bits: Int32Array.from(list.bits) });
  }

  const bySlug = Array.from(catalogue.keys()).sort((x, y) => {
    const a = catalogue[x]!.slug;
    const b = catalogue[y]!.slug;
    return a < b ? -1 : a > b ? 1 : 0;
  });
  const slugRank = new Int32Array(n);
  for (let r = 0; r < bySlug.length; r++) {
    const p = bySlug[r]!;
    slugRank[p] = r > 0 && catalogue[bySlug[r - 1]!]!.slug === catalogue[p]!.slug ? slugRank[bySlug[r - 1]!]! : r;
  }
  return {
    products: catalogue.slice(),
    byDifficulty,
    excludeConditions: [...conditions.values()],
    prerequisites: [...prerequisites.values()],
    scoreBound,
    memoable,
    hardStart,
    needStart,
    hardMemo: new Array<readonly Explanation[] | false | undefined>(hardStart[n]!).fill(undefined),
    needMemo: new Float64Array(needStart[n]!),
    addressedMemo: new Int16Array(needStart[n]!).fill(-1),
    slugRank,
    scratch: { needBound: new Float64Array(n), addressedBound: new Uint8Array(n), chosenBits: new Int32Array(n), mayBeExcluded: new Uint8Array(n), hardBits: new Int32Array(n) },
  };
}

/** `hardRuleReasons` of product `p`, remembered per combination of its hard rules that hold (`bits`). */
function memoHardRuleReasons(index: CatalogueIndex, p: number, bits: number, product: CatalogueProduct, context: Context): readonly Explanation[] | null {
  if (index.memoable[p] === 0) return hardRuleReasons(product, context);
  const slot = index.hardStart[p]! + bits;
  let value = index.hardMemo[slot];
  if (value === undefined) {
    const reasons = hardRuleReasons(product, context);
    index.hardMemo[slot] = value = reasons === null ? false : Object.freeze(reasons);
  }
  return value === false ? null : value;
}

/** `measureNeed` of product `p` into `out`, remembered per combination of its difficulties that are chosen (`bits`). */
function memoNeed(index: CatalogueIndex, p: number, bits: number, product: CatalogueProduct, chosen: ReadonlySet<DifficultyCode>, out: Need): Need {
  if (index.memoable[p] === 0) return measureNeed(product.rules, chosen, out);
  const slot = index.needStart[p]! + bits;
  const addressed = index.addressedMemo[slot]!;
  if (addressed >= 0) {
    out.need = index.needMemo[slot]!;
    out.addressed = addressed;
    return out;
  }
  measureNeed(product.rules, chosen, out);
  index.needMemo[slot] = out.need;
  index.addressedMemo[slot] = Math.min(out.addressed, 0x7fff);
  return out;
}

function indexFor(catalogue: readonly CatalogueProduct[]): CatalogueIndex {
  const cached = indexCache.get(catalogue);
  if (cached !== undefined && cached.products.length === catalogue.length) {
    let same = true;
    for (let i = 0; same && i < catalogue.length; i++) same = cached.products[i] === catalogue[i];
    if (same) return cached;
  }
  const index = buildIndex(catalogue);
  indexCache.set(catalogue, index);
  return index;
}

// ---------------------------------------------------------------------------------------------------------------
// Ranking
// ---------------------------------------------------------------------------------------------------------------

/**
 * Total order: score desc, then number of chosen difficulties addressed desc, then lower priceMinEuro,
 * then slug asc (code-unit order, locale-independent). Negative when `a` ranks before `b`.
 */
export function compareRanked(
  a: { score: number; addressed: number; priceMinEuro: number; slug: string },
  b: { score: number; addressed: number; priceMinEuro: number; slug: string },
): number {
  if (a.score !== b.score) return b.score - a.score;
  if (a.addressed !== b.addressed) return b.addressed - a.addressed;
  if (a.priceMinEuro !== b.priceMinEuro) return a.priceMinEuro - b.priceMinEuro;
  return a.slug < b.slug ? -1 : a.slug > b.slug ? 1 : 0;
}

interface Scored {
  /** index in the catalogue */
  index: number;
  product: CatalogueProduct;
  score: number;
  addressed: number;
  availability: AvailabilityResult | null;
}

/** compareRanked(candidate, other) < 0, without building an object for the candidate. */
function ranksBefore(score: number, addressed: number, product: CatalogueProduct, other: Scored): boolean {
  if (score !== other.score) return score > other.score;
  if (addressed !== other.addressed) return addressed > other.addressed;
  const price = product.priceMinEuro;
  const otherPrice = other.product.priceMinEuro;
  if (price !== otherPrice) return price < otherPrice;
  return product.slug < other.product.slug;
}


/**
 * Every chosen difficulty for which some product passed the hard rules gets at least one recommendation: a need that
 * matters (calling for help after a fall) must not vanish because other needs filled the top. In the order the
 * resident chose them, the best candidate for an uncovered difficulty (highest score before availability; on a tie
 * the first in the catalogue) takes the place of the lowest-ranked recommendation that is not the only one for another
 * difficulty (or, when every entry is the only one for its difficulty, is added beyond `max`); the list is then
 * ordered as usual. Changes `top` in place.
 */
function ensureEveryNeedCovered(
  top: Scored[],
  max: number,
  chosen: ReadonlySet<DifficultyCode>,
  best: ReadonlyMap<DifficultyCode, number>,
  catalogue: readonly CatalogueProduct[],
  availability: EngineInput["availability"],
  context: Context,
): void {
  const coverCount = new Map<DifficultyCode, number>();
  const count = (d: DifficultyCode) => coverCount.get(d) ?? 0;
  const bump = (d: DifficultyCode, by: number) => coverCount.set(d, count(d) + by);
  for (const entry of top) for (const d of chosenAddressedBy(entry.product.rules, chosen)) bump(d, 1);
  let changed = false;
  const need: Need = { need: 0, addressed: 0 };
  for (const d of chosen) {
    const p = best.get(d);
    if (count(d) > 0 || p === undefined) continue;
    if (top.some((e) => e.index === p)) continue;
    if (top.length >= max) {
      // drop the lowest-ranked entry whose difficulties are all covered by another entry too
      let drop = -1;
      for (let i = top.length - 1; i >= 0 && drop < 0; i--) {
        if (chosenAddressedBy(top[i]!.product.rules, chosen).every((x) => count(x) > 1)) drop = i;
      }
      // when no entry can go, the list grows by one: a chosen need is never left without a suggestion
      if (drop >= 0) {
        for (const x of chosenAddressedBy(top[drop]!.product.rules, chosen)) bump(x, -1);
        top.splice(drop, 1);
      }
    }
    const product = catalogue[p]!;
    measureNeed(product.rules, chosen, need);
    let total = scoreBeforeAvailability(product, context, need.need);
    const avail = availabilityOf(availability?.get(product.slug));
    if (avail !== null) total += avail.points;
    top.push({ index: p, product, score: roundScore(total), addressed: need.addressed, availability: avail });
    for (const x of chosenAddressedBy(product.rules, chosen)) bump(x, 1);
    changed = true;
  }
  if (changed) top.sort((x, y) => (ranksBefore(x.score, x.addressed, x.product, y) ? -1 : ranksBefore(y.score, y.addressed, y.product, x) ? 1 : 0));
}

/** Builds the explained recommendation (terms, reasons, conditions) for one product that made the cut. */
function explain(entry: Scored, chosen: ReadonlySet<DifficultyCode>, context: Context): Recommendation {
  const { product } = entry;
  const slug = product.slug;
  const rules = product.rules;
  const terms: ScoreTerm[] = [];
  /** Dutch source text per term, the de-duplication key of `reasons` */
  const keys: string[] = [];

  const addresses = rules.addresses;
  for (let i = 0; i < addresses.length; i++) {
    const a = addresses[i]!;
    if (chosen.has(a.difficulty) && !addressedBefore(rules, i, a.difficulty)) {
      terms.push({ kind: "need", points: a.fit * NEED_POINTS, reason: catalogueText(slug, `rules.addresses.${i}.reason`) });
      keys.push(a.reason);
    }
  }
  for (let i = 0; i < rules.contextFit.length; i++) {
    const f = rules.contextFit[i]!;
    if (conditionHolds(f.when, context)) {
      terms.push({ kind: "context", points: f.delta, reason: catalogueText(slug, `rules.contextFit.${i}.reason`) });
      keys.push(f.reason);
    }
  }
  for (let i = 0; i < rules.contraindications.length; i++) {
    const c = rules.contraindications[i]!;
    if (isConditional(c) && conditionHolds(c.when, context)) {
      terms.push({ kind: "condition", points: CONDITION_POINTS, reason: catalogueText(slug, `rules.contraindications.${i}.solution`) });
      keys.push(c.solution);
    }
  }
  const tier = costTier(product);
  terms.push({ kind: "cost", points: tier.points, reason: costReason(product) });
  keys.push("\u0000cost");
  if (product.lendable) {
    terms.push({ kind: "lendable", points: LENDABLE_POINTS, reason: LENDABLE });
    keys.push("\u0000lendable");
  }
  if (entry.availability !== null) {
    terms.push({ kind: "availability", points: entry.availability.points, reason: availabilityReason(entry.availability) });
    keys.push("\u0000availability");
  }

  const reasons = new Explained();
  for (let i = 0; i < terms.length; i++) if (terms[i]!.points > 0) reasons.add(keys[i]!, terms[i]!.reason);

  const conditions = new Explained();
  for (let i = 0; i < rules.prerequisites.length; i++) {
    const p = rules.prerequisites[i]!;
    if (prerequisiteStatus(p, context) === "unknown") {
      conditions.add(`${p.check} ${p.reason}`, { code: "prerequisite.unknown", params: { product: slug, index: i } });
    }
  }
  for (let i = 0; i < rules.contraindications.length; i++) {
    const c = rules.contraindications[i]!;
    if (answerOf(context, c.when.code) === "unknown") conditions.add(c.check, catalogueText(slug, `rules.contraindications.${i}.check`));
    else if (isConditional(c) && conditionHolds(c.when, context)) {
      conditions.add(c.solution, catalogueText(slug, `rules.contraindications.${i}.solution`));
    }
  }
  for (let i = 0; i < rules.notes.length; i++) conditions.add(rules.notes[i]!, catalogueText(slug, `rules.notes.${i}`));

  return { slug, score: entry.score, terms, reasons: reasons.list, conditions: conditions.list };
}

// ---------------------------------------------------------------------------------------------------------------
// The engine
// ---------------------------------------------------------------------------------------------------------------

/**
 * Computes the advice.
 * - recommendations: at most `maxRecommendations`, ordered by {@link compareRanked}; but every chosen difficulty
 *   for which a product passes the hard rules keeps at least one suggestion, even beyond that number.
 * - notRecommended: every candidate ruled out by a hard rule, with all its reasons (contraindications in data
 *   order, then missing prerequisites; de-duplicated); ordered by relevance (need points, desc) then slug asc.
 * - tips: see {@link selectTips}.
 * No chosen difficulties → empty advice (no tips either).
 */
export function computeAdvice(input: EngineInput): Advice {
  const difficulties = input.answers?.difficulties ?? [];
  if (difficulties.length === 0) return { recommendations: [], notRecommended: [], tips: [] };

  const context: Context = input.answers.context ?? {};
  const chosen = new Set<DifficultyCode>(difficulties);
  const { maxRecommendations } = resolveOptions(input.options);
  const catalogue = input.catalogue ?? [];
  const availability = input.availability;
  const index = indexFor(catalogue);

  // the pre-filter: only products that list a chosen difficulty are visited, in catalogue order; with an upper bound
  // of their need points (the exact points come from `measureNeed`)
  const { needBound, addressedBound, chosenBits, mayBeExcluded, hardBits } = index.scratch;
  needBound.fill(0);
  addressedBound.fill(0);
  chosenBits.fill(0);
  mayBeExcluded.fill(0);
  hardBits.fill(0);
  let first = catalogue.length;
  let last = -1;
  const reachable: DifficultyCode[] = [];
  for (const d of chosen) {
    const list = index.byDifficulty.get(d);
    if (list === undefined || list.products.length === 0) continue;
    reachable.push(d);
    const { products, fit, bits } = list;
    for (let i = 0; i < products.length; i++) {
      const p = products[i]!;
      needBound[p]! += fit[i]! * NEED_POINTS;
      addressedBound[p]!++;
      chosenBits[p]! |= bits[i]!;
    }
    if (products[0]! < first) first = products[0]!;
    if (products[products.length - 1]! > last) last = products[products.length - 1]!;
  }
  if (last < 0) return { recommendations: [], notRecommended: [], tips: selectTips(input.tips ?? [], chosen, context) };

  // products that a hard rule may rule out: each distinct rule is evaluated once, by the same rule functions
  const mark = (g: RuleGroup<unknown>) => {
    const { products, bits } = g;
    for (let i = 0; i < products.length; i++) {
      mayBeExcluded[products[i]!] = 1;
      hardBits[products[i]!]! |= bits[i]!;
    }
  };
  for (const g of index.excludeConditions) if (conditionHolds(g.rule, context)) mark(g);
  for (const g of index.prerequisites) if (prerequisiteStatus(g.rule, context) === "missing") mark(g);

  const top: Scored[] = []; // best first, length ≤ maxRecommendations
  // per chosen difficulty: the best candidate that passed the hard rules (score before availability; the first in the
  // catalogue on a tie), so that every difficulty the resident chose gets a suggestion when one fits
  const bestScore = new Map<DifficultyCode, number>();
  const bestProduct = new Map<DifficultyCode, number>();
  /** the lowest best score over the chosen difficulties that have products: a product below it cannot become a best */
  let lowestBest = Number.NEGATIVE_INFINITY;
  const excludedIndex: number[] = [];
  const excludedNeed: number[] = [];
  const excludedReasons: Explanation[][] = [];
  const need: Need = { need: 0, addressed: 0 };
  const scoreBound = index.scoreBound;

  for (let p = first; p <= last; p++) {
    if (addressedBound[p] === 0) continue;
    const product = catalogue[p]!;

    // hard rules, only where a rule that holds may rule the product out
    if (mayBeExcluded[p] === 1) {
      const reasons = memoHardRuleReasons(index, p, hardBits[p]!, product, context);
      if (reasons !== null) {
        const excludedNeedOf = memoNeed(index, p, chosenBits[p]!, product, chosen, need);
        if (excludedNeedOf.addressed === 0) continue;
        excludedIndex.push(p);
        excludedNeed.push(excludedNeedOf.need);
        excludedReasons.push(reasons as Explanation[]); // frozen and shared between advices: read, never change
        continue;
      }
    }
    if (maxRecommendations === 0) continue;

    // skip scoring when even the upper bound can neither become the best for a chosen difficulty nor reach the top
    const bound = needBound[p]! + scoreBound[p]!;
    if (
      bound <= lowestBest &&
      top.length === maxRecommendations &&
      !ranksBefore(roundScore(bound + MAX_AVAILABILITY_POINTS), addressedBound[p]!, product, top[top.length - 1]!)
    ) {
      continue;
    }

    // 1. candidate: need points and the number of chosen difficulties addressed
    measureNeed(product.rules, chosen, need);
    if (need.addressed === 0) continue;

    // 3. score
    let total = scoreBeforeAvailability(product, context, need.need);
    const addresses = product.rules.addresses;
    let improved = false;
    for (let i = 0; i < addresses.length; i++) {
      const d = addresses[i]!.difficulty;
      if (chosen.has(d) && total > (bestScore.get(d) ?? Number.NEGATIVE_INFINITY)) {
        bestScore.set(d, total);
        bestProduct.set(d, p);
        improved = true;
      }
    }
    if (improved && bestScore.size === reachable.length) {
      lowestBest = Number.POSITIVE_INFINITY;
      for (const d of reachable) lowestBest = Math.min(lowestBest, bestScore.get(d)!);
    }

    const addressed = need.addressed;
    const full = top.length === maxRecommendations;
    // skip the availability look-up when even the best availability cannot bring it into the top
    if (full && !ranksBefore(roundScore(total + MAX_AVAILABILITY_POINTS), addressed, product, top[top.length - 1]!)) {
      continue;
    }
    const avail = availabilityOf(availability?.get(product.slug));
    if (avail !== null) total += avail.points;
    const score = roundScore(total);
    if (full && !ranksBefore(score, addressed, product, top[top.length - 1]!)) continue;

    // bounded insertion: O(k) per product that makes the cut, nothing allocated for the rest
    let at = top.length;
    while (at > 0 && ranksBefore(score, addressed, product, top[at - 1]!)) at--;
    top.splice(at, 0, { index: p, product, score, addressed, availability: avail });
    if (top.length > maxRecommendations) top.pop();
  }
  if (maxRecommendations > 0) ensureEveryNeedCovered(top, maxRecommendations, chosen, bestProduct, catalogue, availability, context);

  const recommendations: Recommendation[] = [];
  for (const entry of top) recommendations.push(explain(entry, chosen, context));

  // exclusions by need (desc), then slug (asc; equal slugs in catalogue order): grouped by need, and within a group
  // sorted on one number per entry (slug rank × group size + position), so no comparator runs per pair
  const byNeed = new Map<number, number[]>();
  for (let i = 0; i < excludedIndex.length; i++) {
    const list = byNeed.get(excludedNeed[i]!);
    if (list === undefined) byNeed.set(excludedNeed[i]!, [i]);
    else list.push(i);
  }
  const slugRank = index.slugRank;
  const notRecommended: Exclusion[] = [];
  for (const needPoints of [...byNeed.keys()].sort((x, y) => y - x)) {
    const list = byNeed.get(needPoints)!;
    const m = list.length;
    const keys = new Float64Array(m);
    for (let j = 0; j < m; j++) keys[j] = slugRank[excludedIndex[list[j]!]!]! * m + j;
    keys.sort();
    for (let j = 0; j < m; j++) {
      const i = list[keys[j]! % m]!;
      notRecommended.push({ slug: catalogue[excludedIndex[i]!]!.slug, reasons: excludedReasons[i]! });
    }
  }

  return { recommendations, notRecommended, tips: selectTips(input.tips ?? [], chosen, context) };
}
