/**
 * Turns grouped counts into the small tables of the admin home ("inzicht"). Pure, unit-tested beside this file.
 */
import { OUTCOME_REASON_CODES } from "@/lib/learning/outcome-codes";
import { suppressSmallCounts, type ShownCount } from "./small-counts";

export const HELPED_KEYS = ["yes", "partly", "no", "not_asked"] as const;
/** What happened: a return split by what it means (a positive return, e.g. a bridge, is not a failure). */
export const RESULT_KEYS = ["kept", "returned_positive", "returned_negative", "returned_unsaid", "will_buy", "bought_elsewhere", "bought"] as const;
export const REASON_KEYS = [...OUTCOME_REASON_CODES, "none"] as const;
/** whether the outcome is linked to the difficulty it was borrowed for (advice, consultant or desk snapshot): only those teach the learning */
export const LEARNING_KEYS = ["learned", "not_learned"] as const;
export type HelpedKey = (typeof HELPED_KEYS)[number];
export type ResultKey = (typeof RESULT_KEYS)[number];
export type ReasonKey = (typeof REASON_KEYS)[number];
export type LearningKey = (typeof LEARNING_KEYS)[number];

export interface OutcomeGroup {
  productId: string;
  /** the consultant's "did it help?"; "" when not asked (desk, resident's link) */
  helped: string;
  result: string;
  returnKind?: string | null;
  reasonCode?: string | null;
  /** the outcome knows the difficulty it was borrowed for (Outcome.difficulty not null) */
  learned?: boolean;
  count: number;
}

export interface OutcomeRow {
  productId: string;
  productName: string;
  total: number;
  helped: Record<HelpedKey, number>;
  result: Record<ResultKey, number>;
  reason: Record<ReasonKey, number>;
  learning: Record<LearningKey, number>;
}

const zeros = <K extends string>(keys: readonly K[]) => Object.fromEntries(keys.map((k) => [k, 0])) as Record<K, number>;

function resultKey(result: string, returnKind: string | null | undefined): ResultKey | null {
  if (result === "returned") return returnKind === "positive" ? "returned_positive" : returnKind === "negative" ? "returned_negative" : "returned_unsaid";
  return (RESULT_KEYS as readonly string[]).includes(result) ? (result as ResultKey) : null;
}

/**
 * One row per product: how often it helped (the consultant's question; "not asked" at the desk and in the resident's
 * link), what happened to it (kept / returned positively, negatively or without saying / will buy / bought
 * elsewhere / bought), why (reason codes) and whether it teaches the learning. Most outcomes first, then by name.
 * Values outside the known sets are counted in the total only.
 */
export function outcomeTable(groups: OutcomeGroup[], productNames: Map<string, string>): OutcomeRow[] {
  const rows = new Map<string, OutcomeRow>();
  for (const g of groups) {
    let row = rows.get(g.productId);
    if (!row) {
      row = {
        productId: g.productId,
        productName: productNames.get(g.productId) ?? "Onbekend hulpmiddel",
        total: 0,
        helped: zeros(HELPED_KEYS),
        result: zeros(RESULT_KEYS),
        reason: zeros(REASON_KEYS),
        learning: zeros(LEARNING_KEYS),
      };
      rows.set(g.productId, row);
    }
    row.total += g.count;
    const helped = g.helped === "" ? "not_asked" : g.helped;
    if ((HELPED_KEYS as readonly string[]).includes(helped)) row.helped[helped as HelpedKey] += g.count;
    const result = resultKey(g.result, g.returnKind);
    if (result) row.result[result] += g.count;
    const reason = g.reasonCode ?? "none";
    if ((REASON_KEYS as readonly string[]).includes(reason)) row.reason[reason as ReasonKey] += g.count;
    row.learning[g.learned ? "learned" : "not_learned"] += g.count;
  }
  return [...rows.values()].sort((a, b) => b.total - a.total || a.productName.localeCompare(b.productName, "nl"));
}

export interface ShownOutcomeRow {
  productId: string;
  productName: string;
  total: ShownCount;
  helped: Record<HelpedKey, ShownCount>;
  result: Record<ResultKey, ShownCount>;
  reason: Record<ReasonKey, ShownCount>;
  learning: Record<LearningKey, ShownCount>;
}

/**
 * The outcome rows as the administrator may see them: every count of residents below 10 is hidden ("< 10"), and so
 * is whatever would give it away through the row's total (see small-counts.ts). Each row has four sums over the same
 * total ("hielp het?", "wat gebeurde er?", "waarom?", "telt mee bij leren?"), protected together. Rows with a hidden
 * total come after the others, by name, so their order tells nothing about their size.
 */
export function protectOutcomeRows(rows: OutcomeRow[]): ShownOutcomeRow[] {
  const shown = rows.map((row) => {
    const groups = [
      { keys: HELPED_KEYS as readonly string[], counts: row.helped as Record<string, number> },
      { keys: RESULT_KEYS as readonly string[], counts: row.result as Record<string, number> },
      { keys: REASON_KEYS as readonly string[], counts: row.reason as Record<string, number> },
      { keys: LEARNING_KEYS as readonly string[], counts: row.learning as Record<string, number> },
    ];
    const values = [row.total];
    const at: number[][] = [];
    for (const g of groups) {
      at.push(g.keys.map((k) => values.push(g.counts[k] ?? 0) - 1));
    }
    const out = suppressSmallCounts(
      values,
      at.map((parts) => ({ total: 0, parts })),
    );
    const pick = (i: number | undefined): ShownCount => out[i ?? -1] ?? null;
    const record = (g: number) => Object.fromEntries(groups[g]!.keys.map((k, i) => [k, pick(at[g]![i])]));
    return {
      productId: row.productId,
      productName: row.productName,
      total: pick(0),
      helped: record(0) as Record<HelpedKey, ShownCount>,
      result: record(1) as Record<ResultKey, ShownCount>,
      reason: record(2) as Record<ReasonKey, ShownCount>,
      learning: record(3) as Record<LearningKey, ShownCount>,
    };
  });
  return shown.sort((a, b) => {
    if (a.total !== null && b.total !== null) return b.total - a.total || a.productName.localeCompare(b.productName, "nl");
    if (a.total === null && b.total === null) return a.productName.localeCompare(b.productName, "nl");
    return a.total === null ? 1 : -1;
  });
}

export const UNIT_STATUS_ORDER = ["AVAILABLE", "RESERVED", "ON_LOAN", "CLEANING", "REPAIR", "RETIRED"] as const;
export type UnitStatusKey = (typeof UNIT_STATUS_ORDER)[number];

export interface UnitGroup {
  centreId: string;
  status: string;
  count: number;
}

export interface CentreUnitsRow {
  centreId: string;
  centreName: string;
  byStatus: Record<UnitStatusKey, number>;
  total: number;
}

function emptyStatusCounts(): Record<UnitStatusKey, number> {
  return { AVAILABLE: 0, RESERVED: 0, ON_LOAN: 0, CLEANING: 0, REPAIR: 0, RETIRED: 0 };
}

/** Units per centre and status, every centre listed (also one without units), plus a total row's numbers. */
export function unitTable(groups: UnitGroup[], centres: { id: string; name: string }[]): { rows: CentreUnitsRow[]; totals: Record<UnitStatusKey, number>; total: number } {
  const rows = new Map<string, CentreUnitsRow>(centres.map((c) => [c.id, { centreId: c.id, centreName: c.name, byStatus: emptyStatusCounts(), total: 0 }]));
  const totals = emptyStatusCounts();
  let total = 0;
  for (const g of groups) {
    const row = rows.get(g.centreId);
    if (!row || !(UNIT_STATUS_ORDER as readonly string[]).includes(g.status)) continue;
    row.byStatus[g.status as UnitStatusKey] += g.count;
    row.total += g.count;
    totals[g.status as UnitStatusKey] += g.count;
    total += g.count;
  }
  return { rows: [...rows.values()], totals, total };
}

/** Share of `part` in `whole` as a whole percentage (0 when there is nothing). */
export function percentage(part: number, whole: number): number {
  return whole > 0 ? Math.round((part / whole) * 100) : 0;
}
