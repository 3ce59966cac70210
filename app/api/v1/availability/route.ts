/**
 * GET /api/v1/availability?product=<slug>&municipality=<slug> — per lending centre of the municipality that lends the
 * product: how many are free now and, when none is, the date one is expected back (documented in
 * lib/api/v1/lending.openapi.ts). Unknown product or municipality -> 404; a missing or malformed parameter -> 400.
 */
import { availabilityQuerySchema, toPublicAvailability } from "@/lib/api/v1/lending";
import { apiRoute, CACHE_NONE, json, methodNotAllowed, preflight } from "@/lib/api/responses";
import { parseInput } from "@/lib/api/validate";
import { appUrlFor } from "@/lib/server/app-url";
import { listCentreAvailability } from "@/lib/server/lending/list-centre-availability";

export const dynamic = "force-dynamic";

const ALLOW = ["GET", "OPTIONS"] as const;

export const GET = apiRoute("GET /api/v1/availability", async (request) => {
  const params = new URL(request.url).searchParams;
  const query = parseInput(availabilityQuerySchema, {
    product: params.get("product") ?? undefined,
    municipality: params.get("municipality") ?? undefined,
  });
  const availability = await listCentreAvailability({ productSlug: query.product, municipalitySlug: query.municipality });
  return json(toPublicAvailability(availability, appUrlFor(request)), { cache: CACHE_NONE });
});

export const OPTIONS = () => preflight(ALLOW);
const notAllowed = () => methodNotAllowed(ALLOW);
export { notAllowed as POST, notAllowed as PUT, notAllowed as PATCH, notAllowed as DELETE };
