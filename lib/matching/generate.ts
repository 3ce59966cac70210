/**
 * Deterministic synthetic data for benchmarks and property tests: a catalogue of N products, availability at
 * M centres, tip rules and varied answers. Seeded PRNG (mulberry32); never Math.random, never the clock.
 * Same options → byte-for-byte the same data.
 */
import {
  BOOLEAN_CONTEXT_CODES,
  CLUTTER_CODE,
  CLUTTER_VALUES,
  DIFFICULTY_CODES,
  type BooleanContextCode,
  type ContextCode,
  type DifficultyCode,
} from "../questions/codes";
import type {
  Answers,
  CatalogueProduct,
  CentreAvailability,
  ContextCondition,
  ContextValue,
  Contraindication,
  ProductRules,
  TipRule,
} from "./types";

export type Rng = () => number;

/** mulberry32: small, fast, good enough for test data. Returns floats in [0, 1). */
export function mulberry32(seed: number): Rng {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export function intBetween(rng: Rng, min: number, max: number): number {
  return min + Math.floor(rng() * (max - min + 1));
}

export function pick<T>(rng: Rng, list: readonly T[]): T {
  if (list.length === 0) throw new Error("pick from an empty list");
  return list[Math.floor(rng() * list.length)] as T;
}

/** `count` distinct items from `list` (count capped at list length), in pick order. */
export function pickDistinct<T>(rng: Rng, list: readonly T[], count: number): T[] {
  const pool = list.slice();
  const out: T[] = [];
  for (let i = 0; i < count && pool.length > 0; i++) {
    const index = Math.floor(rng() * pool.length);
    out.push(pool[index]!);
    pool.splice(index, 1);
  }
  return out;
}

export interface GenerateOptions {
  products: number;
  centres: number;
  seed?: number;
  /** share of products that can be borrowed (default 0.6) */
  lendableShare?: number;
  /** a lendable product is stocked at 1..this many centres (default 10, capped at `centres`) */
  maxCentresPerProduct?: number;
  /** number of tip rules (default 40) */
  tips?: number;
}

export interface GeneratedWorld {
  catalogue: CatalogueProduct[];
  /** product slug → availability per centre, in centre order (the generator's stand-in for "nearest first") */
  availability: Map<string, CentreAvailability[]>;
  tips: TipRule[];
  centreSlugs: string[];
}

function booleanCondition(rng: Rng, code?: BooleanContextCode): ContextCondition {
  return { code: code ?? pick(rng, BOOLEAN_CONTEXT_CODES), is: [rng() < 0.5] };
}

function randomCondition(rng: Rng): ContextCondition {
  if (rng() < 0.2) return { code: CLUTTER_CODE, is: pickDistinct(rng, CLUTTER_VALUES, intBetween(rng, 1, 2)) };
  return booleanCondition(rng);
}

function isoDate(rng: Rng): string {
  const month = intBetween(rng, 1, 12);
  const day = intBetween(rng, 1, 28);
  return `2025-${String(month).padStart(2, "0")}-${String(day).padStart(2, "0")}`;
}

function generateRules(rng: Rng, index: number): ProductRules {
  const difficulties = pickDistinct(rng, DIFFICULTY_CODES, intBetween(rng, 1, 3));
  const addresses = difficulties.map((difficulty) => ({
    difficulty,
    fit: intBetween(rng, 1, 3) as 1 | 2 | 3,
    reason: `Product ${index} helpt bij ${difficulty}.`,
  }));
  const prerequisites = Array.from({ length: intBetween(rng, 0, 2) }, (_, k) => {
    const anyOf = pickDistinct(rng, BOOLEAN_CONTEXT_CODES, intBetween(rng, 1, 2)) as ContextCode[];
    return { anyOf, reason: `Voorwaarde ${k} van product ${index}.`, check: `Klopt ${anyOf.join(" of ")}?` };
  });
  // about one in three is a condition (solvable), the rest exclude; chosen without the rng so the sequence of
  // generated worlds stays the same as before conditions existed
  const contraindications = Array.from({ length: intBetween(rng, 0, 2) }, (_, k): Contraindication => {
    const when = randomCondition(rng);
    const check = `Hoe zit het met ${when.code}?`;
    return (index + k) % 3 === 0
      ? { effect: "condition", when, solution: `Los bezwaar ${k} van product ${index} eerst op.`, check }
      : { effect: "exclude", when, reason: `bezwaar ${k} van product ${index}.`, check };
  });
  const contextFit = Array.from({ length: intBetween(rng, 0, 3) }, (_, k) => ({
    when: randomCondition(rng),
    delta: pick(rng, [-6, -3, -2, 2, 3, 5]),
    reason: `Past ${k} bij product ${index}.`,
  }));
  const notes = rng() < 0.3 ? [`Opmerking bij product ${index}.`] : [];
  return { addresses, prerequisites, contraindications, contextFit, notes };
}

export function generateProduct(rng: Rng, index: number, lendableShare = 0.6): CatalogueProduct {
  const monthly = rng() < 0.15;
  const priceMinEuro = monthly ? intBetween(rng, 2, 40) : intBetween(rng, 5, 3000);
  const priceMaxEuro = priceMinEuro + (rng() < 0.5 ? 0 : intBetween(rng, 1, monthly ? 20 : 1000));
  return {
    slug: `product-${String(index).padStart(5, "0")}`,
    name: `Product ${index}`,
    iso9999: { code: `${intBetween(rng, 9, 24)} ${intBetween(rng, 3, 36)}`, edition: "2022" },
    priceMinEuro,
    priceMaxEuro,
    pricePeriod: monthly ? "month" : "once",
    lendable: rng() < lendableShare,
    isMonitoring: rng() < 0.1,
    rules: generateRules(rng, index),
  };
}

export function generateAvailability(
  rng: Rng,
  product: CatalogueProduct,
  centreSlugs: readonly string[],
  maxCentresPerProduct: number,
): CentreAvailability[] | undefined {
  if (!product.lendable || centreSlugs.length === 0) return undefined;
  const count = intBetween(rng, 1, Math.min(maxCentresPerProduct, centreSlugs.length));
  const indexes = pickDistinct(
    rng,
    centreSlugs.map((_, i) => i),
    count,
  ).sort((a, b) => a - b);
  return indexes.map((i) => {
    const available = rng() < 0.4 ? intBetween(rng, 1, 3) : 0;
    return {
      centreSlug: centreSlugs[i]!,
      available,
      nextAvailableDate: available === 0 && rng() < 0.6 ? isoDate(rng) : null,
    };
  });
}

export function generateTips(rng: Rng, count: number): TipRule[] {
  return Array.from({ length: count }, (_, i) => ({
    id: `tip-${i}`,
    difficulties: rng() < 0.2 ? [] : pickDistinct(rng, DIFFICULTY_CODES, intBetween(rng, 1, 2)),
    when: Array.from({ length: intBetween(rng, 0, 2) }, () => randomCondition(rng)),
    text: `Tip ${i}.`,
  }));
}

/** A whole synthetic world: catalogue, availability at `centres` centres, tips. */
export function generateWorld(options: GenerateOptions): GeneratedWorld {
  const rng = mulberry32(options.seed ?? 1);
  const centreSlugs = Array.from({ length: options.centres }, (_, i) => `centre-${String(i).padStart(3, "0")}`);
  const catalogue: CatalogueProduct[] = [];
  const availability = new Map<string, CentreAvailability[]>();
  for (let i = 0; i < options.products; i++) {
    const product = generateProduct(rng, i, options.lendableShare ?? 0.6);
    catalogue.push(product);
    const list = generateAvailability(rng, product, centreSlugs, options.maxCentresPerProduct ?? 10);
    if (list !== undefined) availability.set(product.slug, list);
  }
  return { catalogue, availability, tips: generateTips(rng, options.tips ?? 40), centreSlugs };
}

/** Availability for an existing catalogue (e.g. the real one), deterministic per seed. */
export function generateAvailabilityFor(
  catalogue: readonly CatalogueProduct[],
  centres: number,
  seed = 7,
): Map<string, CentreAvailability[]> {
  const rng = mulberry32(seed);
  const centreSlugs = Array.from({ length: centres }, (_, i) => `centre-${String(i).padStart(3, "0")}`);
  const map = new Map<string, CentreAvailability[]>();
  for (const product of catalogue) {
    const list = generateAvailability(rng, product, centreSlugs, 10);
    if (list !== undefined) map.set(product.slug, list);
  }
  return map;
}

const TRI: readonly (ContextValue | undefined)[] = [true, false, "unknown", undefined];
const CLUTTER: readonly (ContextValue | undefined)[] = ["none", "some", "a_lot", "unknown", undefined];

/** Varied answers: 1..4 difficulties; every context code true / false / unknown / missing (clutter likewise). */
export function generateAnswers(count: number, seed = 42): Answers[] {
  const rng = mulberry32(seed);
  const out: Answers[] = [];
  for (let i = 0; i < count; i++) {
    const difficulties: DifficultyCode[] = pickDistinct(rng, DIFFICULTY_CODES, intBetween(rng, 1, 4));
    const context: Answers["context"] = {};
    const clutter = pick(rng, CLUTTER);
    if (clutter !== undefined) context[CLUTTER_CODE] = clutter;
    for (const code of BOOLEAN_CONTEXT_CODES) {
      const value = pick(rng, TRI);
      if (value !== undefined) context[code] = value;
    }
    out.push({ difficulties, context });
  }
  return out;
}
