import "server-only";
/**
 * The next-auth session cookie for a sign-in through the municipality's identity provider: the same JWT (with the
 * id of the Session row as `sid`), secret, cookie name and options as the credentials sign-in (lib/auth/options.ts,
 * lib/auth/cookies.ts), and like there a browser-session cookie (no Expires). getServerSession reads it as usual.
 */
import { encode } from "next-auth/jwt";
import { authCookies } from "@/lib/auth/cookies";
import { SESSION_HOURS } from "@/lib/auth/options";
import { env, servedOverHttps } from "@/lib/env";

export async function nextAuthSessionCookie(user: { id: string; name: string; email: string }, sessionId: string) {
  const e = env();
  const secure = servedOverHttps(e);
  const cookie = authCookies(secure).sessionToken;
  if (!cookie) throw new Error("next-auth session cookie is not configured");
  const { name, options } = cookie;
  const value = await encode({ token: { sub: user.id, name: user.name, email: user.email, sid: sessionId }, secret: e.AUTH_SECRET, maxAge: SESSION_HOURS * 3600 });
  return { name, value, options };
}

/** Flow cookie options: httpOnly, lax (the provider redirects back with a top-level GET), only on /api/oidc. */
export function flowCookieOptions(maxAge: number) {
  const secure = servedOverHttps(env());
  return { httpOnly: true, sameSite: "lax" as const, secure, path: "/api/oidc", maxAge };
}
