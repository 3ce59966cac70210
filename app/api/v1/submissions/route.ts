/**
 * POST /api/v1/submissions: a supplier submits a product for the shared catalogue (no account). Documented in
 * lib/api/v1/submissions.openapi.ts; request and response schemas in lib/schemas/submission.ts. 201 with the reference
 * and status; 400 with field details (markup in a text, an image that is not a real PNG/JPEG/WebP, too small, ...);
 * 413 for a body over 9 MB; 429 over the per-minute API limit or the hourly submission limit.
 */
import { checkRateLimit, clientKey } from "@/lib/api/rate-limit";
import { readJsonBody } from "@/lib/api/read-json-body";
import { apiRoute, CORS_HEADERS, json, methodNotAllowed, preflight } from "@/lib/api/responses";
import { parseInput } from "@/lib/api/validate";
import { MAX_SUBMISSION_BODY_BYTES, submissionRequestSchema } from "@/lib/schemas/submission";
import { submitProduct } from "@/lib/server/catalogue/submissions";

export const dynamic = "force-dynamic";

const ALLOW = ["POST", "OPTIONS"] as const;

export const POST = apiRoute("POST /api/v1/submissions", async (request) => {
  await checkRateLimit("submissions", request);
  const body = await readJsonBody(request, { maxBytes: MAX_SUBMISSION_BODY_BYTES });
  const input = parseInput(submissionRequestSchema, body);
  const created = await submitProduct({
    fields: input.product,
    images: input.images.map((i) => ({ bytes: new Uint8Array(Buffer.from(i.data, "base64")), alt: i.alt })),
    client: clientKey(request),
  });
  return json(created, { status: 201, headers: { ...CORS_HEADERS, Location: `/api/v1/submissions/${created.reference}` } });
});

export const OPTIONS = () => preflight(ALLOW);
const notAllowed = () => methodNotAllowed(ALLOW);
export { notAllowed as GET, notAllowed as PUT, notAllowed as PATCH, notAllowed as DELETE };
