/**
 * GET /api/v1/submissions/{reference}: the status of a supplier's submission, for whoever has its reference (404
 * otherwise; failed lookups are limited per client like every code lookup). Documented in lib/api/v1/submissions.openapi.ts.
 */
import { lookupByCode } from "@/lib/api/rate-limit";
import { apiRoute, CACHE_NONE, CORS_HEADERS, json, methodNotAllowed, preflight } from "@/lib/api/responses";
import { AppError } from "@/lib/errors";
import { submissionReferenceSchema } from "@/lib/schemas/submission";
import { appUrlFor } from "@/lib/server/app-url";
import { getSubmissionStatus } from "@/lib/server/catalogue/submissions";

export const dynamic = "force-dynamic";

const ALLOW = ["GET", "OPTIONS"] as const;
const NOT_FOUND = "Deze aanmelding kennen wij niet. Kijk of het kenmerk goed is.";

export const GET = apiRoute<{ params: Promise<{ reference: string }> }>("GET /api/v1/submissions/{reference}", async (request, { params }) => {
  const parsed = submissionReferenceSchema.safeParse((await params).reference);
  const status = await lookupByCode(
    async () => {
      const found = parsed.success ? await getSubmissionStatus(parsed.data, appUrlFor(request)) : null;
      if (!found) throw new AppError("NOT_FOUND", NOT_FOUND, { reference: [NOT_FOUND] });
      return found;
    },
    { mode: "api" },
  );
  return json(status, { headers: { ...CORS_HEADERS, "Cache-Control": CACHE_NONE } });
});

export const OPTIONS = () => preflight(ALLOW);
const notAllowed = () => methodNotAllowed(ALLOW);
export { notAllowed as POST, notAllowed as PUT, notAllowed as PATCH, notAllowed as DELETE };
