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
import { ensureDatabase, projectRoot } from "./lib/database";
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
  await prepareData(db.url, dataMode({ embedded: db.embedded, demoFlag, nodeEnv: process.env.NODE_ENV }));
  if (!dev) await buildIfNeeded();
} catch (error) {
  console.error(error instanceof Error ? error.message : error);
  await stop(1);
}

const authSecret = process.env.AUTH_SECRET ?? (db.embedded ? localSecret() : undefined);
const appUrl = process.env.APP_URL ?? `http://localhost:${port}`;
child = spawn(bin("next"), [dev ? "dev" : "start", "-p", port], {
  cwd: projectRoot,
  stdio: "inherit",
  env: {
    ...process.env,
    DATABASE_URL: db.url,
    APP_URL: appUrl,
    NEXTAUTH_URL: process.env.NEXTAUTH_URL ?? appUrl,
    NEXT_TELEMETRY_DISABLED: "1",
    ...(authSecret ? { AUTH_SECRET: authSecret } : {}),
  },
});
console.log(`Thuis Technologie Verkenner start op ${appUrl}`);
child.on("exit", (code) => void stop(code ?? 0));
