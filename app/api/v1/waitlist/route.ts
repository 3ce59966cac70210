/**
 * POST /api/v1/waitlist — join the waiting list for a product at a centre when none is free (documented in
 * lib/api/v1/lending.openapi.ts). 201 with the entry and its place in line; 409 when one is free now (reserve it
 * instead); 400 with field errors (consent not true, neither phone nor email, a centre that does not lend it).
 */
import { toPublicWaitlistEntry, waitlistRequestSchema } from "@/lib/api/v1/lending";
import { checkRateLimit } from "@/lib/api/rate-limit";
import { readJsonBody } from "@/lib/api/read-json-body";
import { apiRoute, json, methodNotAllowed, preflight } from "@/lib/api/responses";
import { parseInput } from "@/lib/api/validate";
import { appUrlFor } from "@/lib/server/app-url";
import { AppError } from "@/lib/errors";
import { getWaitlistEntryByReference } from "@/lib/server/lending/waitlist/get-waitlist-entry-by-reference";
import { joinWaitlist } from "@/lib/server/lending/waitlist/join-waitlist";

export const dynamic = "force-dynamic";

const ALLOW = ["POST", "OPTIONS"] as const;

export const POST = apiRoute("POST /api/v1/waitlist", async (request) => {
  await checkRateLimit("waitlist", request);
  const body = await readJsonBody(request);
  const input = parseInput(waitlistRequestSchema, body);
  const joined = await joinWaitlist({
    productSlug: input.product,
    centreSlug: input.centre,
    name: input.name,
    phone: input.phone,
    email: input.email,
    consent: input.consent,
    monitoringAgreed: input.monitoringAgreed,
  });
  const entry = await getWaitlistEntryByReference({ reference: joined.reference });
  if (!entry) throw new AppError("NOT_FOUND", "Deze code kennen wij niet.");
  const out = toPublicWaitlistEntry(entry, appUrlFor(request));
  return json(out, { status: 201, headers: { Location: `/api/v1/waitlist/${out.reference}` } });
});

export const OPTIONS = () => preflight(ALLOW);
const notAllowed = () => methodNotAllowed(ALLOW);
export { notAllowed as GET, notAllowed as PUT, notAllowed as PATCH, notAllowed as DELETE };
