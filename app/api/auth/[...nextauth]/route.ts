import NextAuth from "next-auth";
import { sessionCookieWithoutExpiry } from "@/lib/auth/cookies";
import { authOptions } from "@/lib/auth/options";

type Handler = (req: Request, ctx: { params: Promise<{ nextauth: string[] }> }) => Promise<Response>;

// Built per request so the secret is read at run time (validated by lib/env.ts), not during `next build`.
const handler: Handler = async (req, ctx) => {
  const options = authOptions();
  const response = await (NextAuth(options) as unknown as Handler)(req, ctx);
  // next-auth always gives its session cookie an Expires; ours is a browser-session cookie (the session row in the
  // database carries the absolute and idle limits)
  const cookies = response.headers.getSetCookie();
  if (cookies.length === 0) return response;
  const name = options.cookies?.sessionToken?.name ?? "";
  response.headers.delete("Set-Cookie");
  for (const cookie of cookies) response.headers.append("Set-Cookie", sessionCookieWithoutExpiry(cookie, name));
  return response;
};

export { handler as GET, handler as POST };
