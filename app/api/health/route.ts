/**
 * GET /api/health — liveness: the process is up and answers. Touches nothing (no database), so a database outage
 * does not make an orchestrator restart a healthy app; readiness is GET /api/ready. Documented in lib/api/v1/ops.openapi.ts.
 */
import { CACHE_NONE, json, methodNotAllowed, preflight } from "@/lib/api/responses";

export const dynamic = "force-dynamic";

export function GET() {
  return json({ status: "ok" }, { cache: CACHE_NONE });
}

const ALLOW = ["GET", "OPTIONS"] as const;
export const OPTIONS = () => preflight(ALLOW);
const notAllowed = () => methodNotAllowed(ALLOW);
export { notAllowed as POST, notAllowed as PUT, notAllowed as PATCH, notAllowed as DELETE };
