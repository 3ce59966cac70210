/**
 * npm run bench — how fast is the advice?
 *   1. the matching engine in-process (scripts/bench-engine.ts): the seeded catalogue and 10,000 generated products;
 *   2. HTTP throughput of POST /api/v1/advice against the running app, with a fixed number of requests at a fixed
 *      concurrency (Node's fetch), loopback only.
 * Prints markdown tables and writes bench-results/latest.json.
 *
 * The app for (2):
 *   BENCH_URL=http://localhost:3000 npm run bench   an app that is already running (must be on this machine)
 *   npm run bench                                   starts it like `npm start`: database (embedded unless
 *                                                   DATABASE_URL is set), migrations, demo data, build when needed,
 *                                                   `next start` on a free port; stops it afterwards
 *   npm run bench -- --dev                          the same with `next dev` (no build; slow, not representative)
 *   3. resilience: PostgreSQL is stopped and started again while advice and reservations are requested
 *      (scripts/bench-resilience.ts): failed requests, recovery time, and no confirmed reservation lost. Only when the
 *      bench started the app on the embedded PostgreSQL itself (it must be allowed to restart that server).
 * The bench's own app uses the database "ttv_bench" on the embedded server, emptied and seeded on every run, so
 * the bench's reservations never touch the demo data ("ttv").
 * Settings: BENCH_REQUESTS (2000), BENCH_CONCURRENCY (10), BENCH_WARMUP (100), BENCH_MAX_SECONDS (60, a hard stop),
 * BENCH_RESTART_SECONDS (20), BENCH_RESTART_REQUESTS (3000); BENCH_RESTART=false skips part 3.
 */
import fs from "node:fs";
import net from "node:net";
import os from "node:os";
import path from "node:path";
import { randomBytes } from "node:crypto";
import { spawn, type ChildProcess } from "node:child_process";
import { performance } from "node:perf_hooks";
import { benchEngine, ENGINE_P95_BUDGET_MS, type EngineBenchResult } from "./bench-engine";
import { ensureDatabase, projectRoot, type Database } from "./lib/database";
import { buildIfNeeded, migrateIfNeeded, seedIfEmpty, truncateAll } from "./lib/prepare";
import { benchRestart, type RestartBenchResult } from "./bench-resilience";
import { benchLearning } from "./bench/learning";
import { bin } from "./lib/run";
import { generateAnswers } from "../lib/matching/generate";
import { benchWords, wordsTable, WORDS_NL_RECALL_GOAL } from "./bench/words";

const dev = process.argv.includes("--dev");

function intSetting(name: string, fallback: number, min: number, max: number): number {
  const raw = process.env[name];
  if (raw === undefined || raw === "") return fallback;
  const n = Number(raw);
  if (!Number.isInteger(n) || n < min || n > max) {
    console.error(`${name} moet een geheel getal zijn van ${min} tot en met ${max}.`);
    process.exit(2);
  }
  return n;
}

const REQUESTS = intSetting("BENCH_REQUESTS", 2000, 1, 100_000);
const CONCURRENCY = intSetting("BENCH_CONCURRENCY", 10, 1, 100);
const WARMUP = intSetting("BENCH_WARMUP", 100, 0, 10_000);
const MAX_SECONDS = intSetting("BENCH_MAX_SECONDS", 60, 1, 600);
const RESTART_SECONDS = intSetting("BENCH_RESTART_SECONDS", 20, 5, 300);
const RESTART_REQUESTS = intSetting("BENCH_RESTART_REQUESTS", 3000, 10, 100_000);
const RESTART_ENABLED = process.env.BENCH_RESTART !== "false";

export interface HttpBenchResult {
  target: string;
  endpoint: string;
  requests: number;
  concurrency: number;
  seconds: number;
  requestsPerSecond: number;
  p50: number;
  p95: number;
  p99: number;
  max: number;
  errors: number;
  statuses: Record<string, number>;
  /** true when BENCH_MAX_SECONDS stopped the run before all requests were sent */
  stoppedByTimeLimit: boolean;
}

// ------------------------------------------------------------------------------------------ the app under test

const LOOPBACK = new Set(["localhost", "127.0.0.1", "[::1]", "::1"]);

function isLoopback(url: URL): boolean {
  return LOOPBACK.has(url.hostname) || /^127\.\d+\.\d+\.\d+$/.test(url.hostname);
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.unref();
    server.on("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const address = server.address();
      server.close(() => (typeof address === "object" && address ? resolve(address.port) : reject(new Error("geen vrije poort"))));
    });
  });
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

async function waitUntilUp(base: string, child: ChildProcess, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`De app stopte meteen (code ${child.exitCode}).`);
    try {
      const response = await fetch(`${base}/api/v1/questions`, { signal: AbortSignal.timeout(30_000) });
      await response.arrayBuffer();
      if (response.ok) return;
    } catch {
      // not listening yet
    }
    await sleep(300);
  }
  throw new Error(`De app antwoordde niet binnen ${Math.round(timeoutMs / 1000)} s.`);
}

interface RunningApp {
  base: string;
  description: string;
  stop: () => Promise<void>;
  /** the app's database, when the bench started it */
  databaseUrl?: string;
  /** restarts the app's PostgreSQL: only for an embedded server the bench started itself */
  restartDatabase?: () => Promise<void>;
}

async function startApp(): Promise<RunningApp> {
  const db: Database & { restart?: () => Promise<void> } = await ensureDatabase({ purpose: "app", databaseName: "ttv_bench" });
  let child: ChildProcess | undefined;
  const stop = async () => {
    if (child?.pid && child.exitCode === null) {
      const exited = new Promise((resolve) => child!.once("exit", resolve));
      try {
        process.kill(-child.pid, "SIGTERM"); // the process group we started (next may start workers)
      } catch {
        child.kill("SIGTERM");
      }
      await Promise.race([exited, sleep(5000)]);
      if (child.exitCode === null && child.signalCode === null) {
        try {
          process.kill(-child.pid, "SIGKILL");
        } catch {
          child.kill("SIGKILL");
        }
      }
    }
    await db.stop().catch(() => undefined);
  };
  try {
    await migrateIfNeeded(db.url);
    if (db.embedded) await truncateAll(db.url); // ttv_bench: fresh stock on every run
    await seedIfEmpty(db.url);
    if (!dev) await buildIfNeeded();
    const port = await freePort();
    const base = `http://127.0.0.1:${port}`;
    const log: string[] = [];
    child = spawn(bin("next"), [dev ? "dev" : "start", "-p", String(port), "-H", "127.0.0.1"], {
      cwd: projectRoot,
      detached: true,
      stdio: ["ignore", "pipe", "pipe"],
      env: {
        ...process.env,
        DATABASE_URL: db.url,
        APP_URL: base,
        AUTH_SECRET: process.env.AUTH_SECRET ?? randomBytes(32).toString("base64url"),
        JOBS_ENABLED: "false",
        API_RATE_LIMIT_PER_MINUTE: "0",
        NEXT_TELEMETRY_DISABLED: "1",
        PORT: String(port),
      },
    });
    const keep = (chunk: Buffer) => {
      log.push(chunk.toString());
      if (log.length > 200) log.shift();
    };
    child.stdout?.on("data", keep);
    child.stderr?.on("data", keep);
    console.log(`App starten (next ${dev ? "dev" : "start"}) op ${base} …`);
    try {
      await waitUntilUp(base, child, dev ? 180_000 : 60_000);
    } catch (error) {
      console.error(log.join("").split("\n").slice(-30).join("\n"));
      throw error;
    }
    return {
      base,
      description: `next ${dev ? "dev" : "start"} (door bench gestart, ${db.embedded ? "ingebouwde PostgreSQL" : "DATABASE_URL"})`,
      stop,
      databaseUrl: db.url,
      restartDatabase: db.restart,
    };
  } catch (error) {
    await stop();
    throw error;
  }
}

// ------------------------------------------------------------------------------------------ load

function percentile(sorted: readonly number[], p: number): number {
  if (sorted.length === 0) return Number.NaN;
  const rank = Math.ceil((p / 100) * sorted.length) - 1; // nearest-rank, as in bench-engine.ts
  return sorted[Math.min(sorted.length - 1, Math.max(0, rank))]!;
}

const round2 = (n: number) => Math.round(n * 100) / 100;

/** Varied, deterministic request bodies: generated answers, Den Haag, postcodes across the city. */
function requestBodies(): string[] {
  const postcodes = ["2545 GH", "2511 BT", "2583 CL", "2533 DK", null];
  return generateAnswers(200, 7).map((answers, i) => JSON.stringify({ municipality: "den-haag", answers, postcode: postcodes[i % postcodes.length] }));
}

async function fire(url: string, body: string): Promise<{ status: number | "network"; ms: number }> {
  const start = performance.now();
  try {
    const response = await fetch(url, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body,
      signal: AbortSignal.timeout(30_000),
    });
    await response.arrayBuffer();
    return { status: response.status, ms: performance.now() - start };
  } catch {
    return { status: "network", ms: performance.now() - start };
  }
}

async function load(url: string, bodies: readonly string[], total: number, concurrency: number, maxMs: number) {
  let next = 0;
  const latencies: number[] = [];
  const statuses: Record<string, number> = {};
  let errors = 0;
  const started = performance.now();
  const deadline = started + maxMs;
  let stoppedByTimeLimit = false;
  const worker = async () => {
    for (;;) {
      if (performance.now() > deadline) {
        stoppedByTimeLimit = next < total;
        return;
      }
      const i = next++;
      if (i >= total) return;
      const { status, ms } = await fire(url, bodies[i % bodies.length]!);
      latencies.push(ms);
      statuses[String(status)] = (statuses[String(status)] ?? 0) + 1;
      if (status !== 200) errors++;
    }
  };
  await Promise.all(Array.from({ length: concurrency }, worker));
  return { latencies, statuses, errors, seconds: (performance.now() - started) / 1000, stoppedByTimeLimit };
}

async function benchHttp(base: string, target: string): Promise<HttpBenchResult> {
  const url = `${base}/api/v1/advice`;
  const bodies = requestBodies();
  const probe = await fire(url, bodies[0]!);
  if (probe.status !== 200) throw new Error(`POST ${url} gaf ${probe.status} in plaats van 200. Is de app gestart en zijn er demogegevens?`);
  if (WARMUP > 0) await load(url, bodies, WARMUP, CONCURRENCY, MAX_SECONDS * 1000);
  const run = await load(url, bodies, REQUESTS, CONCURRENCY, MAX_SECONDS * 1000);
  const sorted = [...run.latencies].sort((a, b) => a - b);
  return {
    target,
    endpoint: "POST /api/v1/advice",
    requests: sorted.length,
    concurrency: CONCURRENCY,
    seconds: round2(run.seconds),
    requestsPerSecond: round2(sorted.length / run.seconds),
    p50: round2(percentile(sorted, 50)),
    p95: round2(percentile(sorted, 95)),
    p99: round2(percentile(sorted, 99)),
    max: round2(sorted[sorted.length - 1] ?? Number.NaN),
    errors: run.errors,
    statuses: run.statuses,
    stoppedByTimeLimit: run.stoppedByTimeLimit,
  };
}

// ------------------------------------------------------------------------------------------ report

function table(header: string[], rows: string[][]): string {
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]!.length)));
  const line = (cells: string[]) => `| ${cells.map((c, i) => (i === 0 ? c.padEnd(widths[i]!) : c.padStart(widths[i]!))).join(" | ")} |`;
  const rule = `| ${widths.map((w, i) => (i === 0 ? "-".repeat(w) : `${"-".repeat(w - 1)}:`)).join(" | ")} |`;
  return [line(header), rule, ...rows.map(line)].join("\n");
}

function engineTable(results: readonly EngineBenchResult[]): string {
  return table(
    ["engine (in-process)", "runs", "p50 ms", "p95 ms", "mean ms"],
    results.map((r) => [r.label, String(r.runs), r.p50.toFixed(3), r.p95.toFixed(3), r.mean.toFixed(3)]),
  );
}

function httpTable(r: HttpBenchResult): string {
  return table(
    ["HTTP", "requests", "concurrency", "req/s", "p50 ms", "p95 ms", "p99 ms", "max ms", "errors"],
    [[r.endpoint, String(r.requests), String(r.concurrency), r.requestsPerSecond.toFixed(1), r.p50.toFixed(1), r.p95.toFixed(1), r.p99.toFixed(1), r.max.toFixed(1), String(r.errors)]],
  );
}

function restartTable(r: RestartBenchResult): string {
  return table(
    ["PostgreSQL-herstart", "s", "advies (mislukt)", "reserveringen (mislukt)", "database weg ms", "herstel ms", "foutvenster ms", "bevestigd", "verloren"],
    [[
      "advies + reserveren",
      r.seconds.toFixed(1),
      `${r.requests.advice} (${r.failed.advice})`,
      `${r.requests.reservations} (${r.failed.reservations})`,
      String(r.databaseDownMs),
      r.recoveryMs === null ? "geen" : String(r.recoveryMs),
      String(r.errorWindowMs),
      String(r.reservationsConfirmed),
      String(r.reservationsLost.length),
    ]],
  );
}

// ------------------------------------------------------------------------------------------ main

async function main(): Promise<number> {
  let exitCode = 0;
  console.log("## Engine\n");
  const engine = await benchEngine({ print: false });
  console.log(engineTable(engine));
  // the budgeted scenario: steady state on the generated 10,000 products (not the cold first-advice row)
  const big = engine.find((r) => r.label.startsWith("gegenereerd")) ?? engine.filter((r) => r.runs >= 100).sort((a, b) => b.products - a.products)[0];
  if (big) {
    const ok = big.p95 < ENGINE_P95_BUDGET_MS;
    console.log(`\n${ok ? "OK" : "TE TRAAG"}: p95 ${big.p95.toFixed(3)} ms voor ${big.products} producten (budget < ${ENGINE_P95_BUDGET_MS} ms).`);
    if (!ok) exitCode = 1;
  }

  // learning from outcomes (issue 13): offline, in-process, before the app starts (scripts/bench/learning.ts)
  const learning = benchLearning();

  console.log("\n## Eigen woorden (lib/words)\n");
  const words = benchWords();
  console.log(wordsTable(words.rows));
  console.log(`\n${words.nlGoalMet ? "OK" : "ONDER HET DOEL"}: recall@3 Nederlands (doel >= ${WORDS_NL_RECALL_GOAL}).`);
  if (!words.nlGoalMet) exitCode = 1;

  console.log("\n## HTTP\n");
  let app: RunningApp;
  const given = process.env.BENCH_URL;
  if (given) {
    let url: URL;
    try {
      url = new URL(given);
    } catch {
      console.error(`BENCH_URL is geen geldige URL: ${given}`);
      return 2;
    }
    if (!isLoopback(url)) {
      console.error("BENCH_URL moet naar deze machine wijzen (localhost, 127.0.0.1 of ::1): de bench belast een server zwaar.");
      return 2;
    }
    app = { base: url.origin, description: `BENCH_URL (${url.origin})`, stop: async () => undefined };
  } else {
    app = await startApp();
  }
  const stopOnSignal = () => void app.stop().finally(() => process.exit(130));
  process.once("SIGINT", stopOnSignal);
  process.once("SIGTERM", stopOnSignal);

  let http: HttpBenchResult;
  let restart: RestartBenchResult | { skipped: string };
  try {
    console.log(`Doel: ${app.description}; ${WARMUP} opwarmverzoeken, dan ${REQUESTS} verzoeken met ${CONCURRENCY} tegelijk (hooguit ${MAX_SECONDS} s).\n`);
    http = await benchHttp(app.base, app.description);
    console.log(httpTable(http));
    console.log("\n## PostgreSQL herstarten onder belasting\n");
    if (!RESTART_ENABLED) restart = { skipped: "BENCH_RESTART=false" };
    else if (!app.restartDatabase || !app.databaseUrl)
      restart = { skipped: "alleen als de bench de app zelf start op de ingebouwde PostgreSQL (niet met BENCH_URL of DATABASE_URL, en niet als die PostgreSQL al draaide)" };
    else {
      console.log(`${RESTART_SECONDS} s advies en reserveringen (${CONCURRENCY} tegelijk, hooguit ${RESTART_REQUESTS} verzoeken); na 3 s wordt PostgreSQL herstart.\n`);
      restart = await benchRestart({
        base: app.base,
        databaseUrl: app.databaseUrl,
        restart: app.restartDatabase,
        seconds: RESTART_SECONDS,
        maxRequests: RESTART_REQUESTS,
        concurrency: CONCURRENCY,
      });
    }
  } finally {
    await app.stop();
    process.off("SIGINT", stopOnSignal);
    process.off("SIGTERM", stopOnSignal);
  }
  if (http.stoppedByTimeLimit) console.log(`\nGestopt na ${MAX_SECONDS} s (BENCH_MAX_SECONDS): ${http.requests} van ${REQUESTS} verzoeken gedaan.`);
  if (http.errors > 0) {
    console.log(`\nFouten: ${JSON.stringify(http.statuses)}`);
    exitCode = 1;
  }
  if ("skipped" in restart) console.log(`Overgeslagen: ${restart.skipped}.`);
  else {
    console.log(restartTable(restart));
    console.log(`\nStatussen: ${JSON.stringify(restart.statuses)}`);
    if (restart.recoveryMs === null) console.log("NIET HERSTELD: na de herstart lukte geen verzoek meer binnen de tijd.");
    if (restart.reservationsLost.length > 0) console.log(`VERLOREN: ${restart.reservationsLost.length} reserveringen kregen 201 maar staan niet in de database.`);
    else console.log(`Alle ${restart.reservationsConfirmed} bevestigde reserveringen (201) staan in de database.`);
    if (!restart.ok) exitCode = 1;
  }
  if (dev) console.log("\nLet op: gemeten tegen `next dev`; die cijfers zeggen weinig over productie.");

  const cpus = os.cpus();
  const result = {
    ranAt: new Date().toISOString(),
    machine: { node: process.version, platform: `${os.platform()} ${os.arch()}`, cpus: cpus.length, cpuModel: cpus[0]?.model ?? "onbekend", memoryGb: round2(os.totalmem() / 1024 ** 3) },
    engine,
    engineBudgetMs: ENGINE_P95_BUDGET_MS,
    words: words.rows,
    http,
    restart,
    learning,
  };
  const dir = path.join(projectRoot, "bench-results");
  fs.mkdirSync(dir, { recursive: true });
  fs.writeFileSync(path.join(dir, "latest.json"), `${JSON.stringify(result, null, 2)}\n`);
  console.log(`\nGeschreven: bench-results/latest.json`);
  return exitCode;
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  },
);
