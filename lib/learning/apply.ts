/**
 * The learning step, applied AFTER the engine: a pure function of the engine's ranked advice and the estimates.
 *
 *   - it only re-scores the engine's own recommendations: an excluded product stays excluded, a product the engine
 *     did not recommend never comes in, conditions and the engine's reasons stay as they are;
 *   - each recommendation moves at most LEARNING.CAP_POINTS up or down from the engine's (expert) score, and only for
 *     a product × difficulty with at least LEARNING.MIN_OUTCOMES outcomes;
 *   - the order is then by the new score; equal scores keep the engine's order (its deterministic tie-break);
 *   - the explanation line ("Van de 14 mensen ...") is added only with >= MIN_OUTCOMES pooled outcomes from at least
 *     MIN_MUNICIPALITIES_FOR_EXPLANATION municipalities, and never as the first reason (nor as the only one).
 */
import type { Advice, Answers, CatalogueProduct, Recommendation } from "../matching/types";
import type { DifficultyCode } from "../questions/codes";
import { LEARNING, clampPoints, estimateKey, expertFit, learnedShift, type EstimateTable, type LearnedShift } from "./model";
import type { LearningReason } from "./reasons";

export interface LearningEvidence {
  difficulty: DifficultyCode;
  /** outcomes pooled over municipalities */
  n: number;
  positives: number;
  continued: number;
  municipalities: number;
  priorMean: number;
  mean: number;
  basis: LearnedShift["basis"];
}

export interface LearnedRecommendation {
  slug: string;
  /** the engine's score and 1-based rank */
  expertScore: number;
  expertRank: number;
  /** points the outcomes added (negative: removed), within ±CAP_POINTS */
  points: number;
  score: number;
  rank: number;
  /** per chosen difficulty the product addresses and that has outcomes */
  evidence: LearningEvidence[];
  explanation: LearningReason | null;
}

export interface LearningResult {
  advice: Advice;
  learned: LearnedRecommendation[];
}

const round2 = (n: number): number => Math.round(n * 100) / 100;

export function applyLearning(input: { advice: Advice; answers: Answers; catalogue: readonly Pick<CatalogueProduct, "slug" | "rules">[]; estimates: EstimateTable }): LearningResult {
  const { advice, answers, estimates } = input;
  const bySlug = new Map(input.catalogue.map((p) => [p.slug, p]));
  const rows = advice.recommendations.map((rec, index) => {
    const product = bySlug.get(rec.slug);
    const evidence: LearningEvidence[] = [];
    let sum = 0;
    for (const difficulty of answers.difficulties) {
      if (!product || expertFit(product, difficulty) === null) continue;
      const entry = estimates.entries.get(estimateKey(rec.slug, difficulty));
      if (!entry) continue;
      const shift = learnedShift(entry, answers.context);
      sum += shift.points;
      evidence.push({ difficulty, n: entry.n, positives: entry.positives, continued: entry.continued, municipalities: entry.municipalities, priorMean: entry.priorMean, mean: shift.estimate?.mean ?? entry.priorMean, basis: shift.basis });
    }
    const points = round2(clampPoints(sum));
    const explanation = explanationFor(evidence, rec);
    const reasons = explanation ? [...rec.reasons, explanation] : rec.reasons;
    const next: Recommendation = { ...rec, score: round2(rec.score + points), reasons };
    return { rec: next, index, points, evidence, explanation, expertScore: rec.score };
  });
  const ordered = [...rows].sort((a, b) => b.rec.score - a.rec.score || a.index - b.index);
  return {
    advice: { ...advice, recommendations: ordered.map((r) => r.rec) },
    learned: ordered.map((r, i) => ({ slug: r.rec.slug, expertScore: r.expertScore, expertRank: r.index + 1, points: r.points, score: r.rec.score, rank: i + 1, evidence: r.evidence, explanation: r.explanation })),
  };
}

/** The explanation for the difficulty with the most outcomes, when the numbers may be shown at all. */
function explanationFor(evidence: readonly LearningEvidence[], rec: Recommendation): LearningReason | null {
  if (rec.reasons.length === 0) return null; // never the first or only reason
  const best = [...evidence].filter((e) => e.n >= LEARNING.MIN_OUTCOMES && e.municipalities >= LEARNING.MIN_MUNICIPALITIES_FOR_EXPLANATION).sort((a, b) => b.n - a.n)[0];
  return best ? { code: "learning.keptUsing", params: { total: best.n, kept: best.continued } } : null;
}
