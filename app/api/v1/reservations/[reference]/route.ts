/**
 * GET /api/v1/reservations/{reference} — the reservation, for whoever has its reference (404 otherwise).
 * DELETE /api/v1/reservations/{reference} — cancels it: 200 with status CANCELLED; already cancelled, expired or
 * picked up -> 409. Documented in lib/api/v1/lending.openapi.ts.
 */
import { allowMethodsHeader, preflightAllowing, referenceParamSchema, toPublicReservation } from "@/lib/api/v1/lending";
import { apiRoute, json, methodNotAllowed } from "@/lib/api/responses";
import { appUrlFor } from "@/lib/server/app-url";
import { checkRateLimit, lookupByCode } from "@/lib/api/rate-limit";
import { AppError } from "@/lib/errors";
import { cancelReservation } from "@/lib/server/lending/cancel-reservation";
import { getReservationByReference } from "@/lib/server/lending/get-reservation-by-reference";

export const dynamic = "force-dynamic";

const ALLOW = ["GET", "DELETE", "OPTIONS"] as const;
const CORS = allowMethodsHeader(ALLOW);
type Context = { params: Promise<{ reference: string }> };

const NOT_FOUND = "Deze reservering kennen wij niet. Kijk of de code goed is.";

async function load(reference: string) {
  const reservation = await getReservationByReference({ reference });
  if (!reservation) throw new AppError("NOT_FOUND", NOT_FOUND, { reference: [NOT_FOUND] });
  return reservation;
}

async function referenceFrom(context: Context): Promise<string> {
  const { reference } = await context.params;
  const parsed = referenceParamSchema.safeParse(reference);
  if (!parsed.success) throw new AppError("NOT_FOUND", NOT_FOUND, { reference: [NOT_FOUND] });
  return parsed.data;
}

export const GET = apiRoute<Context>("GET /api/v1/reservations/{reference}", async (request, context) => {
  const reservation = await lookupByCode(async () => load(await referenceFrom(context)), { mode: "api" });
  return json(toPublicReservation(reservation, appUrlFor(request)), { headers: CORS });
});

export const DELETE = apiRoute<Context>("DELETE /api/v1/reservations/{reference}", async (request, context) => {
  await checkRateLimit("reservations-delete", request);
  const reference = await lookupByCode(async () => {
    const found = await referenceFrom(context);
    await load(found);
    return found;
  }, { mode: "api" });
  await cancelReservation({ reference });
  return json(toPublicReservation(await load(reference), appUrlFor(request)), { headers: CORS });
});

export const OPTIONS = () => preflightAllowing(ALLOW);
const notAllowed = () => methodNotAllowed(ALLOW);
export { notAllowed as POST, notAllowed as PUT, notAllowed as PATCH };
