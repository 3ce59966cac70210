/**
 * Conditional GET for cacheable public responses: a strong ETag from the body, and If-None-Match -> 304.
 * Pure (no Next, no database); unit-tested beside this file.
 */
import { createHash } from "node:crypto";

export function etagFor(body: string): string {
  return `"${createHash("sha256").update(body).digest("base64url").slice(0, 32)}"`;
}

/** True when If-None-Match names this ETag (weak comparison, as RFC 9110 asks for GET), or is "*". */
export function matchesIfNoneMatch(header: string | null, etag: string): boolean {
  if (!header) return false;
  const strip = (tag: string) => tag.trim().replace(/^W\//, "");
  const wanted = strip(etag);
  return header.split(",").some((tag) => tag.trim() === "*" || strip(tag) === wanted);
}

/**
 * A cacheable JSON response: ETag from the body, Cache-Control public, and 304 (no body) when the caller already has
 * this ETag. `headers` are the CORS and other headers every response of the API carries.
 */
export function conditionalJson(request: Request, data: unknown, headers: Record<string, string>): Response {
  const body = JSON.stringify(data);
  const etag = etagFor(body);
  const common = { ...headers, ETag: etag, "Access-Control-Expose-Headers": "ETag" };
  if (matchesIfNoneMatch(request.headers.get("if-none-match"), etag)) return new Response(null, { status: 304, headers: common });
  return new Response(body, { status: 200, headers: { ...common, "Content-Type": "application/json; charset=utf-8" } });
}
