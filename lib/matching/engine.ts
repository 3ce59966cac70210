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
 * Speed: the object-level rules (`conditionHolds`, `prerequisiteStatus`, …) define the semantics; the hot loop
 * runs the same rules on a compiled copy of the catalogue (typed arrays, built once per catalogue array and
 * cached, see "Compiled catalogue"). The tests check the two against each other on generated catalogues.
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
// Small pure steps (the object-level semantics; the compiled fast path below implements exactly these)
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
// Compiled catalogue
//
// The catalogue is static data, but walking its nested objects for every advice costs a cache miss per level.
// So the rules are flattened once per catalogue array into typed arrays (codes and answers as small integers,
// `is` lists as bit masks) and cached in a WeakMap keyed by the array. A cached entry is reused only when the
// array still holds the same product objects (checked on every call, cheap); products themselves are treated as
// immutable. Pass the same array between calls (load the catalogue once) to profit; a new array is compiled anew.
// ---------------------------------------------------------------------------------------------------------------

/** Answer values as small integers; 0 = unknown. Values outside Tri/ClutterLevel become OTHER and never match. */
const V_UNKNOWN = 0;
const V_TRUE = 1;
const V_OTHER = 6;

function valueIndex(value: unknown): number {
  switch (value) {
    case undefined:
    case "unknown":
      return V_UNKNOWN;
    case true:
      return V_TRUE;
    case false:
      return 2;
    case "none":
      return 3;
    case "some":
      return 4;
    case "a_lot":
      return 5;
    default:
      return V_OTHER;
  }
}

/** Bit mask of the known values in `is` (unknown and OTHER never set, so they never hold). */
function valueMask(values: readonly ContextValue[]): number {
  let mask = 0;
  for (const v of values) {
    const i = valueIndex(v);
    if (i !== V_UNKNOWN && i !== V_OTHER) mask |= 1 << i;
  }
  return mask;
}

interface CompiledCatalogue {
  /** the product objects at compile time, to check the array was not changed since */
  products: CatalogueProduct[];
  /** context codes by index (CONTEXT codes seen in the data) */
  codes: string[];
  difficultyIndex: Map<string, number>;
  // per product p, entries [xStart[p], xStart[p + 1])
  addrStart: Int32Array;
  addrDifficulty: Int32Array;
  addrFit: Float64Array;
  contraStart: Int32Array;
  contraCode: Int32Array;
  contraMask: Int32Array;
  /** the Dutch source text (de-duplication key) and the explanation, per "exclude" contraindication */
  contraReason: string[];
  contraExplanation: Explanation[];
  /** conditional contraindications per product: entries [condStart[p], condStart[p + 1]) */
  condStart: Int32Array;
  condCode: Int32Array;
  condMask: Int32Array;
  prereqStart: Int32Array;
  /** per prerequisite q, its anyOf codes are prereqCodes[prereqCodeStart[q] .. prereqCodeStart[q + 1]) */
  prereqCodeStart: Int32Array;
  prereqCodes: Int32Array;
  prereqMissingReason: string[];
  prereqMissingExplanation: Explanation[];
  fitStart: Int32Array;
  fitCode: Int32Array;
  fitMask: Int32Array;
  fitDelta: Float64Array;
  costPoints: Float64Array;
  lendablePoints: Float64Array;
}

const compiledCache = new WeakMap<readonly CatalogueProduct[], CompiledCatalogue>();

function indexOf(map: Map<string, number>, list: string[], key: string): number {
  let index = map.get(key);
  if (index === undefined) {
    index = list.length;
    list.push(key);
    map.set(key, index);
  }
  return index;
}

function compileCatalogue(catalogue: readonly CatalogueProduct[]): CompiledCatalogue {
  const n = catalogue.length;
  const codeIndex = new Map<string, number>();
  const codes: string[] = [];
  const difficultyIndex = new Map<string, number>();
  const difficulties: string[] = [];

  const addrStart = new Int32Array(n + 1);
  const contraStart = new Int32Array(n + 1);
  const condStart = new Int32Array(n + 1);
  const prereqStart = new Int32Array(n + 1);
  const fitStart = new Int32Array(n + 1);
  const addrDifficulty: number[] = [];
  const addrFit: number[] = [];
  const contraCode: number[] = [];
  const contraMask: number[] = [];
  const contraReason: string[] = [];
  const contraExplanation: Explanation[] = [];
  const condCode: number[] = [];
  const condMask: number[] = [];
  const prereqCodeStart: number[] = [0];
  const prereqCodes: number[] = [];
  const prereqMissingReason: string[] = [];
  const prereqMissingExplanation: Explanation[] = [];
  const fitCode: number[] = [];
  const fitMask: number[] = [];
  const fitDelta: number[] = [];
  const costPoints = new Float64Array(n);
  const lendablePoints = new Float64Array(n);

  for (let p = 0; p < n; p++) {
    const product = catalogue[p]!;
    const rules = product.rules;
    addrStart[p] = addrDifficulty.length;
    for (let j = 0; j < rules.addresses.length; j++) {
      const a = rules.addresses[j]!;
      if (addressedBefore(rules, j, a.difficulty)) continue;
      addrDifficulty.push(indexOf(difficultyIndex, difficulties, a.difficulty));
      addrFit.push(a.fit);
    }
    contraStart[p] = contraCode.length;
    condStart[p] = condCode.length;
    for (let k = 0; k < rules.contraindications.length; k++) {
      const c = rules.contraindications[k]!;
      if (isConditional(c)) {
        condCode.push(indexOf(codeIndex, codes, c.when.code));
        condMask.push(valueMask(c.when.is));
      } else {
        contraCode.push(indexOf(codeIndex, codes, c.when.code));
        contraMask.push(valueMask(c.when.is));
        contraReason.push(c.reason);
        contraExplanation.push(catalogueText(product.slug, `rules.contraindications.${k}.reason`));
      }
    }
    prereqStart[p] = prereqMissingReason.length;
    for (let k = 0; k < rules.prerequisites.length; k++) {
      const q = rules.prerequisites[k]!;
      if (q.anyOf.length === 0) continue; // asks for nothing: always met
      for (const code of q.anyOf) prereqCodes.push(indexOf(codeIndex, codes, code));
      prereqCodeStart.push(prereqCodes.length);
      prereqMissingReason.push(missingPrerequisiteKey(q));
      prereqMissingExplanation.push({ code: "prerequisite.missing", params: { product: product.slug, index: k } });
    }
    fitStart[p] = fitCode.length;
    for (const f of rules.contextFit) {
      fitCode.push(indexOf(codeIndex, codes, f.when.code));
      fitMask.push(valueMask(f.when.is));
      fitDelta.push(f.delta);
    }
    costPoints[p] = costTier(product).points;
    lendablePoints[p] = product.lendable ? LENDABLE_POINTS : 0;
  }
  addrStart[n] = addrDifficulty.length;
  contraStart[n] = contraCode.length;
  condStart[n] = condCode.length;
  prereqStart[n] = prereqMissingReason.length;
  fitStart[n] = fitCode.length;

  return {
    products: catalogue.slice(),
    codes,
    difficultyIndex,
    addrStart,
    addrDifficulty: Int32Array.from(addrDifficulty),
    addrFit: Float64Array.from(addrFit),
    contraStart,
    contraCode: Int32Array.from(contraCode),
    contraMask: Int32Array.from(contraMask),
    contraReason,
    contraExplanation,
    condStart,
    condCode: Int32Array.from(condCode),
    condMask: Int32Array.from(condMask),
    prereqStart,
    prereqCodeStart: Int32Array.from(prereqCodeStart),
    prereqCodes: Int32Array.from(prereqCodes),
    prereqMissingReason,
    prereqMissingExplanation,
    fitStart,
    fitCode: Int32Array.from(fitCode),
    fitMask: Int32Array.from(fitMask),
    fitDelta: Float64Array.from(fitDelta),
    costPoints,
    lendablePoints,
  };
}

function compiledFor(catalogue: readonly CatalogueProduct[]): CompiledCatalogue {
  const cached = compiledCache.get(catalogue);
  if (cached !== undefined && cached.products.length === catalogue.length) {
    let same = true;
    for (let i = 0; same && i < catalogue.length; i++) same = cached.products[i] === catalogue[i];
    if (same) return cached;
  }
  const compiled = compileCatalogue(catalogue);
  compiledCache.set(catalogue, compiled);
  return compiled;
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

/** The chosen difficulties (compiled indexes) that product `p` addresses. */
function chosenAddressedBy(c: CompiledCatalogue, p: number, chosenFlag: Uint8Array): number[] {
  const out: number[] = [];
  for (let a = c.addrStart[p]!, end = c.addrStart[p + 1]!; a < end; a++) if (chosenFlag[c.addrDifficulty[a]!] === 1) out.push(c.addrDifficulty[a]!);
  return out;
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
  c: CompiledCatalogue,
  chosenOrder: readonly number[],
  chosenFlag: Uint8Array,
  bestForProduct: Int32Array,
  catalogue: readonly CatalogueProduct[],
  availability: EngineInput["availability"],
  answer: Uint8Array,
): void {
  const coverCount = new Int32Array(chosenFlag.length);
  for (const entry of top) for (const d of chosenAddressedBy(c, entry.index, chosenFlag)) coverCount[d]!++;
  let changed = false;
  for (const d of chosenOrder) {
    if (coverCount[d]! > 0 || bestForProduct[d]! < 0) continue;
    const p = bestForProduct[d]!;
    if (top.some((e) => e.index === p)) continue;
    if (top.length >= max) {
      // drop the lowest-ranked entry whose difficulties are all covered by another entry too
      let drop = -1;
      for (let i = top.length - 1; i >= 0 && drop < 0; i--) {
        if (chosenAddressedBy(c, top[i]!.index, chosenFlag).every((x) => coverCount[x]! > 1)) drop = i;
      }
      // when no entry can go, the list grows by one: a chosen need is never left without a suggestion
      if (drop >= 0) {
        for (const x of chosenAddressedBy(c, top[drop]!.index, chosenFlag)) coverCount[x]!--;
        top.splice(drop, 1);
      }
    }
    const product = catalogue[p]!;
    const addressedList = chosenAddressedBy(c, p, chosenFlag);
    let total = 0;
    for (let a = c.addrStart[p]!, end = c.addrStart[p + 1]!; a < end; a++) if (chosenFlag[c.addrDifficulty[a]!] === 1) total += c.addrFit[a]! * NEED_POINTS;
    for (let k = c.fitStart[p]!, end = c.fitStart[p + 1]!; k < end; k++) if ((c.fitMask[k]! >> answer[c.fitCode[k]!]!) & 1) total += c.fitDelta[k]!;
    for (let k = c.condStart[p]!, end = c.condStart[p + 1]!; k < end; k++) if ((c.condMask[k]! >> answer[c.condCode[k]!]!) & 1) total += CONDITION_POINTS;
    total += c.costPoints[p]! + c.lendablePoints[p]!;
    const avail = availabilityOf(availability?.get(product.slug));
    if (avail !== null) total += avail.points;
    top.push({ index: p, product, score: roundScore(total), addressed: addressedList.length, availability: avail });
    for (const x of addressedList) coverCount[x]!++;
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
  const c = compiledFor(catalogue);

  // per advice: chosen difficulties as a flag per compiled difficulty, answers as a small integer per code
  const chosenFlag = new Uint8Array(c.difficultyIndex.size);
  for (const d of chosen) {
    const index = c.difficultyIndex.get(d);
    if (index !== undefined) chosenFlag[index] = 1;
  }
  const answer = new Uint8Array(c.codes.length);
  for (let k = 0; k < c.codes.length; k++) answer[k] = valueIndex(context[c.codes[k] as ContextCode]);

  const top: Scored[] = []; // best first, length ≤ maxRecommendations
  // per chosen difficulty: the best candidate that passed the hard rules (score before availability), so that every
  // difficulty the resident chose gets a suggestion when one fits, even when other needs fill the top
  const bestForScore = new Float64Array(c.difficultyIndex.size).fill(Number.NEGATIVE_INFINITY);
  const bestForProduct = new Int32Array(c.difficultyIndex.size).fill(-1);
  const excludedIndex: number[] = [];
  const excludedNeed: number[] = [];
  const excludedReasons: Explanation[][] = [];

  for (let p = 0; p < catalogue.length; p++) {
    // 1. candidate: need points and the number of chosen difficulties addressed
    let need = 0;
    let addressed = 0;
    for (let a = c.addrStart[p]!, end = c.addrStart[p + 1]!; a < end; a++) {
      if (chosenFlag[c.addrDifficulty[a]!] === 1) {
        addressed++;
        need += c.addrFit[a]! * NEED_POINTS;
      }
    }
    if (addressed === 0) continue;

    // 2. hard rules: every contraindication that holds on a known answer, every missing prerequisite
    let reasons: Explained | null = null;
    for (let k = c.contraStart[p]!, end = c.contraStart[p + 1]!; k < end; k++) {
      if ((c.contraMask[k]! >> answer[c.contraCode[k]!]!) & 1) {
        if (reasons === null) reasons = new Explained();
        reasons.add(c.contraReason[k]!, c.contraExplanation[k]!);
      }
    }
    for (let q = c.prereqStart[p]!, end = c.prereqStart[p + 1]!; q < end; q++) {
      let missing = true;
      for (let k = c.prereqCodeStart[q]!, codesEnd = c.prereqCodeStart[q + 1]!; k < codesEnd; k++) {
        const v = answer[c.prereqCodes[k]!]!;
        if (v === V_TRUE || v === V_UNKNOWN) {
          missing = false; // met, or unknown: never rules out
          break;
        }
      }
      if (missing) {
        if (reasons === null) reasons = new Explained();
        reasons.add(c.prereqMissingReason[q]!, c.prereqMissingExplanation[q]!);
      }
    }
    if (reasons !== null) {
      excludedIndex.push(p);
      excludedNeed.push(need);
      excludedReasons.push(reasons.list);
      continue;
    }

    // 3. score, summed in the order of the terms in `explain` (need, context, condition, cost, lendable, availability)
    if (maxRecommendations === 0) continue;
    let total = need;
    for (let k = c.fitStart[p]!, end = c.fitStart[p + 1]!; k < end; k++) {
      if ((c.fitMask[k]! >> answer[c.fitCode[k]!]!) & 1) total += c.fitDelta[k]!;
    }
    for (let k = c.condStart[p]!, end = c.condStart[p + 1]!; k < end; k++) {
      if ((c.condMask[k]! >> answer[c.condCode[k]!]!) & 1) total += CONDITION_POINTS;
    }
    total += c.costPoints[p]!;
    total += c.lendablePoints[p]!;
    for (let a = c.addrStart[p]!, end = c.addrStart[p + 1]!; a < end; a++) {
      const d = c.addrDifficulty[a]!;
      if (chosenFlag[d] === 1 && total > bestForScore[d]!) {
        bestForScore[d] = total;
        bestForProduct[d] = p;
      }
    }

    const product = catalogue[p]!;
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
  if (maxRecommendations > 0) {
    const chosenOrder: number[] = [];
    for (const d of chosen) {
      const index = c.difficultyIndex.get(d);
      if (index !== undefined) chosenOrder.push(index);
    }
    ensureEveryNeedCovered(top, maxRecommendations, c, chosenOrder, chosenFlag, bestForProduct, catalogue, availability, answer);
  }

  const recommendations: Recommendation[] = [];
  for (const entry of top) recommendations.push(explain(entry, chosen, context));

  const order: number[] = [];
  for (let i = 0; i < excludedIndex.length; i++) order.push(i);
  order.sort((x, y) => {
    const nx = excludedNeed[x]!;
    const ny = excludedNeed[y]!;
    if (nx !== ny) return ny - nx;
    const sx = catalogue[excludedIndex[x]!]!.slug;
    const sy = catalogue[excludedIndex[y]!]!.slug;
    return sx < sy ? -1 : sx > sy ? 1 : 0;
  });
  const notRecommended: Exclusion[] = [];
  for (const i of order) notRecommended.push({ slug: catalogue[excludedIndex[i]!]!.slug, reasons: excludedReasons[i]! });

  return { recommendations, notRecommended, tips: selectTips(input.tips ?? [], chosen, context) };
}
