/**
 * Per-client rate limits for the public API's write endpoints, with rate-limiter-flexible: a well-kept library whose
 * limiters share one interface across stores, so a deployment with several app instances can swap the in-memory store
 * for its PostgreSQL or Redis store without touching the routes. A client over its limit gets 429 with Retry-After.
 */
import { RateLimiterMemory, RateLimiterRes } from "rate-limiter-flexible";
import { ApiError } from "./responses";

export interface RateLimit {
  /** throws ApiError 429 when `request`'s client used up its points */
  check(request: Request): Promise<void>;
}

/** The client's address as the reverse proxy reports it (first x-forwarded-for hop), else one shared bucket. */
export function clientKey(request: Request): string {
  return request.headers.get("x-forwarded-for")?.split(",")[0]?.trim() || request.headers.get("x-real-ip") || "onbekend";
}

/** `pointsPerMinute` requests per client per minute; 0 turns the limit off. */
export function createRateLimit(name: string, pointsPerMinute: number): RateLimit {
  if (pointsPerMinute <= 0) return { check: async () => undefined };
  const limiter = new RateLimiterMemory({ keyPrefix: name, points: pointsPerMinute, duration: 60 });
  return {
    async check(request) {
      try {
        await limiter.consume(clientKey(request));
      } catch (rejection) {
        if (!(rejection instanceof RateLimiterRes)) throw rejection;
        const seconds = Math.max(1, Math.ceil(rejection.msBeforeNext / 1000));
        throw new ApiError(429, `Te veel verzoeken. Probeer het over ${seconds} seconden opnieuw.`, {}, { "Retry-After": String(seconds) });
      }
    },
  };
}

const limits = new Map<string, RateLimit>();

/** The limit for one endpoint, created on first use with env().API_RATE_LIMIT_PER_MINUTE. */
export async function checkRateLimit(name: string, request: Request): Promise<void> {
  const { env } = await import("@/lib/env");
  let limit = limits.get(name);
  if (!limit) {
    limit = createRateLimit(name, env().API_RATE_LIMIT_PER_MINUTE);
    limits.set(name, limit);
  }
  await limit.check(request);
}
