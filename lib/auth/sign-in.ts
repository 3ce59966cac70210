import "server-only";
/**
 * Checking a staff member's e-mail and password, with throttling, for next-auth's authorize (lib/auth/options.ts).
 *
 *  - Per account (by a hash of the e-mail address, so unknown addresses are limited too): every attempt counts,
 *    a successful sign-in resets the count. From the 3rd failure on, the next attempt must wait 1, 2, 4, ... up to
 *    60 seconds; after SIGN_IN_FAILURES_PER_ACCOUNT (10) attempts within 15 minutes the account is locked for 15
 *    minutes. Attempts are counted before the password is checked, so a burst of parallel guesses gets at most
 *    that many checks. After the lock the account holder signs in as usual.
 *  - Per client (IP address, lib/http/client-ip.ts): SIGN_IN_FAILURES_PER_CLIENT failures within 15 minutes over
 *    all accounts, then 15 minutes nothing from that client.
 *  - Unknown accounts cost the same hashing work as known ones (a dummy hash), so timing reveals no account.
 *  - Every sign-in, failure and refusal is written to the audit log (who, when, result, client address); a
 *    successful one sets User.lastSignInAt and replaces a hash made with older parameters.
 * Buckets are in PostgreSQL (lib/api/rate-limit.ts), shared by every app instance.
 */
import { createHash } from "node:crypto";
import type { RateLimiterAbstract } from "rate-limiter-flexible";
import { RateLimiterRes } from "rate-limiter-flexible";
import { blockedFor, sharedLimiter, secondsFrom, type LimiterSpec } from "@/lib/api/rate-limit";
import { db } from "@/lib/db";
import { recordSignInEvent } from "@/lib/server/audit/record-audit-event";
import { env } from "@/lib/env";
import type { Prisma, User } from "@/lib/generated/prisma/client";
import { DUMMY_HASH, hashPassword, needsRehash, verifyPassword } from "./password";
import type { SignInRefusal } from "./sign-in-messages";

export const SIGN_IN_WINDOW_SECONDS = 15 * 60;
/** failures before the growing pause starts */
const FREE_FAILURES = 2;
const MAX_PAUSE_SECONDS = 60;

export type SignInResult = { ok: true; user: User } | { ok: false; refusal: SignInRefusal; retryAfterSeconds?: number };

export interface SignInLimits {
  perAccount: number;
  perClient: number;
  store?: LimiterSpec["store"];
}

function limitsFromEnv(): SignInLimits {
  const e = env();
  return { perAccount: e.SIGN_IN_FAILURES_PER_ACCOUNT, perClient: e.SIGN_IN_FAILURES_PER_CLIENT };
}

async function limiters(limits: SignInLimits) {
  const [account, client, pause] = await Promise.all([
    sharedLimiter({ name: "signin:account", points: limits.perAccount, durationSeconds: SIGN_IN_WINDOW_SECONDS, blockSeconds: SIGN_IN_WINDOW_SECONDS, store: limits.store }),
    sharedLimiter({ name: "signin:client", points: limits.perClient, durationSeconds: SIGN_IN_WINDOW_SECONDS, blockSeconds: SIGN_IN_WINDOW_SECONDS, store: limits.store }),
    sharedLimiter({ name: "signin:pause", points: 1, durationSeconds: MAX_PAUSE_SECONDS, store: limits.store }),
  ]);
  return { account, client, pause };
}

/** The bucket key of an account: a hash of the normalised e-mail address (no address in the table). */
export function accountKey(email: string): string {
  return createHash("sha256").update(email.trim().toLowerCase()).digest("hex").slice(0, 40);
}

/** The pause after the n-th failure in a row: none for the first two, then 1, 2, 4, ... 60 seconds. Pure. */
export function pauseAfter(failures: number): number {
  if (failures <= FREE_FAILURES) return 0;
  return Math.min(MAX_PAUSE_SECONDS, 2 ** (failures - FREE_FAILURES - 1));
}

async function audit(action: string, user: User | null, client: string, details: Prisma.InputJsonObject): Promise<void> {
  await recordSignInEvent({ action, user, client, details });
}

/** One attempt: consumes a point; the number of attempts so far in the window, or the seconds of the lock. */
async function countAttempt(limiter: RateLimiterAbstract, key: string): Promise<{ attempts: number } | { lockedFor: number }> {
  try {
    const res = await limiter.consume(key);
    return { attempts: res.consumedPoints };
  } catch (rejection) {
    if (!(rejection instanceof RateLimiterRes)) throw rejection;
    return { lockedFor: secondsFrom(rejection.msBeforeNext) };
  }
}

/**
 * Checks e-mail and password for `client`. Refusals carry the seconds to wait. Never says whether the account
 * exists: unknown, inactive and wrong password all read "invalid" after the same hashing work.
 */
export async function signInWithPassword(input: { email: string; password: string }, client: string, limits: SignInLimits = limitsFromEnv()): Promise<SignInResult> {
  const email = input.email.trim().toLowerCase();
  const key = accountKey(email);
  const l = await limiters(limits);
  const found = await db.user.findUnique({ where: { email }, include: { municipality: { select: { status: true, oidcConfig: { select: { passwordSignInDisabled: true } } } } } });
  // a paused municipality's people cannot sign in (platform administrators have no municipality)
  const paused = found?.municipality?.status === "paused";
  // the municipality switched password sign-in off: its people sign in through its own identity provider
  const passwordOff = found?.municipality?.oidcConfig?.passwordSignInDisabled === true;
  const user = found ? (({ municipality: _m, ...rest }) => rest)(found) : null;

  const clientWait = await blockedFor(l.client, client);
  if (clientWait !== null) {
    await audit("auth.lockout", user, client, { result: "refused", reason: "client_locked" });
    return { ok: false, refusal: "client_locked", retryAfterSeconds: clientWait };
  }
  const pause = await blockedFor(l.pause, key);
  if (pause !== null) {
    await audit("auth.lockout", user, client, { result: "refused", reason: "paused" });
    return { ok: false, refusal: "wait", retryAfterSeconds: pause };
  }
  const attempt = await countAttempt(l.account, key);
  if ("lockedFor" in attempt) {
    await audit("auth.lockout", user, client, { result: "refused", reason: "account_locked" });
    return { ok: false, refusal: "locked", retryAfterSeconds: attempt.lockedFor };
  }

  const valid = await verifyPassword(input.password, user?.passwordHash ?? DUMMY_HASH);
  if (user && user.active && valid && paused) {
    // the right password, but the municipality is paused: say so (only to someone who knows the password); not a failure
    await Promise.all([l.account.delete(key), l.pause.delete(key)]);
    await audit("auth.sign_in_failed", user, client, { result: "refused", reason: "municipality_paused" });
    return { ok: false, refusal: "municipality_paused" };
  }
  if (user && user.active && !passwordOff && valid) {
    await Promise.all([l.account.delete(key), l.pause.delete(key)]);
    const data: Prisma.UserUpdateInput = { lastSignInAt: new Date() };
    if (needsRehash(user.passwordHash)) data.passwordHash = await hashPassword(input.password);
    const updated = await db.user.update({ where: { id: user.id }, data });
    await audit("auth.sign_in", updated, client, { result: "success", ...(data.passwordHash ? { rehashed: true } : {}) });
    return { ok: true, user: updated };
  }

  // a failure: count it for the client, and pause or lock the account
  try {
    await l.client.consume(client);
  } catch (rejection) {
    if (!(rejection instanceof RateLimiterRes)) throw rejection; // the client is now over its limit: the next attempt is refused
  }
  const reason = !user ? "unknown_account" : !user.active ? "inactive" : passwordOff && valid ? "password_sign_in_off" : "wrong_password";
  await audit("auth.sign_in_failed", user, client, { result: "failed", reason, attempt: attempt.attempts });
  // only someone who knows the password learns that this municipality signs in through its own account
  if (reason === "password_sign_in_off") return { ok: false, refusal: "use_municipality_account" };
  if (attempt.attempts >= limits.perAccount) {
    await audit("auth.lockout", user, client, { result: "locked", reason: "account_locked", minutes: SIGN_IN_WINDOW_SECONDS / 60 });
    return { ok: false, refusal: "invalid" };
  }
  const wait = pauseAfter(attempt.attempts);
  if (wait > 0) await l.pause.block(key, wait);
  return { ok: false, refusal: "invalid" };
}
