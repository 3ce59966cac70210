/**
 * npm start — the whole app on one machine:
 * database (embedded PostgreSQL unless DATABASE_URL is set) -> migrations -> demo data when empty -> build when needed -> serve.
 * `npm run dev` does the same with `next dev`.
 */
import fs from "node:fs";
import path from "node:path";
import { randomBytes } from "node:crypto";
import { spawn } from "node:child_process";
import { ensureDatabase, projectRoot } from "./lib/database";
import { buildIfNeeded, migrateIfNeeded, seedIfEmpty } from "./lib/prepare";
import { bin } from "./lib/run";

const dev = process.argv.includes("--dev");
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

async function stop(code: number) {
  if (stopping) return;
  stopping = true;
  child?.kill("SIGTERM");
  await db.stop().catch(() => undefined);
  process.exit(code);
}
process.on("SIGINT", () => void stop(0));
process.on("SIGTERM", () => void stop(0));

try {
  await migrateIfNeeded(db.url);
  await seedIfEmpty(db.url);
  if (!dev) await buildIfNeeded();
} catch (error) {
  console.error(error instanceof Error ? error.message : error);
  await stop(1);
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
child.on("exit", (code) => void stop(code ?? 0));
