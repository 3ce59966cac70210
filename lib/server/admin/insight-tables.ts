/**
 * Turns grouped counts into the small tables of the admin home ("inzicht"). Pure, unit-tested beside this file.
 */
import { suppressSmallCounts, type ShownCount } from "./small-counts";

export const HELPED_KEYS = ["yes", "partly", "no"] as const;
export const RESULT_KEYS = ["kept", "returned", "bought"] as const;
export type HelpedKey = (typeof HELPED_KEYS)[number];
export type ResultKey = (typeof RESULT_KEYS)[number];

export interface OutcomeGroup {
  productId: string;
  helped: string;
  result: string;
  count: number;
}

export interface OutcomeRow {
  productId: string;
  productName: string;
  total: number;
  helped: Record<HelpedKey, number>;
  result: Record<ResultKey, number>;
}

/**
 * One row per product with how often it helped (yes / partly / no) and what happened to it (kept / returned /
 * bought). Most outcomes first, then by name. Values outside the known sets are counted in the total only.
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
        helped: { yes: 0, partly: 0, no: 0 },
        result: { kept: 0, returned: 0, bought: 0 },
      };
      rows.set(g.productId, row);
    }
    row.total += g.count;
    if ((HELPED_KEYS as readonly string[]).includes(g.helped)) row.helped[g.helped as HelpedKey] += g.count;
    if ((RESULT_KEYS as readonly string[]).includes(g.result)) row.result[g.result as ResultKey] += g.count;
  }
  return [...rows.values()].sort((a, b) => b.total - a.total || a.productName.localeCompare(b.productName, "nl"));
}

export interface ShownOutcomeRow {
  productId: string;
  productName: string;
  total: ShownCount;
  helped: Record<HelpedKey, ShownCount>;
  result: Record<ResultKey, ShownCount>;
}

/**
 * The outcome rows as the administrator may see them: every count of residents below 10 is hidden ("< 10"), and so
 * is whatever would give it away through the row's total (see small-counts.ts). Each row has two sums over the same
 * total: "hielp het?" and "wat gebeurde er daarna?". Rows with a hidden total come after the others, by name, so
 * their order tells nothing about their size.
 */
export function protectOutcomeRows(rows: OutcomeRow[]): ShownOutcomeRow[] {
  const shown = rows.map((row) => {
    const values = [row.total, ...HELPED_KEYS.map((k) => row.helped[k]), ...RESULT_KEYS.map((k) => row.result[k])];
    const helpedAt = HELPED_KEYS.map((_, i) => 1 + i);
    const resultAt = RESULT_KEYS.map((_, i) => 1 + HELPED_KEYS.length + i);
    const out = suppressSmallCounts(values, [
      { total: 0, parts: helpedAt },
      { total: 0, parts: resultAt },
    ]);
    const at = (i: number | undefined): ShownCount => out[i ?? -1] ?? null;
    return {
      productId: row.productId,
      productName: row.productName,
      total: at(0),
      helped: Object.fromEntries(HELPED_KEYS.map((k, i) => [k, at(helpedAt[i])])) as Record<HelpedKey, ShownCount>,
      result: Object.fromEntries(RESULT_KEYS.map((k, i) => [k, at(resultAt[i])])) as Record<ResultKey, ShownCount>,
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
