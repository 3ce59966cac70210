/**
 * POST /api/v1/waitlist/{reference}/accept — say yes to an open offer and choose a pickup day: 201 with the new
 * reservation. No open offer -> 409; the deadline has passed -> 410; a bad pickup day -> 400. Documented in
 * lib/api/v1/lending.openapi.ts.
 */
import { acceptOfferRequestSchema, referenceParamSchema, toPublicReservation } from "@/lib/api/v1/lending";
import { checkRateLimit, lookupByCode } from "@/lib/api/rate-limit";
import { readJsonBody } from "@/lib/api/read-json-body";
import { apiRoute, json, methodNotAllowed, preflight } from "@/lib/api/responses";
import { parseInput } from "@/lib/api/validate";
import { appUrlFor } from "@/lib/server/app-url";
import { AppError } from "@/lib/errors";
import { getReservationByReference } from "@/lib/server/lending/get-reservation-by-reference";
import { acceptOffer } from "@/lib/server/lending/waitlist/accept-offer";

export const dynamic = "force-dynamic";

const ALLOW = ["POST", "OPTIONS"] as const;
type Context = { params: Promise<{ reference: string }> };
const NOT_FOUND = "Deze code kennen wij niet. Kijk of de code goed is.";

export const POST = apiRoute<Context>("POST /api/v1/waitlist/{reference}/accept", async (request, context) => {
  await checkRateLimit("waitlist-accept", request);
  const created = await lookupByCode(async () => {
    const parsed = referenceParamSchema.safeParse((await context.params).reference);
    if (!parsed.success) throw new AppError("NOT_FOUND", NOT_FOUND, { reference: [NOT_FOUND] });
    const input = parseInput(acceptOfferRequestSchema, await readJsonBody(request));
    return acceptOffer({ reference: parsed.data, pickupDate: input.pickupDate });
  }, { mode: "api" });
  const reservation = await getReservationByReference({ reference: created.reference });
  if (!reservation) throw new AppError("NOT_FOUND", "Deze reservering kennen wij niet.");
  const out = toPublicReservation(reservation, appUrlFor(request));
  return json(out, { status: 201, headers: { Location: `/api/v1/reservations/${out.reference}` } });
});

export const OPTIONS = () => preflight(ALLOW);
const notAllowed = () => methodNotAllowed(ALLOW);
export { notAllowed as GET, notAllowed as PUT, notAllowed as PATCH, notAllowed as DELETE };
