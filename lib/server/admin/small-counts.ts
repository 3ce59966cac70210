/**
 * Statistical disclosure control for the admin's insight tables. Pure, unit-tested beside this file.
 *
 * Counts of people below SMALL_COUNT_THRESHOLD can point to one resident ("one GPS tracker bought, did not help"), so
 * they are shown as "< 10" (primary suppression; 0 stays visible: it says nobody). A shown total would let a reader
 * subtract the other cells and find a hidden one, so wherever a total is shown and exactly one of its parts is hidden,
 * a second part is hidden too: the smallest non-zero part, or the total itself when no such part is left (secondary
 * suppression). This repeats until nothing changes, because hiding a cell or a total can leave another line with
 * exactly one hidden part. Statistics offices use the same rule (threshold 10).
 */

export const SMALL_COUNT_THRESHOLD = 10;

/** A count as shown: the number, or null for "fewer than 10" (never 0: zero is shown as 0). */
export type ShownCount = number | null;

/** One line of a table that adds up: `total` = sum of `parts` (indexes into the values). */
export interface SumRelation {
  total: number;
  parts: readonly number[];
}

/**
 * Hides small counts and whatever would give them away.
 * @param values every count in the table (cells and totals), addressed by index in `relations`
 * @param relations the sums a reader can see (row totals, column totals, the grand total)
 * @param sensitive which values count people (default: all); only those are hidden for being small, any value can be
 *   hidden to protect another
 */
export function suppressSmallCounts(
  values: readonly number[],
  relations: readonly SumRelation[],
  sensitive: (index: number) => boolean = () => true,
  threshold: number = SMALL_COUNT_THRESHOLD,
): ShownCount[] {
  const value = (i: number) => values[i] ?? 0;
  const hidden = values.map((v, i) => sensitive(i) && v > 0 && v < threshold);
  for (let changed = true; changed; ) {
    changed = false;
    for (const { total, parts } of relations) {
      if (hidden[total]) continue;
      const hiddenParts = parts.filter((p) => hidden[p]);
      if (hiddenParts.length !== 1) continue;
      // The smallest visible non-zero part gives away the least; hiding a zero would not protect (the reader knows
      // each count is at least 0, so the hidden one is still bounded by the total).
      const candidates = parts.filter((p) => !hidden[p] && value(p) > 0).sort((a, b) => value(a) - value(b) || a - b);
      hidden[candidates[0] ?? total] = true;
      changed = true;
    }
  }
  return values.map((v, i) => (hidden[i] ? null : v));
}

/** "< 10" for a hidden count, the number otherwise. */
export function formatShownCount(count: ShownCount): string {
  return count === null ? `< ${SMALL_COUNT_THRESHOLD}` : String(count);
}
