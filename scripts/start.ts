/**
 * npm start — the whole app on one machine:
 * database (embedded PostgreSQL unless DATABASE_URL is set) -> migrations -> demo data when empty (local demo only)
 * -> build when needed -> serve.
 * `npm run dev` does the same with `next dev`. `npm start -- --demo` loads the demo data into an empty database also
 * on a real server; without it a production start (DATABASE_URL set or NODE_ENV=production) never adds demo
 * accounts and prints how to create the first platform administrator (`npm run admin:create`).
 */
import fs from "node:fs";
import path from "node:path";
import { randomBytes } from "node:crypto";
import { spawn } from "node:child_process";
import { ensureDatabase, projectRoot, takeOverStopSignals } from "./lib/database";
import { buildIfNeeded, dataMode, migrateIfNeeded, prepareData } from "./lib/prepare";
import { bin } from "./lib/run";

const dev = process.argv.includes("--dev");
const demoFlag = process.argv.includes("--demo");
const port = process.env.PORT ?? "3000";

/** A local demo on the embedded database gets a stable generated secret; a real deployment must set AUTH_SECRET. */
function localSecret(): string {
  const file = path.join(projectRoot, ".data", "auth-secret");
  if (!fs.existsSync(file)) {
    fs.mkdirSync(path.dirname(file), { recursive: true });
    fs.writeFileSync(file, randomBytes(32).toString("base64url"), { mode: 0o600 });
  }
  return fs.readFileSync(file, "utf8").trim();
}

const db = await ensureDatabase({ purpose: "app", databaseName: "ttv" });
let child: ReturnType<typeof spawn> | undefined;
let stopping = false;
/** Longest wait for the app to finish its running requests and stop its jobs after SIGTERM. */
const APP_STOP_TIMEOUT_MS = 30_000;

/** Stops the database (embedded: PostgreSQL itself) and exits. */
async function finish(code: number): Promise<never> {
  await db.stop().catch(() => undefined);
  process.exit(code);
}

/**
 * SIGTERM / Ctrl+C: the app first (it stops taking requests, finishes the running ones, stops its jobs and closes
 * its pool), then the embedded PostgreSQL; exit 0. The database must outlive the app's last request.
 */
function onSignal(signal: NodeJS.Signals) {
  if (stopping) return;
  stopping = true;
  if (!child || child.exitCode !== null || child.signalCode !== null) return void finish(0);
  const timer = setTimeout(() => child?.kill("SIGKILL"), APP_STOP_TIMEOUT_MS);
  timer.unref();
  child.once("exit", () => {
    clearTimeout(timer);
    void finish(0);
  });
  child.kill(signal === "SIGINT" ? "SIGINT" : "SIGTERM");
}
takeOverStopSignals();
process.on("SIGINT", () => onSignal("SIGINT"));
process.on("SIGTERM", () => onSignal("SIGTERM"));

try {
  await migrateIfNeeded(db.url);
  await prepareData(db.url, dataMode({ embedded: db.embedded, demoFlag, nodeEnv: process.env.NODE_ENV }));
  if (!dev) await buildIfNeeded();
} catch (error) {
  console.error(error instanceof Error ? error.message : error);
  await finish(1);
}

const authSecret = process.env.AUTH_SECRET ?? (db.embedded ? localSecret() : undefined);
// The local demo (embedded database) links to this machine; a deployment on its own database sets APP_URL, or the
// app takes the address from each request (and warns at start, lib/env.ts appUrlWarning).
const appUrl = process.env.APP_URL ?? (db.embedded ? `http://localhost:${port}` : undefined);
child = spawn(bin("next"), [dev ? "dev" : "start", "-p", port], {
  cwd: projectRoot,
  stdio: "inherit",
  env: {
    ...process.env,
    DATABASE_URL: db.url,
    ...(appUrl ? { APP_URL: appUrl } : {}),
    NEXTAUTH_URL: process.env.NEXTAUTH_URL ?? appUrl ?? `http://localhost:${port}`,
    NEXT_TELEMETRY_DISABLED: "1",
    ...(authSecret ? { AUTH_SECRET: authSecret } : {}),
  },
});
console.log(`Thuis Technologie Verkenner start op ${appUrl ?? `poort ${port}`}`);
// The app stopped by itself (a crash, or a start error): stop the database and pass its exit code on.
child.on("exit", (code, signal) => {
  if (!stopping) void finish(code ?? (signal ? 1 : 0));
});
