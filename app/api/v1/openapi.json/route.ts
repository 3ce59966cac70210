/** GET /api/v1/openapi.json — the OpenAPI 3.1 document of API v1 (built in lib/api/openapi). */
import { buildOpenApiDocument } from "@/lib/api/openapi";
import { apiRoute, CACHE_PUBLIC, json, methodNotAllowed, preflight } from "@/lib/api/responses";

const ALLOW = ["GET", "OPTIONS"] as const;

export const GET = apiRoute("GET /api/v1/openapi.json", async () => json(buildOpenApiDocument(), { cache: CACHE_PUBLIC }));

export const OPTIONS = () => preflight(ALLOW);
const notAllowed = () => methodNotAllowed(ALLOW);
export { notAllowed as POST, notAllowed as PUT, notAllowed as PATCH, notAllowed as DELETE };
