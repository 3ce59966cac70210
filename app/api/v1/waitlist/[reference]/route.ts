/**
 * GET /api/v1/waitlist/{reference} — a waiting-list entry: place in line, or the open offer and its deadline.
 * DELETE /api/v1/waitlist/{reference} — leave the waiting list (an open offer passes to the next in line); 200 with
 * status CANCELLED; already accepted, expired or cancelled -> 409. Documented in lib/api/v1/lending.openapi.ts.
 */
import { allowMethodsHeader, preflightAllowing, referenceParamSchema, toPublicWaitlistEntry } from "@/lib/api/v1/lending";
import { apiRoute, json, methodNotAllowed } from "@/lib/api/responses";
import { appUrlFor } from "@/lib/server/app-url";
import { checkRateLimit, lookupByCode } from "@/lib/api/rate-limit";
import { AppError } from "@/lib/errors";
import { cancelWaitlistEntry } from "@/lib/server/lending/waitlist/cancel-waitlist-entry";
import { getWaitlistEntryByReference } from "@/lib/server/lending/waitlist/get-waitlist-entry-by-reference";

export const dynamic = "force-dynamic";

const ALLOW = ["GET", "DELETE", "OPTIONS"] as const;
const CORS = allowMethodsHeader(ALLOW);
type Context = { params: Promise<{ reference: string }> };

const NOT_FOUND = "Deze code kennen wij niet. Kijk of de code goed is.";

async function load(reference: string) {
  const entry = await getWaitlistEntryByReference({ reference });
  if (!entry) throw new AppError("NOT_FOUND", NOT_FOUND, { reference: [NOT_FOUND] });
  return entry;
}

async function referenceFrom(context: Context): Promise<string> {
  const parsed = referenceParamSchema.safeParse((await context.params).reference);
  if (!parsed.success) throw new AppError("NOT_FOUND", NOT_FOUND, { reference: [NOT_FOUND] });
  return parsed.data;
}

export const GET = apiRoute<Context>("GET /api/v1/waitlist/{reference}", async (request, context) => {
  const entry = await lookupByCode(async () => load(await referenceFrom(context)), { mode: "api" });
  return json(toPublicWaitlistEntry(entry, appUrlFor(request)), { headers: CORS });
});

export const DELETE = apiRoute<Context>("DELETE /api/v1/waitlist/{reference}", async (request, context) => {
  await checkRateLimit("waitlist-delete", request);
  const reference = await lookupByCode(async () => {
    const found = await referenceFrom(context);
    await load(found);
    return found;
  }, { mode: "api" });
  await cancelWaitlistEntry({ reference });
  return json(toPublicWaitlistEntry(await load(reference), appUrlFor(request)), { headers: CORS });
});

export const OPTIONS = () => preflightAllowing(ALLOW);
const notAllowed = () => methodNotAllowed(ALLOW);
export { notAllowed as POST, notAllowed as PUT, notAllowed as PATCH };
