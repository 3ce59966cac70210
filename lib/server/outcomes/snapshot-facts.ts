/**
 * What an advice snapshot says about one product: its rank, its score and the difficulty it was suggested for.
 * Pure (no server-only: the integration tests and the seed may use it).
 */
import { CONTEXT_CODES, isDifficultyCode, type ContextCode, type DifficultyCode } from "@/lib/questions/codes";
import type { ContextValue } from "@/lib/matching/types";

export interface SnapshotItem {
  slug: string;
  /** 1-based; null in a desk snapshot (a walk-in loan: no advice, only the difficulty the desk chose) */
  rank: number | null;
  score: number | null;
  /** the chosen difficulties the product addresses, best fit first */
  difficulties: DifficultyCode[];
}

/** Reads Snapshot.items defensively (a hand-edited or older row gives no items rather than an error). */
export function readSnapshotItems(raw: unknown): SnapshotItem[] {
  if (!Array.isArray(raw)) return [];
  const out: SnapshotItem[] = [];
  for (const r of raw) {
    if (!r || typeof r !== "object") continue;
    const { slug, rank, score, difficulties } = r as Record<string, unknown>;
    if (typeof slug !== "string" || !Array.isArray(difficulties)) continue;
    if (!(typeof rank === "number" || rank === null) || !(typeof score === "number" || score === null)) continue;
    out.push({ slug, rank, score, difficulties: difficulties.filter((d): d is DifficultyCode => typeof d === "string" && isDifficultyCode(d)) });
  }
  return out;
}

/** Only the context codes and their plain values: nothing else may be kept in a snapshot. */
export function contextCodesOnly(context: unknown): Partial<Record<ContextCode, ContextValue>> {
  const out: Partial<Record<ContextCode, ContextValue>> = {};
  if (!context || typeof context !== "object" || Array.isArray(context)) return out;
  for (const code of CONTEXT_CODES) {
    const v = (context as Record<string, unknown>)[code];
    if (v === true || v === false || v === "unknown" || v === "none" || v === "some" || v === "a_lot") out[code] = v;
  }
  return out;
}

export function snapshotFacts(items: unknown, productSlug: string): { rank: number | null; score: number | null; difficulty: DifficultyCode | null } | null {
  const item = readSnapshotItems(items).find((i) => i.slug === productSlug);
  return item ? { rank: item.rank, score: item.score, difficulty: item.difficulties[0] ?? null } : null;
}
