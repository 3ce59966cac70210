import type { NextAuthOptions } from "next-auth";

/**
 * next-auth's cookies: over https with the __Host- prefix (Secure, Path=/, no Domain: only this host, never a
 * sub-domain) and without a prefix over plain http (local demo, tests). The session cookie is a browser-session
 * cookie: app/api/auth/[...nextauth]/route.ts strips next-auth's Expires (see sessionCookieWithoutExpiry).
 */
export function authCookies(secure: boolean): NonNullable<NextAuthOptions["cookies"]> {
  const prefix = secure ? "__Host-" : "";
  const options = { httpOnly: true, sameSite: "lax" as const, path: "/", secure };
  return {
    sessionToken: { name: `${prefix}ttv.session`, options },
    callbackUrl: { name: `${prefix}ttv.callback-url`, options },
    csrfToken: { name: `${prefix}ttv.csrf`, options },
  };
}

/**
 * One Set-Cookie value with Expires and Max-Age removed when it sets the session cookie to a value, so the browser
 * forgets the session when it closes. Deleting cookies (empty value) keep their Max-Age=0. Pure; unit-tested.
 */
export function sessionCookieWithoutExpiry(setCookie: string, sessionCookieName: string): string {
  const [pair = "", ...attributes] = setCookie.split(";");
  const eq = pair.indexOf("=");
  const name = pair.slice(0, eq).trim();
  const value = pair.slice(eq + 1).trim();
  const isSession = name === sessionCookieName || name.startsWith(`${sessionCookieName}.`);
  if (!isSession || value === "") return setCookie;
  const kept = attributes.filter((a) => !/^\s*(expires|max-age)\s*=/i.test(a));
  return [pair, ...kept].join(";");
}
