/**
 * Plain data that flows into and out of the matching engine.
 * The engine is pure: no Prisma, no Next, no I/O. Everything it needs is passed in.
 */
import type { ContextCode, DifficultyCode } from "../questions/codes";

export type Tri = boolean | "unknown";
export type ClutterLevel = "none" | "some" | "a_lot" | "unknown";
export type ContextValue = Tri | ClutterLevel;

export interface Answers {
  /** chosen difficulty codes, e.g. "housework.vacuuming" */
  difficulties: DifficultyCode[];
  /** context answers; a missing code means the same as "unknown" */
  context: Partial<Record<ContextCode, ContextValue>>;
}

/** A test on one context answer. `is` lists the values for which the condition holds. */
export interface ContextCondition {
  code: ContextCode;
  is: ContextValue[];
}

/** How well a product addresses one difficulty: 3 = made for it, 2 = helps clearly, 1 = helps a bit. */
export interface Addresses {
  difficulty: DifficultyCode;
  fit: 1 | 2 | 3;
  /** B1 Dutch, completes "Waarom dit bij u past": e.g. "Hij zuigt zelf de vloer, u hoeft niet te bukken." */
  reason: string;
}

/**
 * Something the product needs that a context answer can tell.
 * Met when any of `anyOf` is true; missing when all are false; otherwise (some unknown) a condition to check.
 */
export interface Prerequisite {
  anyOf: ContextCode[];
  /** why it is needed, B1: "Dit apparaat werkt alleen met wifi." */
  reason: string;
  /** the question to check when unknown: "Heeft u wifi thuis?" */
  check: string;
}

/**
 * Something in the home that works against the product. It holds only for known answers; an unknown answer turns
 * into a check. What a known, holding answer does depends on `effect`:
 *   - "exclude":   the product truly cannot work there, or is unsafe. It is ruled out: "Niet voor u, omdat " + reason.
 *   - "condition": the product can work once the problem is solved. It stays in the advice (with a small score
 *                  penalty) and `solution` is shown as a condition: what the problem is and what to do about it.
 * Choose "exclude" only when no reasonable step solves it: e.g. a bolt on the door is solved with a lock that
 * opens from outside, so it must never take away someone's way to call for help.
 */
export type Contraindication = ExcludingContraindication | ConditionalContraindication;

interface ContraindicationBase {
  when: ContextCondition;
  /** asked when the answer is unknown: "Is de vloer meestal vrij van spullen en snoeren?" */
  check: string;
}

export interface ExcludingContraindication extends ContraindicationBase {
  effect: "exclude";
  /** completes "Niet voor u, omdat ...": "er veel spullen op de vloer staan. Een robotstofzuiger blijft dan steken." */
  reason: string;
}

export interface ConditionalContraindication extends ContraindicationBase {
  effect: "condition";
  /**
   * B1 full sentences, shown as a condition when the answer holds: the problem and how to solve it.
   * "U doet de deur op de knip. Dan kan hulp niet naar binnen. Vraag een slotenmaker om een slot dat ..."
   */
  solution: string;
}

/** A context answer that makes the product fit better (delta > 0) or worse (delta < 0), with its reason. */
export interface ContextFit {
  when: ContextCondition;
  delta: number;
  reason: string;
}

export interface ProductRules {
  addresses: Addresses[];
  prerequisites: Prerequisite[];
  contraindications: Contraindication[];
  contextFit: ContextFit[];
  /** always shown as a condition, e.g. "Een elektricien moet hem aansluiten." */
  notes: string[];
}

export interface CatalogueProduct {
  slug: string;
  name: string;
  iso9999: { code: string; edition: string };
  priceMinEuro: number;
  priceMaxEuro: number;
  pricePeriod: "once" | "month";
  lendable: boolean;
  isMonitoring: boolean;
  rules: ProductRules;
}

/** Advice that is not a product: "Haal losse kleden weg", "Vraag het thuiszorgteam ...". */
export interface TipRule {
  id: string;
  /** shown when any of these difficulties is chosen (empty: regardless of difficulties) */
  difficulties: DifficultyCode[];
  /** and all of these hold (known answers only) */
  when: ContextCondition[];
  text: string;
}

/** Availability of one product at one centre, already sorted nearest first by the caller. */
export interface CentreAvailability {
  centreSlug: string;
  available: number;
  /** ISO date (YYYY-MM-DD) a unit is expected back, or null when none is expected */
  nextAvailableDate: string | null;
}

export interface EngineInput {
  answers: Answers;
  catalogue: readonly CatalogueProduct[];
  tips: readonly TipRule[];
  /** product slug -> availability per centre, nearest centre first; absent = cannot be borrowed nearby */
  availability: ReadonlyMap<string, readonly CentreAvailability[]>;
  options?: Partial<EngineOptions>;
}

export interface EngineOptions {
  /** how many recommendations at most */
  maxRecommendations: number;
}

/**
 * What the engine says, as a code with parameters instead of a sentence: the resident's pages, the API, the report
 * and the PDF render it in the resident's language (lib/i18n/explain.ts). Texts that come from the catalogue are
 * referred to by product and schema path ("rules.addresses.0.reason"), so their translations live with the product.
 *   - product.text            one text of a product: a need reason, a context reason, a solution, a check, a note,
 *                             or an "exclude" reason (completes "Niet voor u, omdat ...")
 *   - prerequisite.unknown    a prerequisite to check: its check question followed by its reason
 *   - prerequisite.missing    a prerequisite answered "no": completes "Niet voor u, omdat ..."
 *   - tip                     a tip (non-product advice) by id
 *   - cost.free / cost.price  the price only (euros formatted with Intl in the resident's language)
 *   - lendable                it can be borrowed first
 *   - available.now / available.from   availability nearby, the date as ISO "YYYY-MM-DD"
 */
export type Explanation =
  | { code: "product.text"; params: { product: string; path: string } }
  | { code: "prerequisite.unknown"; params: { product: string; index: number } }
  | { code: "prerequisite.missing"; params: { product: string; index: number } }
  | { code: "tip"; params: { id: string } }
  /** added after the engine by the learning step (lib/learning): how many people with the same need kept using it */
  | { code: "learning.keptUsing"; params: { total: number; kept: number } }
  | { code: "cost.free"; params: Record<string, never> }
  | { code: "cost.price"; params: { min: number; max: number; period: "once" | "month" } }
  | { code: "lendable"; params: Record<string, never> }
  | { code: "available.now"; params: Record<string, never> }
  | { code: "available.from"; params: { date: string } };

export type ExplanationCode = Explanation["code"];

export interface ScoreTerm {
  /** "condition": a conditional contraindication holds (negative points, its solution is the reason) */
  kind: "need" | "context" | "condition" | "cost" | "lendable" | "availability";
  points: number;
  reason: Explanation;
}

export interface Recommendation {
  slug: string;
  score: number;
  terms: ScoreTerm[];
  /** "Waarom dit bij u past": the reasons of the positive terms, in order (same Dutch source text once) */
  reasons: Explanation[];
  /**
   * conditions to check or solve before use: unknown prerequisites / contraindications, the solutions of
   * conditional contraindications that hold, notes
   */
  conditions: Explanation[];
}

export interface Exclusion {
  slug: string;
  /** "Niet voor u, omdat ..." */
  reasons: Explanation[];
}

export interface Advice {
  recommendations: Recommendation[];
  notRecommended: Exclusion[];
  tips: Explanation[];
}
