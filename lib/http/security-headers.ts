/**
 * The per-request security headers that proxy.ts sets (the static ones are in next.config.ts). Pure; unit-tested.
 */

/** A fresh random nonce for one response (128 bits, base64). */
export function newNonce(): string {
  return Buffer.from(globalThis.crypto.getRandomValues(new Uint8Array(16))).toString("base64");
}

/**
 * Content-Security-Policy with a per-request nonce: only scripts carrying the nonce run (Next.js puts it on its own
 * scripts, reading it from this header during rendering), and what they load ('strict-dynamic'); no inline event
 * handlers, no eval (development only: React's dev tools need it), no plugins, no <base>, no framing.
 * Inline style attributes stay allowed (style-src-attr): they cannot run code, and a few components set widths.
 * `styleHashes`: the app's own stylesheets inlined into the page ('sha256-…', lib/http/stylesheet-hashes.ts).
 */
export function contentSecurityPolicy(nonce: string, options: { https: boolean; development: boolean; styleHashes?: readonly string[] }): string {
  const directives = [
    "default-src 'self'",
    `script-src 'self' 'nonce-${nonce}' 'strict-dynamic'${options.development ? " 'unsafe-eval'" : ""}`,
    ["style-src 'self'", `'nonce-${nonce}'`, ...(options.styleHashes ?? [])].join(" "),
    "style-src-attr 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self'",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'none'",
    "form-action 'self'",
    "frame-ancestors 'none'",
    ...(options.https ? ["upgrade-insecure-requests"] : []),
  ];
  return directives.join("; ");
}

/** HSTS for one year (only sent when the app is served over https). */
export const STRICT_TRANSPORT_SECURITY = "max-age=31536000; includeSubDomains";

/** Methods refused on every path: TRACE/TRACK echo requests back (cross-site tracing). */
export const REFUSED_METHODS = new Set(["TRACE", "TRACK"]);

export interface PlainResponse {
  status: number;
  headers: Record<string, string>;
  body: string;
}

/**
 * 405 for a refused method: in the API's JSON shape ({ error, fields }, lib/api/responses.ts) under /api, else a
 * short Dutch text; null for every other method. Pure; unit-tested.
 */
export function refusedMethodResponse(method: string, url: string): PlainResponse | null {
  if (!REFUSED_METHODS.has(method.toUpperCase())) return null;
  const api = url === "/api" || url.startsWith("/api/") || url.startsWith("/api?");
  const allow = api ? "GET, POST, DELETE, OPTIONS" : "GET, HEAD, POST";
  const common = { Allow: allow, "Cache-Control": "no-store", "X-Content-Type-Options": "nosniff" };
  if (api) {
    return { status: 405, headers: { ...common, "Content-Type": "application/json; charset=utf-8" }, body: JSON.stringify({ error: `Deze methode kan hier niet. Gebruik ${allow.replace(/, /g, " of ")}.`, fields: {} }) };
  }
  return { status: 405, headers: { ...common, "Content-Type": "text/plain; charset=utf-8" }, body: "Deze methode kan hier niet." };
}

/** True when the path holds percent-encoding that is not valid UTF-8 ("/verslag/%", "/reservering/%ff"). */
export function hasBadPercentEncoding(pathname: string): boolean {
  try {
    decodeURIComponent(pathname);
    return false;
  } catch {
    return true;
  }
}
