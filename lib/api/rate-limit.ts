/**
 * Rate limits, with rate-limiter-flexible: a well-kept library whose limiters share one interface across stores.
 * Buckets live in PostgreSQL (its RateLimiterPostgres store on the app's pg pool, table rate_limit_buckets from a
 * Prisma migration), so several app instances share them. The client is the one from lib/http/client-ip.ts.
 *
 *  - API requests that change something (POST and DELETE): API_RATE_LIMIT_PER_MINUTE per client per minute,
 *    429 + Retry-After ({@link checkRateLimit}).
 *  - Server actions that reserve, join the waiting list or start a questionnaire: the same number, a Dutch message
 *    in the form ({@link actionRateLimit}).
 *  - Lookups by code (reservation, waiting list, questionnaire, report) on pages, in actions and in the API:
 *    CODE_LOOKUP_FAILURES_PER_HOUR failed lookups per client per hour, so guessing an 8-character code (28^8) is
 *    hopeless ({@link lookupByCode}); a page sends the client to /te-veel-pogingen, the API answers 429.
 *  - Sign-in failures per account and per client: lib/auth/sign-in-throttle.ts, on the same store.
 */
import { RateLimiterMemory, RateLimiterPostgres, RateLimiterRes, type RateLimiterAbstract } from "rate-limiter-flexible";
import { AppError, type ErrorRef } from "@/lib/errors";
import { clientIpFromHeaders } from "@/lib/http/client-ip";
import { ApiError } from "./responses";

export const RATE_LIMIT_TABLE = "rate_limit_buckets";

export interface LimiterSpec {
  /** bucket prefix, e.g. "api:advice" */
  name: string;
  points: number;
  durationSeconds: number;
  /** after the points are used up, stay blocked this long (default: until the window ends) */
  blockSeconds?: number;
  /** "memory" only for unit tests: one process, nothing shared */
  store?: "postgres" | "memory";
}

/** A limiter on the shared PostgreSQL store (or in memory for unit tests). */
export async function createLimiter(spec: LimiterSpec): Promise<RateLimiterAbstract> {
  const options = { keyPrefix: spec.name, points: spec.points, duration: spec.durationSeconds, blockDuration: spec.blockSeconds ?? 0 };
  if (spec.store === "memory") return new RateLimiterMemory(options);
  const { pgPool } = await import("@/lib/db");
  return new RateLimiterPostgres({
    ...options,
    storeClient: pgPool(),
    storeType: "pool",
    tableName: RATE_LIMIT_TABLE,
    // the table comes from a migration: no CREATE TABLE at run time
    tableCreated: true,
    clearExpiredByTimeout: true,
  });
}

const limiters = new Map<string, Promise<RateLimiterAbstract>>();

/** One limiter per spec name and process (they are cheap, but keep one cleanup timer each). */
export function sharedLimiter(spec: LimiterSpec): Promise<RateLimiterAbstract> {
  const key = `${spec.name}|${spec.points}|${spec.durationSeconds}|${spec.blockSeconds ?? 0}|${spec.store ?? "postgres"}`;
  let limiter = limiters.get(key);
  if (!limiter) {
    limiter = createLimiter(spec);
    limiters.set(key, limiter);
  }
  return limiter;
}

export const secondsFrom = (ms: number) => Math.max(1, Math.ceil(ms / 1000));

/** Minutes in words for a Dutch message: "1 minuut", "12 minuten". */
export function minutesText(seconds: number): string {
  const minutes = Math.max(1, Math.ceil(seconds / 60));
  return minutes === 1 ? "1 minuut" : `${minutes} minuten`;
}

/** Thrown when a client is over a limit; pages show `message`, the API answers 429 with Retry-After. */
export class RateLimitedError extends AppError {
  constructor(
    message: string | ErrorRef,
    readonly retryAfterSeconds: number,
  ) {
    super("RATE_LIMITED", message, undefined, { retryAfterSeconds });
    this.name = "RateLimitedError";
  }
}

/** Consumes one point for `key`; the rejection as the number of seconds to wait, or null when allowed. */
export async function consumePoint(limiter: RateLimiterAbstract, key: string): Promise<number | null> {
  try {
    await limiter.consume(key);
    return null;
  } catch (rejection) {
    if (!(rejection instanceof RateLimiterRes)) throw rejection;
    return secondsFrom(rejection.msBeforeNext);
  }
}

/** Seconds `key` must still wait (its points are used up), or null when it may go on. Consumes nothing. */
export async function blockedFor(limiter: RateLimiterAbstract, key: string): Promise<number | null> {
  const res = await limiter.get(key);
  if (!res || res.consumedPoints < limiter.points) return null;
  return res.msBeforeNext > 0 ? secondsFrom(res.msBeforeNext) : null;
}

// ----------------------------------------------------------------------------- requests per minute

export interface RateLimit {
  /** throws ApiError 429 when `request`'s client used up its points */
  check(request: Request): Promise<void>;
}

/** The client of an API request (never a client-sent forwarding header; see lib/http/client-ip.ts). */
export function clientKey(request: Request): string {
  return clientIpFromHeaders(request.headers);
}

export const tooManyRequests = (seconds: number) => `Te veel verzoeken. Probeer het over ${seconds} seconden opnieuw.`;

/** `pointsPerMinute` requests per client per minute; 0 turns the limit off. */
export function createRateLimit(name: string, pointsPerMinute: number, store: LimiterSpec["store"] = "postgres"): RateLimit {
  if (pointsPerMinute <= 0) return { check: async () => undefined };
  const limiter = sharedLimiter({ name, points: pointsPerMinute, durationSeconds: 60, store });
  return {
    async check(request) {
      const seconds = await consumePoint(await limiter, clientKey(request));
      if (seconds !== null) throw new ApiError(429, tooManyRequests(seconds), {}, { "Retry-After": String(seconds) });
    },
  };
}

async function settings() {
  const { env } = await import("@/lib/env");
  return env();
}

/** The limit for one API endpoint: API_RATE_LIMIT_PER_MINUTE requests per client per minute. */
export async function checkRateLimit(name: string, request: Request): Promise<void> {
  await createRateLimit(`api:${name}`, (await settings()).API_RATE_LIMIT_PER_MINUTE).check(request);
}

/** The client of the current page request or server action (outside a request: "onbekend"). */
export async function currentClient(): Promise<string> {
  try {
    const { headers } = await import("next/headers");
    return clientIpFromHeaders(await headers());
  } catch {
    return clientIpFromHeaders(new Headers());
  }
}

/**
 * For a server action that creates something (reserve, waiting list, questionnaire): null when allowed, else the
 * Dutch sentence for the form. Use as one line at the top: `const limited = await actionRateLimit("reserve"); if (limited) return { message: limited };`
 */
export async function actionRateLimit(name: string): Promise<string | null> {
  const points = (await settings()).API_RATE_LIMIT_PER_MINUTE;
  if (points <= 0) return null;
  const limiter = await sharedLimiter({ name: `action:${name}`, points, durationSeconds: 60 });
  const seconds = await consumePoint(limiter, await currentClient());
  return seconds === null ? null : `U heeft dit net te vaak gedaan. Wacht ${seconds} seconden en probeer het dan opnieuw.`;
}

// ----------------------------------------------------------------------------- lookups by code

export const CODE_LOOKUP_WINDOW_SECONDS = 3600;

export const tooManyLookups = (seconds: number) =>
  `U heeft te vaak een code ingevuld die wij niet kennen. Probeer het over ${minutesText(seconds)} opnieuw, of bel het uitleenpunt.`;

async function codeLookupLimiter(perHour: number, store?: LimiterSpec["store"]) {
  return sharedLimiter({ name: "lookup:code", points: perHour, durationSeconds: CODE_LOOKUP_WINDOW_SECONDS, store });
}

export interface LookupOptions {
  /** "page": an over-limit client goes to /te-veel-pogingen; "api": a RateLimitedError (429 + Retry-After) */
  mode: "page" | "api";
  /** the client; default the current request's */
  client?: string;
  /** failed lookups per hour; default CODE_LOOKUP_FAILURES_PER_HOUR (0 = no limit) */
  perHour?: number;
  store?: LimiterSpec["store"];
}

/**
 * Runs a lookup by code (a reservation, waiting-list, questionnaire or report code) under the per-client limit of
 * failed lookups: refused at once while the client is over it; a lookup that finds nothing (null/undefined, or an
 * AppError NOT_FOUND or GONE) counts as a failure. Found records never count.
 */
export async function lookupByCode<T>(lookup: () => Promise<T>, options: LookupOptions): Promise<T> {
  const perHour = options.perHour ?? (await settings()).CODE_LOOKUP_FAILURES_PER_HOUR;
  if (perHour <= 0) return lookup();
  const limiter = await codeLookupLimiter(perHour, options.store);
  const client = options.client ?? (await currentClient());
  const refuse = async (seconds: number): Promise<never> => {
    if (options.mode === "page") {
      const { redirect } = await import("next/navigation");
      redirect("/te-veel-pogingen");
    }
    throw new RateLimitedError(tooManyLookups(seconds), seconds);
  };
  const waiting = await blockedFor(limiter, client);
  if (waiting !== null) return refuse(waiting);
  let result: T;
  try {
    result = await lookup();
  } catch (error) {
    if (error instanceof AppError && (error.code === "NOT_FOUND" || error.code === "GONE")) await consumePoint(limiter, client);
    throw error;
  }
  if (result === null || result === undefined) await consumePoint(limiter, client);
  return result;
}

/** How long the current client still has to wait after too many failed lookups (for /te-veel-pogingen), or null. */
export async function codeLookupWait(): Promise<number | null> {
  const perHour = (await settings()).CODE_LOOKUP_FAILURES_PER_HOUR;
  if (perHour <= 0) return null;
  return blockedFor(await codeLookupLimiter(perHour), await currentClient());
}
