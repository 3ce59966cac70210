/**
 * Offline evaluation of learning from outcomes (issue 13), part of `npm run bench`; alone:
 *   npx tsx scripts/bench/learning.ts
 * A history generated from a known ground truth on the real catalogue (lib/learning/simulate.ts), trained on the first
 * part (several sizes), measured on fresh residents: NDCG@3 and the share of positive outcomes in the top 3, expert
 * ranking (the engine) against learned ranking (engine + capped learning step). Deterministic (seeded).
 * Settings: BENCH_LEARNING_HISTORY (20000), BENCH_LEARNING_TEST (2000), BENCH_LEARNING_SEED (13).
 */
import { fileURLToPath } from "node:url";
import { CATALOGUE, TIPS, toCatalogueProduct } from "../../prisma/seed/catalogue";
import { generateAvailabilityFor } from "../../lib/matching/generate";
import { LEARNING } from "../../lib/learning/model";
import { HELPS_MARGIN, simulate, type SimulationResult } from "../../lib/learning/simulate";

export type LearningBenchResult = SimulationResult & { seed: number; seconds: number };

function intEnv(name: string, fallback: number, min: number, max: number): number {
  const raw = process.env[name];
  if (raw === undefined || raw === "") return fallback;
  const n = Number(raw);
  if (!Number.isInteger(n) || n < min || n > max) {
    console.error(`${name} moet een geheel getal zijn van ${min} tot en met ${max}.`);
    process.exit(2);
  }
  return n;
}

const pct = (n: number): string => `${(n * 100).toFixed(1)}%`;

export function benchLearning({ print = true }: { print?: boolean } = {}): LearningBenchResult {
  const historySize = intEnv("BENCH_LEARNING_HISTORY", 20_000, 100, 1_000_000);
  const testResidents = intEnv("BENCH_LEARNING_TEST", 2_000, 100, 100_000);
  const seed = intEnv("BENCH_LEARNING_SEED", 13, 0, 2 ** 31 - 1);
  const catalogue = CATALOGUE.map(toCatalogueProduct);
  const trainSizes = [0, 50, 100, 250, 500, 1_000, 2_000, 5_000, 10_000, 20_000].filter((n) => n <= historySize);
  const started = performance.now();
  const result = simulate({ catalogue, tips: TIPS, availability: generateAvailabilityFor(catalogue, 10, 7), historySize, trainSizes, testResidents, seed });
  const seconds = (performance.now() - started) / 1000;
  if (print) {
    console.log(`\n## Leren van uitkomsten (offline, ${result.products} producten, geschiedenis ${historySize}, ${result.testResidents} test-inwoners, seed ${seed})\n`);
    console.log(`Band ±${LEARNING.CAP_POINTS} punten, drempel ${LEARNING.MIN_OUTCOMES} uitkomsten, prior-sterkte ${LEARNING.PRIOR_STRENGTH}.\n`);
    console.log("| uitkomsten getraind | NDCG@3 expert | NDCG@3 geleerd | positief in top 3 expert | geleerd | beste eerst expert | geleerd | top 3 anders |");
    console.log("|---:|---:|---:|---:|---:|---:|---:|---:|");
    for (const p of result.points) {
      console.log(
        `| ${p.trainOutcomes} | ${p.expert.ndcgAt3.toFixed(4)} | ${p.learned.ndcgAt3.toFixed(4)} | ${pct(p.expert.positiveShareTop3)} | ${pct(p.learned.positiveShareTop3)} | ${pct(p.expert.bestFirst)} | ${pct(p.learned.bestFirst)} | ${pct(p.changedTop3 / result.testResidents)} |`,
      );
    }
    console.log(`\nHelpt (NDCG@3 ≥ ${HELPS_MARGIN} beter, en blijft beter) vanaf: ${result.helpsFrom === null ? "nooit binnen deze geschiedenis" : `${result.helpsFrom} uitkomsten`} (${seconds.toFixed(1)} s)`);
  }
  return { ...result, seed, seconds };
}

if (process.argv[1] === fileURLToPath(import.meta.url)) benchLearning();
