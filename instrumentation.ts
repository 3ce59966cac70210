/**
 * Runs once when the server starts (Next.js instrumentation). In the Node.js runtime it installs the server hooks
 * (the client's address for rate limits and the audit log, and 405 for TRACE: lib/http/install-server-hooks.ts),
 * warns when a production deployment has no APP_URL, and starts the app's lifecycle (lib/ops/lifecycle.ts): the
 * background jobs (pg-boss, see lib/jobs) under a supervisor that retries a failed start with backoff, unless
 * JOBS_ENABLED=false, and the orderly stop on SIGTERM (jobs, then the database pool).
 * A failure of the jobs never stops the website; GET /api/ready reports it.
 */
export async function register() {
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  // imported here, not at the top: lib/env.ts uses node:net, which the Edge build of this file must not load
  const { appUrlWarning, env } = await import("@/lib/env");
  (await import("@/lib/http/install-server-hooks")).installServerHooks();
  const warning = appUrlWarning(env());
  if (warning) console.warn(warning);
  const { startLifecycle } = await import("@/lib/ops/lifecycle");
  await startLifecycle();
}
