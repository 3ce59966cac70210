/**
 * GET /api/ready — readiness: 200 when the database answers, every migration is applied and the background jobs run
 * (or are switched off); otherwise 503 with which check failed. Also 503 while the app stops (after SIGTERM).
 * No personal data. Documented in lib/api/v1/ops.openapi.ts.
 */
import { CACHE_NONE, json, methodNotAllowed, preflight } from "@/lib/api/responses";
import { checkReadiness } from "@/lib/server/ops/readiness";

export const dynamic = "force-dynamic";

export async function GET() {
  const readiness = await checkReadiness();
  return json(readiness, { status: readiness.status === "ready" ? 200 : 503, cache: CACHE_NONE });
}

const ALLOW = ["GET", "OPTIONS"] as const;
export const OPTIONS = () => preflight(ALLOW);
const notAllowed = () => methodNotAllowed(ALLOW);
export { notAllowed as POST, notAllowed as PUT, notAllowed as PATCH, notAllowed as DELETE };
