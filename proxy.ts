/**
 * Runs before every route (Next.js 16 proxy, the successor of middleware.ts; Node.js runtime):
 *  - answers paths with percent-encoding that is not valid UTF-8 with 400 (API, in its JSON shape) or the Dutch
 *    not-found page, instead of a 500 from deeper in Next (TRACE never gets here: lib/http/install-server-hooks.ts);
 *  - sets a nonce-based Content-Security-Policy per request (Next.js reads the nonce from the request's CSP header
 *    and puts it on its own scripts; every page renders per request, see app/layout.tsx); the inlined stylesheets are
 *    allowed by their hash (lib/http/stylesheet-hashes.ts);
 *  - sends HSTS when the app is served over https (APP_URL / NEXTAUTH_URL);
 *  - honours a shareable link's language (?taal=tr): passes it to this request in a header and keeps it in a cookie.
 * The client's address is not set here: proxy.ts does not see the connection (lib/http/client-ip.ts).
 * Authorization is not done here either: data access checks it (ARCHITECTURE.md).
 */
import { NextResponse, type NextRequest } from "next/server";
import { errorResponse } from "@/lib/api/responses";
import { env, servedOverHttps } from "@/lib/env";
import { contentSecurityPolicy, hasBadPercentEncoding, newNonce, STRICT_TRANSPORT_SECURITY } from "@/lib/http/security-headers";
import { stylesheetHashSources } from "@/lib/http/stylesheet-hashes";
import { LOCALE_COOKIE, LOCALE_COOKIE_MAX_AGE, LOCALE_HEADER, LOCALE_QUERY, parseLocale } from "@/lib/i18n/config";

/** API answers are data, never a document: nothing may load or run in them, and nobody may frame them. */
const API_CONTENT_SECURITY_POLICY = "default-src 'none'; frame-ancestors 'none'";

const BAD_PATH = "Dit adres klopt niet: er staan tekens in die wij niet kunnen lezen.";

function isApi(pathname: string): boolean {
  return pathname === "/api" || pathname.startsWith("/api/");
}

export function proxy(request: NextRequest) {
  const https = servedOverHttps(env());
  const { pathname } = request.nextUrl;
  const withHsts = (response: Response) => {
    if (https) response.headers.set("Strict-Transport-Security", STRICT_TRANSPORT_SECURITY);
    return response;
  };

  if (isApi(pathname)) {
    // JSON only: no nonce, no page language, no rewritten request headers; a policy that allows nothing to run
    const response = hasBadPercentEncoding(pathname) ? errorResponse(400, BAD_PATH) : NextResponse.next();
    response.headers.set("Content-Security-Policy", API_CONTENT_SECURITY_POLICY);
    return withHsts(response);
  }

  const nonce = newNonce();
  const csp = contentSecurityPolicy(nonce, { https, development: env().NODE_ENV === "development", styleHashes: stylesheetHashSources() });
  const requestHeaders = new Headers(request.headers);
  requestHeaders.set("x-nonce", nonce);
  requestHeaders.set("Content-Security-Policy", csp);
  const linkLocale = parseLocale(request.nextUrl.searchParams.get(LOCALE_QUERY));
  requestHeaders.delete(LOCALE_HEADER); // only the proxy sets it
  if (linkLocale) requestHeaders.set(LOCALE_HEADER, linkLocale);

  let response: NextResponse;
  if (hasBadPercentEncoding(pathname)) {
    // the Dutch not-found page, rendered for a path that exists nowhere
    response = NextResponse.rewrite(new URL("/_niet-gevonden", request.url), { request: { headers: requestHeaders } });
  } else {
    response = NextResponse.next({ request: { headers: requestHeaders } });
  }
  response.headers.set("Content-Security-Policy", csp);
  if (linkLocale && request.cookies.get(LOCALE_COOKIE)?.value !== linkLocale) {
    response.cookies.set(LOCALE_COOKIE, linkLocale, { path: "/", sameSite: "lax", maxAge: LOCALE_COOKIE_MAX_AGE, httpOnly: true, secure: https });
  }
  return withHsts(response);
}

export const config = {
  // everything except Next's hashed static files and image optimisation (no HTML there)
  matcher: ["/((?!_next/static|_next/image|favicon.ico).*)"],
};
