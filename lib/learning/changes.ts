/**
 * What learning changes, for the administrator's page: per product × difficulty with enough outcomes, how many points
 * it moves the product (pooled, for a resident without context answers), with the evidence. Pure.
 */
import type { DifficultyCode } from "../questions/codes";
import { LEARNING, interval90, learnedShift, type EstimateTable } from "./model";

export interface LearningChange {
  productSlug: string;
  difficulty: DifficultyCode;
  fit: 1 | 2 | 3;
  /** points up (> 0) or down (< 0), within ±CAP_POINTS; 0 below MIN_OUTCOMES */
  points: number;
  /** true when it has enough outcomes to have any effect */
  active: boolean;
  n: number;
  positives: number;
  continued: number;
  municipalities: number;
  priorMean: number;
  mean: number;
  interval: [number, number];
  /** context cells that have enough outcomes of their own: their points for residents with that answer */
  contexts: { code: string; value: boolean; n: number; positives: number; points: number }[];
}

export function learningChanges(estimates: EstimateTable): LearningChange[] {
  const out: LearningChange[] = [];
  for (const e of estimates.entries.values()) {
    const pooled = learnedShift(e, {});
    const contexts = [...e.contexts.values()]
      .filter((c) => c.n >= LEARNING.MIN_OUTCOMES && e.n >= LEARNING.MIN_OUTCOMES)
      .map((c) => ({ code: c.code, value: c.value, n: c.n, positives: c.positives, points: learnedShift(e, { [c.code]: c.value }).points }));
    out.push({
      productSlug: e.productSlug,
      difficulty: e.difficulty,
      fit: e.fit,
      points: pooled.points,
      active: e.n >= LEARNING.MIN_OUTCOMES,
      n: e.n,
      positives: e.positives,
      continued: e.continued,
      municipalities: e.municipalities,
      priorMean: e.priorMean,
      mean: e.mean,
      interval: interval90(e),
      contexts,
    });
  }
  return out.sort((a, b) => Math.abs(b.points) - Math.abs(a.points) || b.n - a.n || a.productSlug.localeCompare(b.productSlug) || a.difficulty.localeCompare(b.difficulty));
}
