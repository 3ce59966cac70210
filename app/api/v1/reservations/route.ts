/**
 * POST /api/v1/reservations — reserve one unit of a product at a centre for a pickup day (documented in
 * lib/api/v1/lending.openapi.ts). 201 with the reservation; 409 when nothing is free (with how to join the waiting
 * list); 400 with field errors (pickup day not an opening day or in the past, consent not true, neither phone nor
 * email, ...); 404 for an unknown product or centre. Personal data is never logged.
 */
import { reservationRequestSchema, toPublicReservation, waitingListHint } from "@/lib/api/v1/lending";
import { checkRateLimit } from "@/lib/api/rate-limit";
import { readJsonBody } from "@/lib/api/read-json-body";
import { apiRoute, json, methodNotAllowed, preflight } from "@/lib/api/responses";
import { parseInput } from "@/lib/api/validate";
import { appUrlFor } from "@/lib/server/app-url";
import { AppError } from "@/lib/errors";
import { getReservationByReference } from "@/lib/server/lending/get-reservation-by-reference";
import { getReserveOptions } from "@/lib/server/lending/get-reserve-options";
import { reserveUnit } from "@/lib/server/lending/reserve-unit";

export const dynamic = "force-dynamic";

const ALLOW = ["POST", "OPTIONS"] as const;

export const POST = apiRoute("POST /api/v1/reservations", async (request) => {
  await checkRateLimit("reservations", request);
  const body = await readJsonBody(request);
  const input = parseInput(reservationRequestSchema, body);
  const baseUrl = appUrlFor(request);
  let reference: string;
  try {
    const created = await reserveUnit({
      productSlug: input.product,
      centreSlug: input.centre,
      pickupDate: input.pickupDate,
      name: input.name,
      phone: input.phone,
      email: input.email,
      consent: input.consent,
      monitoringAgreed: input.monitoringAgreed,
    });
    reference = created.reference;
  } catch (error) {
    if (error instanceof AppError && error.code === "CONFLICT") {
      // the quick check before the transaction already knows what the hint needs; otherwise look it up
      const known = error.details?.lendsHere === true ? { lendsHere: true, nextAvailableDate: (error.details.nextAvailableDate as string | null) ?? null } : null;
      const options = known ?? (await getReserveOptions({ productSlug: input.product, centreSlug: input.centre }));
      const hint = waitingListHint({
        product: input.product,
        centre: input.centre,
        lendsHere: options?.lendsHere ?? false,
        nextAvailableDate: options?.nextAvailableDate ?? null,
        baseUrl,
      });
      return json({ error: error.message, fields: {}, ...hint }, { status: 409 });
    }
    throw error;
  }
  const reservation = await getReservationByReference({ reference });
  if (!reservation) throw new AppError("NOT_FOUND", "Deze reservering kennen wij niet.");
  const out = toPublicReservation(reservation, baseUrl);
  return json(out, { status: 201, headers: { Location: `/api/v1/reservations/${out.reference}` } });
});

export const OPTIONS = () => preflight(ALLOW);
const notAllowed = () => methodNotAllowed(ALLOW);
export { notAllowed as GET, notAllowed as PUT, notAllowed as PATCH, notAllowed as DELETE };
