/**
 * Benchmark of the pure matching engine, in-process, per advice.
 *
 *   npx tsx scripts/bench-engine.ts            (or import { benchEngine } from a later scripts/bench.ts)
 *
 * (a) the real catalogue, when prisma/seed/catalogue.ts exports CATALOGUE (skipped with a message otherwise);
 *     availability for it is generated (10 centres), tips come from the same module's TIPS when present;
 * (b) a generated catalogue of 10,000 products with availability at 100 centres.
 * Both with varied, deterministic answers. Goal (issue 14): p95 <= 1 ms for 10,000 products. Next to the wall-clock
 * times, the CPU time per advice (process.cpuUsage): on a shared, busy machine that one shows the engine's own cost.
 */
import { existsSync } from "node:fs";
import { fileURLToPath, pathToFileURL } from "node:url";
import { loadavg } from "node:os";
import { performance } from "node:perf_hooks";
import { computeAdvice } from "../lib/matching/engine";
import { generateAnswers, generateAvailabilityFor, generateWorld } from "../lib/matching/generate";
import type { Answers, CatalogueProduct, CentreAvailability, TipRule } from "../lib/matching/types";

export interface EngineBenchResult {
  label: string;
  /** milliseconds per advice */
  p50: number;
  p95: number;
  mean: number;
  /** CPU time per advice (user + system), ms: waiting for a core on a busy machine is not in it */
  cpuP50: number;
  cpuP95: number;
  runs: number;
  /** products in the catalogue */
  products: number;
  /** V8 heap in use after the runs, MB (includes the catalogue itself) */
  heapUsedMb: number;
}

export interface BenchEngineOptions {
  runs?: number;
  warmup?: number;
  /** print the table and messages (default true) */
  print?: boolean;
}

/** The goal of issue 14: p95 per advice for 10,000 products. */
export const ENGINE_P95_BUDGET_MS = 1;

const CATALOGUE_MODULE = fileURLToPath(new URL("../prisma/seed/catalogue.ts", import.meta.url));

interface Scenario {
  label: string;
  catalogue: readonly CatalogueProduct[];
  tips: readonly TipRule[];
  availability: ReadonlyMap<string, readonly CentreAvailability[]>;
}

function looksLikeCatalogue(value: unknown): value is CatalogueProduct[] {
  return (
    Array.isArray(value) &&
    value.length > 0 &&
    value.every(
      (p) =>
        typeof p === "object" &&
        p !== null &&
        typeof (p as CatalogueProduct).slug === "string" &&
        typeof (p as CatalogueProduct).priceMinEuro === "number" &&
        Array.isArray((p as CatalogueProduct).rules?.addresses) &&
        Array.isArray((p as CatalogueProduct).rules?.prerequisites) &&
        Array.isArray((p as CatalogueProduct).rules?.contraindications) &&
        Array.isArray((p as CatalogueProduct).rules?.contextFit) &&
        Array.isArray((p as CatalogueProduct).rules?.notes),
    )
  );
}

/** The real catalogue, or a message why it is skipped. */
async function loadRealCatalogue(): Promise<Scenario | string> {
  if (!existsSync(CATALOGUE_MODULE)) return "prisma/seed/catalogue.ts bestaat nog niet: (a) overgeslagen.";
  let mod: Record<string, unknown>;
  try {
    mod = (await import(pathToFileURL(CATALOGUE_MODULE).href)) as Record<string, unknown>;
  } catch (error) {
    return `prisma/seed/catalogue.ts laadt niet (${(error as Error).message}): (a) overgeslagen.`;
  }
  // the seed rows carry more fields; use the module's own mapping to the engine's view when it has one
  const toEngine = mod.toCatalogueProduct;
  const catalogue =
    typeof toEngine === "function" && Array.isArray(mod.CATALOGUE)
      ? (mod.CATALOGUE as unknown[]).map((p) => (toEngine as (p: unknown) => unknown)(p))
      : mod.CATALOGUE;
  if (!looksLikeCatalogue(catalogue)) {
    return "prisma/seed/catalogue.ts exporteert (nog) geen CATALOGUE met CatalogueProduct-vorm: (a) overgeslagen.";
  }
  const tips = Array.isArray(mod.TIPS) ? (mod.TIPS as TipRule[]) : [];
  return {
    label: `echte catalogus (${catalogue.length} producten, 10 uitleenpunten)`,
    catalogue,
    tips,
    availability: generateAvailabilityFor(catalogue, 10, 7),
  };
}

function percentile(sorted: readonly number[], p: number): number {
  if (sorted.length === 0) return Number.NaN;
  const rank = Math.ceil((p / 100) * sorted.length) - 1; // nearest-rank
  return sorted[Math.min(sorted.length - 1, Math.max(0, rank))]!;
}

function maybeGc(): void {
  const gc = (globalThis as { gc?: () => void }).gc;
  if (typeof gc === "function") gc();
}

function measure(scenario: Scenario, answers: readonly Answers[], runs: number, warmup: number): EngineBenchResult {
  const input = { catalogue: scenario.catalogue, tips: scenario.tips, availability: scenario.availability };
  let sink = 0; // keeps the results observable so nothing is optimised away
  for (let i = 0; i < warmup; i++) {
    sink += computeAdvice({ ...input, answers: answers[i % answers.length]! }).recommendations.length;
  }
  maybeGc();
  const times = new Float64Array(runs);
  const cpu = new Float64Array(runs);
  for (let i = 0; i < runs; i++) {
    const a = answers[i % answers.length]!;
    const cpuStart = process.cpuUsage();
    const start = performance.now();
    const advice = computeAdvice({ ...input, answers: a });
    times[i] = performance.now() - start;
    const used = process.cpuUsage(cpuStart);
    cpu[i] = (used.user + used.system) / 1000;
    sink += advice.recommendations.length + advice.notRecommended.length;
  }
  if (sink < 0) console.log(sink);
  const sorted = Array.from(times).sort((x, y) => x - y);
  const cpuSorted = Array.from(cpu).sort((x, y) => x - y);
  const mean = sorted.reduce((s, t) => s + t, 0) / runs;
  return {
    label: scenario.label,
    p50: round3(percentile(sorted, 50)),
    p95: round3(percentile(sorted, 95)),
    mean: round3(mean),
    cpuP50: round3(percentile(cpuSorted, 50)),
    cpuP95: round3(percentile(cpuSorted, 95)),
    runs,
    products: scenario.catalogue.length,
    heapUsedMb: round1(process.memoryUsage().heapUsed / 1024 / 1024),
  };
}

const round3 = (n: number) => Math.round(n * 1000) / 1000;
const round1 = (n: number) => Math.round(n * 10) / 10;

function printTable(results: readonly EngineBenchResult[]): void {
  const header = ["scenario", "runs", "p50 ms", "p95 ms", "mean ms", "CPU p50 ms", "CPU p95 ms", "heap MB"];
  const rows = results.map((r) => [
    r.label,
    String(r.runs),
    r.p50.toFixed(3),
    r.p95.toFixed(3),
    r.mean.toFixed(3),
    r.cpuP50.toFixed(3),
    r.cpuP95.toFixed(3),
    r.heapUsedMb.toFixed(1),
  ]);
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((row) => row[i]!.length)));
  const line = (cells: string[]) => cells.map((c, i) => (i === 0 ? c.padEnd(widths[i]!) : c.padStart(widths[i]!))).join("  ");
  console.log(line(header));
  console.log(widths.map((w) => "-".repeat(w)).join("  "));
  for (const row of rows) console.log(line(row));
}

/** Runs the engine benchmark; returns one result per scenario (the real catalogue is skipped when absent). */
export async function benchEngine(options: BenchEngineOptions = {}): Promise<EngineBenchResult[]> {
  const runs = options.runs ?? 2000;
  const warmup = options.warmup ?? 300;
  const print = options.print ?? true;
  const answers = generateAnswers(500, 42);
  const results: EngineBenchResult[] = [];

  const real = await loadRealCatalogue();
  if (typeof real === "string") {
    if (print) console.log(real);
  } else {
    results.push(measure(real, answers, runs, warmup));
  }

  const world = generateWorld({ products: 10_000, centres: 100, seed: 1 });
  results.push(
    measure(
      {
        label: "gegenereerd (10.000 producten, 100 uitleenpunten)",
        catalogue: world.catalogue,
        tips: world.tips,
        availability: world.availability,
      },
      answers,
      runs,
      warmup,
    ),
  );

  // first advice on a catalogue array the engine has not seen yet: includes compiling its rules (once per array)
  const firstTimes: number[] = [];
  const firstCpu: number[] = [];
  const coldRuns = 20;
  for (let i = 0; i < coldRuns; i++) {
    const fresh = world.catalogue.slice();
    const cpuStart = process.cpuUsage();
    const start = performance.now();
    computeAdvice({ catalogue: fresh, tips: world.tips, availability: world.availability, answers: answers[i]! });
    firstTimes.push(performance.now() - start);
    const used = process.cpuUsage(cpuStart);
    firstCpu.push((used.user + used.system) / 1000);
  }
  firstTimes.sort((x, y) => x - y);
  firstCpu.sort((x, y) => x - y);
  results.push({
    label: "eerste advies op een nieuwe array van 10.000 (incl. index bouwen)",
    p50: round3(percentile(firstTimes, 50)),
    p95: round3(percentile(firstTimes, 95)),
    mean: round3(firstTimes.reduce((s, t) => s + t, 0) / coldRuns),
    cpuP50: round3(percentile(firstCpu, 50)),
    cpuP95: round3(percentile(firstCpu, 95)),
    runs: coldRuns,
    products: world.catalogue.length,
    heapUsedMb: round1(process.memoryUsage().heapUsed / 1024 / 1024),
  });

  if (print) {
    printTable(results);
    const big = results.find((r) => r.label.startsWith("gegenereerd"))!;
    const ok = big.p95 <= ENGINE_P95_BUDGET_MS;
    console.log(
      `${ok ? "OK" : "TE TRAAG"}: p95 ${big.p95.toFixed(3)} ms voor ${big.products} producten (doel <= ${ENGINE_P95_BUDGET_MS} ms; CPU p95 ${big.cpuP95.toFixed(3)} ms; belasting ${loadavg().map((l) => l.toFixed(1)).join(" / ")}).`,
    );
  }
  return results;
}

const invokedDirectly = process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href;
if (invokedDirectly) {
  benchEngine().then(
    (results) => {
      const big = results.find((r) => r.label.startsWith("gegenereerd"));
      process.exitCode = big !== undefined && big.p95 <= ENGINE_P95_BUDGET_MS ? 0 : 1;
    },
    (error: unknown) => {
      console.error(error);
      process.exitCode = 1;
    },
  );
}
