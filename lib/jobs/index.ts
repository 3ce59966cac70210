import "server-only";
/**
 * Background jobs on pg-boss 10. Jobs live in PostgreSQL (schema "pgboss"), so they survive a restart, and the cron
 * schedule is shared: with several app instances each run is created once (pg-boss keeps the cron clock in its own
 * table) and the queues use the "singleton" policy, so at most one sweep runs at a time.
 * Started from instrumentation.ts when JOBS_ENABLED=true. The work itself is in ./handlers.ts (plain functions).
 */
import { clientWithConnectTimeout } from "@/lib/db-client";
import PgBoss from "pg-boss";
import { env } from "@/lib/env";
import { runLendingSweep, runOutboxDelivery } from "./handlers";
import { runRetention } from "@/lib/server/privacy/run-retention";
import { systemActor } from "@/lib/auth/actor";

export const JOB_SCHEMA = "pgboss";
export const JOBS = { sweep: "lending-sweep", outbox: "outbox-deliver", retention: "privacy-retention" } as const;
/** Every 5 minutes, on the clock of Amsterdam. */
export const SWEEP_CRON = "*/5 * * * *";
export const OUTBOX_CRON = "*/5 * * * *";
/** Every night at 03:30: erase cases, questionnaires and personal data past their retention date. */
export const RETENTION_CRON = "30 3 * * *";
const TZ = "Europe/Amsterdam";

/** An error line for the server log: type and code only, never a message (it could hold personal data). */
function logError(where: string, error: unknown): void {
  const e = error as { name?: unknown; code?: unknown } | null;
  const name = e && typeof e.name === "string" ? e.name : typeof error;
  const code = e && (typeof e.code === "string" || typeof e.code === "number") ? ` (${e.code})` : "";
  console.error(`[jobs] ${where}: ${name}${code}`);
}

export interface StartJobsOptions {
  connectionString?: string;
  /** false: only work on jobs, do not (re)create the cron schedules (tests) */
  schedule?: boolean;
}

/** Creates the queues, the schedules and the workers on a started boss. */
export async function registerJobs(boss: PgBoss, options: { schedule?: boolean } = {}): Promise<void> {
  for (const name of Object.values(JOBS)) {
    const existing = await boss.getQueue(name);
    if (!existing) await boss.createQueue(name, { name, policy: "singleton", retryLimit: 2, retryDelay: 60, expireInSeconds: 15 * 60 });
  }
  if (options.schedule !== false) {
    await boss.schedule(JOBS.sweep, SWEEP_CRON, {}, { tz: TZ });
    await boss.schedule(JOBS.outbox, OUTBOX_CRON, {}, { tz: TZ });
    await boss.schedule(JOBS.retention, RETENTION_CRON, {}, { tz: TZ });
  }
  await boss.work(JOBS.sweep, async () => {
    try {
      const result = await runLendingSweep();
      // reminders and offers made by this sweep go out now instead of at the next outbox run
      if (result.offersMade + result.pickupReminders + result.returnReminders > 0) await boss.send(JOBS.outbox, {});
      return result;
    } catch (error) {
      logError(JOBS.sweep, error);
      throw error;
    }
  });
  await boss.work(JOBS.retention, async () => {
    try {
      return await runRetention({ actor: systemActor("retention"), now: new Date() });
    } catch (error) {
      logError(JOBS.retention, error);
      throw error;
    }
  });
  await boss.work(JOBS.outbox, async () => {
    try {
      return await runOutboxDelivery();
    } catch (error) {
      logError(JOBS.outbox, error);
      throw error;
    }
  });
}

const globalForJobs = globalThis as unknown as { ttvBoss?: PgBoss };

/** Starts pg-boss once per process (idempotent; kept across hot reloads in development). */
export async function startJobs(options: StartJobsOptions = {}): Promise<PgBoss> {
  if (globalForJobs.ttvBoss) return globalForJobs.ttvBoss;
  // pg-boss hands its options to pg's Pool: the connect timeout (DB_CONNECT_TIMEOUT_MS) makes a start against a
  // silent server fail, so the supervisor (./supervisor.ts) retries it, instead of hanging in "starting" for ever.
  // As for the app's pool (lib/db-client.ts): a new connection gives up after the connect timeout, but waiting for one
  // of the 4 pooled connections while the workers are busy may take longer (DB_POOL_WAIT_MS).
  const poolOptions: PgBoss.ConstructorOptions & { connectionTimeoutMillis: number; Client: unknown } = {
    connectionString: options.connectionString ?? env().DATABASE_URL,
    schema: JOB_SCHEMA,
    max: 4,
    application_name: "ttv-jobs",
    Client: clientWithConnectTimeout(env().DB_CONNECT_TIMEOUT_MS),
    connectionTimeoutMillis: Math.max(env().DB_POOL_WAIT_MS, env().DB_CONNECT_TIMEOUT_MS),
  };
  const boss = new PgBoss(poolOptions);
  boss.on("error", (error) => logError("pg-boss", error));
  globalForJobs.ttvBoss = boss;
  try {
    await boss.start();
    await registerJobs(boss, { schedule: options.schedule });
  } catch (error) {
    globalForJobs.ttvBoss = undefined;
    await boss.stop({ graceful: false, wait: true }).catch(() => undefined);
    throw error;
  }
  return boss;
}

/** Stops the workers and closes pg-boss's connections (tests, shutdown). */
export async function stopJobs(): Promise<void> {
  const boss = globalForJobs.ttvBoss;
  if (!boss) return;
  globalForJobs.ttvBoss = undefined;
  await boss.stop({ graceful: true, wait: true, timeout: 10_000 });
}
