/**
 * GET /api/v1/products/{slug} — one product of the published catalogue (documented in lib/api/v1/products.openapi.ts).
 * Cacheable: ETag + If-None-Match -> 304. Unknown product -> 404; a malformed code or any query parameter -> 400.
 */
import { conditionalJson } from "@/lib/api/etag";
import { appUrlFor } from "@/lib/server/app-url";
import { apiRoute, CACHE_PUBLIC, CORS_HEADERS, methodNotAllowed, preflight } from "@/lib/api/responses";
import { parseInput } from "@/lib/api/validate";
import { productSlugParamSchema, queryObject, toPublicCatalogueProduct } from "@/lib/api/v1/products";
import { getOpenProduct } from "@/lib/server/catalogue/get-open-data";
import { z } from "zod";

export const dynamic = "force-dynamic";

const ALLOW = ["GET", "OPTIONS"] as const;

export const GET = apiRoute<{ params: Promise<{ slug: string }> }>("GET /api/v1/products/{slug}", async (request, { params }) => {
  parseInput(z.strictObject({}), queryObject(new URL(request.url).searchParams));
  const { slug } = parseInput(productSlugParamSchema, { slug: (await params).slug });
  const { version, product } = await getOpenProduct(slug);
  const body = { catalogueVersion: version.number, product: toPublicCatalogueProduct(product, appUrlFor(request)) };
  return conditionalJson(request, body, { ...CORS_HEADERS, "Cache-Control": CACHE_PUBLIC });
});

export const OPTIONS = () => preflight(ALLOW);
const notAllowed = () => methodNotAllowed(ALLOW);
export { notAllowed as POST, notAllowed as PUT, notAllowed as PATCH, notAllowed as DELETE };
