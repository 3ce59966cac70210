import "server-only";
/**
 * The app process's life outside HTTP (called from instrumentation.ts, Node.js runtime only):
 * - start: the background jobs under a supervisor that retries a failed start with backoff (lib/jobs/supervisor.ts);
 * - SIGTERM / SIGINT: `next start` stops taking new connections and lets running requests finish, then exits.
 *   Meanwhile this stops the jobs (no new job is picked up, a running one finishes) and marks the app as stopping
 *   (GET /api/ready answers 503), and when Next exits, it first closes the database pools.
 */
import { env } from "@/lib/env";
import { JobsSupervisor, markJobsDisabled, setJobsSupervisor, getJobsSupervisor } from "@/lib/jobs/supervisor";

const state = globalThis as unknown as { ttvLifecycle?: { stopping: boolean } };

export function isStopping(): boolean {
  return state.ttvLifecycle?.stopping === true;
}

/** Upper bound for closing jobs and pools after the HTTP server drained. */
const CLOSE_TIMEOUT_MS = 20_000;

export async function startLifecycle(): Promise<void> {
  if (state.ttvLifecycle) return; // once per process (hot reload in development)
  state.ttvLifecycle = { stopping: false };

  if (env().JOBS_ENABLED === "true") {
    const { startJobs, stopJobs } = await import("@/lib/jobs");
    const supervisor = new JobsSupervisor({
      start: async () => {
        await startJobs();
      },
      stop: stopJobs,
    });
    setJobsSupervisor(supervisor);
    void supervisor.run(); // not awaited: the website starts while the jobs (re)try in the background
  } else {
    markJobsDisabled();
  }

  const onSignal = () => {
    const lifecycle = state.ttvLifecycle!;
    if (lifecycle.stopping) return;
    lifecycle.stopping = true;
    console.log("[ttv] stoppen: lopende verzoeken worden afgemaakt, achtergrondtaken gestopt …");
    const jobsStopped = (getJobsSupervisor()?.stop() ?? Promise.resolve()).catch((error: unknown) => {
      const e = error as { name?: string } | null;
      console.error(`[jobs] stoppen mislukte: ${e?.name ?? "Error"}`);
    });
    // Next calls process.exit once its HTTP server has closed (all running requests answered). Only then the
    // database pool may close: hold that exit until the jobs have stopped and the pool is closed.
    const exit = process.exit.bind(process);
    let exiting = false;
    process.exit = ((code?: number | string | null) => {
      if (exiting) return exit(code as number);
      exiting = true;
      const closing = (async () => {
        await jobsStopped;
        const { closeDb } = await import("@/lib/db");
        await closeDb();
      })().catch(() => undefined);
      const deadline = new Promise((resolve) => setTimeout(resolve, CLOSE_TIMEOUT_MS).unref());
      void Promise.race([closing, deadline]).finally(() => exit(code as number));
      return undefined as never;
    }) as typeof process.exit;
  };
  process.once("SIGTERM", onSignal);
  process.once("SIGINT", onSignal);
}
