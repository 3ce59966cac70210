/**
 * GET /api/v1/products[?updatedSince=…] — the published catalogue as open data (documented in
 * lib/api/v1/products.openapi.ts). Cacheable: ETag + If-None-Match -> 304. A bad or unknown parameter -> 400 with fields.
 */
import { conditionalJson } from "@/lib/api/etag";
import { appUrlFor } from "@/lib/server/app-url";
import { apiRoute, CACHE_PUBLIC, CORS_HEADERS, methodNotAllowed, preflight } from "@/lib/api/responses";
import { parseInput } from "@/lib/api/validate";
import { productsQuerySchema, queryObject, toPublicCatalogueProduct, type PublicProductList } from "@/lib/api/v1/products";
import { getOpenCatalogue } from "@/lib/server/catalogue/get-open-data";

export const dynamic = "force-dynamic";

const ALLOW = ["GET", "OPTIONS"] as const;

export const GET = apiRoute("GET /api/v1/products", async (request) => {
  const query = parseInput(productsQuerySchema, queryObject(new URL(request.url).searchParams));
  const open = await getOpenCatalogue({ updatedSince: query.updatedSince ? new Date(query.updatedSince) : undefined });
  const baseUrl = appUrlFor(request);
  const body: PublicProductList = {
    catalogueVersion: open.version.number,
    publishedAt: open.version.publishedAt?.toISOString() ?? null,
    updatedSince: query.updatedSince ?? null,
    products: open.products.map((p) => toPublicCatalogueProduct(p, baseUrl)),
    removed: open.removed,
  };
  return conditionalJson(request, body, { ...CORS_HEADERS, "Cache-Control": CACHE_PUBLIC });
});

export const OPTIONS = () => preflight(ALLOW);
const notAllowed = () => methodNotAllowed(ALLOW);
export { notAllowed as POST, notAllowed as PUT, notAllowed as PATCH, notAllowed as DELETE };
