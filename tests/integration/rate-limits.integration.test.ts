/**
 * Rate limits on the shared PostgreSQL store (rate_limit_buckets): a low configured limit is hit, a forged
 * X-Forwarded-For does not give a new bucket, two limiter instances (two app instances) share one bucket, and
 * guessing codes through the API ends in 429 with Retry-After.
 */
import { beforeAll, describe, expect, it } from "vitest";
import { GET as getReservation } from "@/app/api/v1/reservations/[reference]/route";
import { createLimiter, createRateLimit, consumePoint, lookupByCode, RateLimitedError } from "@/lib/api/rate-limit";
import { ApiError } from "@/lib/api/responses";
import { env } from "@/lib/env";
import { CLIENT_IP_HEADER, CLIENT_IP_TOKEN_HEADER, processToken } from "@/lib/http/client-ip";
import { resetWithDemoData } from "./helpers";

type Db = Awaited<ReturnType<typeof resetWithDemoData>>;
let db: Db;

const from = (ip: string, forged?: string) =>
  new Request("http://localhost/api/v1/advice", {
    method: "POST",
    headers: { [CLIENT_IP_HEADER]: ip, [CLIENT_IP_TOKEN_HEADER]: processToken(), ...(forged ? { "x-forwarded-for": forged } : {}) },
  });

beforeAll(async () => {
  db = await resetWithDemoData();
});

describe("requests per minute, stored in PostgreSQL", () => {
  it("refuses the client over a low limit with 429, whatever X-Forwarded-For it sends", async () => {
    const limit = createRateLimit("it:api", 3);
    for (let i = 0; i < 3; i++) await limit.check(from("203.0.113.10", `6.6.6.${i}`));
    const error = await limit.check(from("203.0.113.10", "6.6.6.99")).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ApiError);
    expect((error as ApiError).status).toBe(429);
    expect(Number((error as ApiError).headers["Retry-After"])).toBeGreaterThan(0);
    await expect(limit.check(from("203.0.113.11"))).resolves.toBeUndefined();
    const row = await db.rateLimitBucket.findUniqueOrThrow({ where: { key: "it:api:203.0.113.10" } });
    expect(row.points).toBe(4);
  });

  it("shares one bucket between two app instances", async () => {
    const a = await createLimiter({ name: "it:shared", points: 4, durationSeconds: 60 });
    const b = await createLimiter({ name: "it:shared", points: 4, durationSeconds: 60 });
    expect(await consumePoint(a, "k")).toBeNull();
    expect(await consumePoint(b, "k")).toBeNull();
    expect(await consumePoint(a, "k")).toBeNull();
    expect(await consumePoint(b, "k")).toBeNull();
    expect(await consumePoint(a, "k")).toBeGreaterThan(0);
  });
});

describe("lookups by code", () => {
  it("counts only failed lookups, per client, and then refuses even a right code", async () => {
    const reservation = await db.reservation.findFirstOrThrow();
    const opts = { mode: "api" as const, client: "203.0.113.20", perHour: 5 };
    for (let i = 0; i < 3; i++) await lookupByCode(() => db.reservation.findUnique({ where: { reference: reservation.reference } }), opts);
    for (let i = 0; i < 5; i++) await lookupByCode(() => db.reservation.findUnique({ where: { reference: `NOPE000${i}` } }), opts);
    await expect(lookupByCode(() => db.reservation.findUnique({ where: { reference: reservation.reference } }), opts)).rejects.toBeInstanceOf(RateLimitedError);
    await expect(lookupByCode(() => db.reservation.findUnique({ where: { reference: reservation.reference } }), { ...opts, client: "203.0.113.21" })).resolves.toMatchObject({ id: reservation.id });
  });

  it("GET /api/v1/reservations/{reference}: guessing ends in 429 with Retry-After", async () => {
    const limit = env().CODE_LOOKUP_FAILURES_PER_HOUR;
    expect(limit).toBeGreaterThan(0);
    const get = (reference: string) => getReservation(new Request(`http://localhost/api/v1/reservations/${reference}`), { params: Promise.resolve({ reference }) });
    const statuses: number[] = [];
    for (let i = 0; i < limit + 1; i++) statuses.push((await get(`GUES${String(i).padStart(4, "0")}`)).status);
    expect(statuses.slice(0, limit).every((s) => s === 404)).toBe(true);
    const refused = await get("GUESSAAA");
    expect(refused.status).toBe(429);
    expect(Number(refused.headers.get("Retry-After"))).toBeGreaterThan(0);
    expect((await refused.json()).error).toMatch(/te vaak een code/);
  });
});

describe("demo data", () => {
  it("has random reservation references like real ones, not a guessable sequence", async () => {
    const references = (await db.reservation.findMany({ select: { reference: true } })).map((r) => r.reference);
    expect(references.length).toBeGreaterThan(3);
    for (const reference of references) {
      expect(reference).toMatch(/^[23456789BCDFGHJKMNPQRSTVWXYZ]{8}$/);
      expect(reference).not.toMatch(/^DEMO/);
    }
  });
});
