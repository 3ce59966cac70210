import "server-only";
import type { NextAuthOptions } from "next-auth";
import CredentialsProvider from "next-auth/providers/credentials";
import { z } from "zod";
import { currentClient } from "@/lib/api/rate-limit";
import { db } from "@/lib/db";
import { env, servedOverHttps } from "@/lib/env";
import { authCookies } from "./cookies";
import { signInWithPassword } from "./sign-in";
import { refusalCode } from "./sign-in-messages";

/** Sessions last one working day at most; each is a row in the Session table that an administrator can revoke. */
export const SESSION_HOURS = 10;

const credentialsSchema = z.object({
  email: z.string().trim().toLowerCase().email(),
  password: z.string().min(1).max(200),
});

export function authOptions(): NextAuthOptions {
  const e = env();
  const secure = servedOverHttps(e);
  return {
    secret: e.AUTH_SECRET,
    useSecureCookies: secure,
    cookies: authCookies(secure),
    // Credentials sign-in requires the JWT strategy in next-auth v4; the token carries only the id of a
    // database session row, which every request checks (lib/auth/session.ts: absolute and idle limits), so
    // sessions stay revocable.
    session: { strategy: "jwt", maxAge: SESSION_HOURS * 3600 },
    pages: { signIn: "/inloggen", error: "/inloggen" },
    providers: [
      CredentialsProvider({
        name: "E-mail en wachtwoord",
        credentials: { email: { label: "E-mailadres", type: "email" }, password: { label: "Wachtwoord", type: "password" } },
        async authorize(raw) {
          const parsed = credentialsSchema.safeParse(raw);
          if (!parsed.success) return null;
          // throttled, audited, timing-safe (lib/auth/sign-in.ts); a refusal reaches the form as a code
          const result = await signInWithPassword(parsed.data, await currentClient());
          if (!result.ok) throw new Error(refusalCode(result.refusal, result.retryAfterSeconds));
          const user = result.user;
          const session = await db.session.create({
            data: { userId: user.id, expiresAt: new Date(Date.now() + SESSION_HOURS * 3600 * 1000) },
          });
          await db.user.update({ where: { id: user.id }, data: { lastSignInAt: session.createdAt } });
          return { id: user.id, name: user.name, email: user.email, sid: session.id };
        },
      }),
    ],
    callbacks: {
      async jwt({ token, user }) {
        if (user && "sid" in user) token.sid = (user as { sid: string }).sid;
        return token;
      },
      async session({ session, token }) {
        return { ...session, sid: typeof token.sid === "string" ? token.sid : undefined };
      },
    },
    events: {
      async signOut({ token }) {
        if (typeof token?.sid === "string") {
          await db.session.updateMany({ where: { id: token.sid, revokedAt: null }, data: { revokedAt: new Date() } });
        }
      },
    },
  };
}
