/**
 * POST /api/v1/advice — personal advice for answers to the questionnaire (documented in lib/api/v1/advice.openapi.ts).
 * Reads the body (64 KB at most), validates it, and hands it to buildAdvice(); nothing is stored.
 */
import { adviceRequestSchema, toPublicAdvice } from "@/lib/api/v1/advice";
import { checkRateLimit } from "@/lib/api/rate-limit";
import { readJsonBody } from "@/lib/api/read-json-body";
import { apiRoute, CACHE_NONE, json, methodNotAllowed, preflight } from "@/lib/api/responses";
import { parseInput } from "@/lib/api/validate";
import { appUrlFor } from "@/lib/server/app-url";
import { AppError } from "@/lib/errors";
import { buildAdvice } from "@/lib/server/advice/build-advice";

export const dynamic = "force-dynamic";

const ALLOW = ["POST", "OPTIONS"] as const;

export const POST = apiRoute("POST /api/v1/advice", async (request) => {
  await checkRateLimit("advice", request);
  const body = await readJsonBody(request);
  const input = parseInput(adviceRequestSchema, body);
  // a paused municipality is GONE (410), checked inside buildAdvice on the municipality it loads anyway
  const advice = await buildAdvice({ municipalitySlug: input.municipality, answers: input.answers, postcode: input.postcode ?? null, refusePaused: true }).catch((error: unknown) => {
    // the only thing buildAdvice cannot find is the municipality: name the field, as for a 400
    if (error instanceof AppError && error.code === "NOT_FOUND") throw new AppError("NOT_FOUND", error.message, { municipality: [error.message] });
    throw error;
  });
  return json(toPublicAdvice(advice, appUrlFor(request)), { cache: CACHE_NONE });
});

export const OPTIONS = () => preflight(ALLOW);
const notAllowed = () => methodNotAllowed(ALLOW);
export { notAllowed as GET, notAllowed as PUT, notAllowed as PATCH, notAllowed as DELETE };
