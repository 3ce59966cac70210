/**
 * npm test — first the linter and the type check (npm run lint: ESLint + tsc), then every test: unit (vitest),
 * integration against a real PostgreSQL (vitest), end-to-end (Playwright in Debian's chromium, installed with apt-get
 * when missing and running as root; see scripts/lib/chromium.ts).
 * Without DATABASE_URL an embedded PostgreSQL is started (data in .data/postgres-test).
 *   npm test                    lint, then all three
 *   npm run test:lint           only lint (the same as npm run lint, counted like a test)
 *   npm run test:integration    only integration
 *   npm run test:e2e            only end-to-end
 *   npm run test:e2e -- tests/e2e/staff   extra arguments go to the runner (a file, a folder, -g "name")
 * Ends with one line "ttv: N passed, N failed".
 */
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { createDatabaseIfMissing, ensureDatabase } from "./lib/database";
import { buildIfNeeded, migrateIfNeeded, seedIfEmpty, truncateAll } from "./lib/prepare";
import { bin, run } from "./lib/run";
import { ensureChromium } from "./lib/chromium";

const only = process.argv[2] as "lint" | "unit" | "integration" | "e2e" | undefined;
const extra = only ? process.argv.slice(3) : [];
const wants = (part: "lint" | "unit" | "integration" | "e2e") => !only || only === part;
const resultsDir = fs.mkdtempSync(path.join(os.tmpdir(), "ttv-test-"));

interface Tally {
  passed: number;
  failed: number;
}
const tally: Tally = { passed: 0, failed: 0 };

function readVitest(file: string): Tally {
  if (!fs.existsSync(file)) return { passed: 0, failed: 1 };
  const json = JSON.parse(fs.readFileSync(file, "utf8")) as { numPassedTests: number; numFailedTests: number };
  return { passed: json.numPassedTests, failed: json.numFailedTests };
}

function readPlaywright(file: string): Tally {
  if (!fs.existsSync(file)) return { passed: 0, failed: 1 };
  const json = JSON.parse(fs.readFileSync(file, "utf8")) as { stats: { expected: number; unexpected: number; flaky: number } };
  return { passed: json.stats.expected + json.stats.flaky, failed: json.stats.unexpected };
}

function add(part: string, t: Tally, exitCode: number) {
  tally.passed += t.passed;
  tally.failed += t.failed + (exitCode !== 0 && t.failed === 0 ? 1 : 0);
  console.log(`\n== ${part}: ${t.passed} geslaagd, ${t.failed} mislukt\n`);
}

/** Same server as `base`, other database name. */
function withDatabase(base: string, name: string): string {
  const u = new URL(base);
  u.pathname = `/${name}`;
  return u.toString();
}

// The browser first: on a fresh machine npm test installs Debian's chromium itself when it runs as root with apt,
// otherwise it stops here with the one command to run (scripts/lib/chromium.ts).
let CHROMIUM = "";
if (wants("e2e")) {
  try {
    CHROMIUM = await ensureChromium((command, args, env) => run(command, args, env));
  } catch (error) {
    console.error(error instanceof Error ? error.message : String(error));
    process.exit(1);
  }
}

let exit = 0;

// Lint first: ESLint and the type check are the quickest way to fail, and a finding is as much a failure as a test.
if (wants("lint")) {
  const code = await run("npm", ["run", "--silent", "lint"]);
  add("lint", code === 0 ? { passed: 1, failed: 0 } : { passed: 0, failed: 1 }, code);
  if (code !== 0) exit = 1;
}

if (wants("unit")) {
  const out = path.join(resultsDir, "unit.json");
  const code = await run(bin("vitest"), ["run", "--config", "vitest.config.ts", "--reporter=default", "--reporter=json", `--outputFile.json=${out}`, ...extra]);
  add("unit", readVitest(out), code);
  if (code !== 0) exit = 1;
}

if (wants("integration") || wants("e2e")) {
  const db = await ensureDatabase({ purpose: "test", databaseName: "ttv_test" });
  try {
    if (wants("integration")) {
      const url = db.url;
      await migrateIfNeeded(url);
      await truncateAll(url);
      const out = path.join(resultsDir, "integration.json");
      const code = await run(
        bin("vitest"),
        ["run", "--config", "vitest.integration.config.ts", "--reporter=default", "--reporter=json", `--outputFile.json=${out}`, ...extra],
        { DATABASE_URL: url, JOBS_ENABLED: "false", API_RATE_LIMIT_PER_MINUTE: "0" },
      );
      add(`integratie (${db.embedded ? "ingebouwde PostgreSQL" : new URL(url).host})`, readVitest(out), code);
      if (code !== 0) exit = 1;
    }

    if (wants("e2e")) {
      const base = new URL(db.url).pathname.slice(1);
      const url = withDatabase(db.url, `${base}_e2e`);
      await createDatabaseIfMissing(url);
      await migrateIfNeeded(url);
      await truncateAll(url);
      await seedIfEmpty(url);
      await buildIfNeeded();
      const out = path.join(resultsDir, "e2e.json");
      const code = await run(bin("playwright"), ["test", ...extra], {
        DATABASE_URL: url,
        CHROMIUM_PATH: CHROMIUM,
        PLAYWRIGHT_JSON_OUTPUT_NAME: out,
      });
      add("end-to-end (chromium)", readPlaywright(out), code);
      if (code !== 0) exit = 1;
    }
  } finally {
    await db.stop();
  }
}

fs.rmSync(resultsDir, { recursive: true, force: true });
console.log(`ttv: ${tally.passed} passed, ${tally.failed} failed`);
process.exit(exit || (tally.failed > 0 ? 1 : 0));
