/**
 * Runs once when the server starts (Next.js instrumentation). In the Node.js runtime it starts the app's lifecycle
 * (lib/ops/lifecycle.ts): the background jobs (pg-boss, see lib/jobs) under a supervisor that retries a failed start
 * with backoff, unless JOBS_ENABLED=false, and the orderly stop on SIGTERM (jobs, then the database pool).
 * A failure of the jobs never stops the website; GET /api/ready reports it.
 */
export async function register() {
  if (process.env.NEXT_RUNTIME === "nodejs") {
    const { startLifecycle } = await import("@/lib/ops/lifecycle");
    await startLifecycle();
  }
}
