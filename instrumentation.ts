/**
 * Runs once when the server starts (Next.js instrumentation). Warns when a production deployment has no APP_URL. Starts the background jobs (pg-boss: the lending sweep
 * and the outbox delivery, see lib/jobs) in the Node.js runtime, unless JOBS_ENABLED=false. A failure to start the
 * jobs is logged (type and code only) and does not stop the website.
 */
import { appUrlWarning, env } from "@/lib/env";

export async function register() {
  // the client's address for rate limits and the audit log, and 405 for TRACE (lib/http/install-server-hooks.ts)
  if (process.env.NEXT_RUNTIME === "nodejs") (await import("@/lib/http/install-server-hooks")).installServerHooks();
  const warning = appUrlWarning(env());
  if (warning) console.warn(warning);
  if (process.env.NEXT_RUNTIME === "nodejs" && env().JOBS_ENABLED === "true") {
    try {
      const { startJobs } = await import("@/lib/jobs");
      await startJobs();
    } catch (error) {
      const e = error as { name?: string; code?: string } | null;
      console.error(`[jobs] de achtergrondtaken zijn niet gestart: ${e?.name ?? "Error"}${e?.code ? ` (${e.code})` : ""}`);
    }
  }
}
