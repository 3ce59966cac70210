import { describe, expect, it } from "vitest";
import { AppError } from "@/lib/errors";
import { CLIENT_IP_HEADER, CLIENT_IP_TOKEN_HEADER, processToken } from "@/lib/http/client-ip";
import { clientKey, createRateLimit, lookupByCode, minutesText, RateLimitedError } from "./rate-limit";
import { ApiError, toErrorResponse } from "./responses";

/** A request as the server's client-address hook marks it; `forged` is what the client itself put in X-Forwarded-For. */
const from = (ip?: string, forged?: string) => {
  const headers: Record<string, string> = forged ? { "x-forwarded-for": forged } : {};
  if (ip) Object.assign(headers, { [CLIENT_IP_HEADER]: ip, [CLIENT_IP_TOKEN_HEADER]: processToken() });
  return new Request("http://localhost/api/v1/advice", { method: "POST", headers });
};

describe("createRateLimit (in memory)", () => {
  it("lets a client make its points' worth of requests, then answers 429 with Retry-After", async () => {
    const limit = createRateLimit("test-a", 3, "memory");
    for (let i = 0; i < 3; i++) await expect(limit.check(from("192.0.2.1"))).resolves.toBeUndefined();
    const error = await limit.check(from("192.0.2.1")).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ApiError);
    const response = toErrorResponse(error, "test", () => undefined);
    expect(response.status).toBe(429);
    expect(Number(response.headers.get("Retry-After"))).toBeGreaterThan(0);
    expect((await response.json()).error).toMatch(/Te veel verzoeken/);
  });

  it("counts every client separately", async () => {
    const limit = createRateLimit("test-b", 1, "memory");
    await limit.check(from("192.0.2.1"));
    await expect(limit.check(from("192.0.2.2"))).resolves.toBeUndefined();
    await expect(limit.check(from("192.0.2.1"))).rejects.toBeInstanceOf(ApiError);
  });

  it("is not fooled by a changing X-Forwarded-For", async () => {
    const limit = createRateLimit("test-d", 2, "memory");
    await limit.check(from("192.0.2.1", "6.6.6.1"));
    await limit.check(from("192.0.2.1", "6.6.6.2"));
    await expect(limit.check(from("192.0.2.1", "6.6.6.3"))).rejects.toBeInstanceOf(ApiError);
  });

  it("is off with 0 points", async () => {
    const limit = createRateLimit("test-c", 0, "memory");
    for (let i = 0; i < 50; i++) await limit.check(from("192.0.2.1"));
  });
});

describe("clientKey", () => {
  it.each([
    ["the address the server hook wrote", from("192.0.2.9", "6.6.6.6"), "192.0.2.9"],
    ["a client-sent forwarding header alone", from(undefined, "6.6.6.6"), "onbekend"],
    ["nothing", from(), "onbekend"],
  ])("%s", (_n, request, key) => {
    expect(clientKey(request)).toBe(key);
  });
});

describe("lookupByCode (in memory)", () => {
  const opts = (client: string) => ({ mode: "api" as const, client, perHour: 3, store: "memory" as const });
  const missing = () => Promise.resolve(null);
  const notFound = () => Promise.reject(new AppError("NOT_FOUND", "Onbekend"));

  it("counts lookups that find nothing and refuses the client after the limit, with 429 and Retry-After", async () => {
    await lookupByCode(missing, opts("198.51.100.1"));
    await expect(lookupByCode(notFound, opts("198.51.100.1"))).rejects.toMatchObject({ code: "NOT_FOUND" });
    await lookupByCode(missing, opts("198.51.100.1"));
    const error = await lookupByCode(() => Promise.resolve("found"), opts("198.51.100.1")).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(RateLimitedError);
    const response = toErrorResponse(error, "test", () => undefined);
    expect(response.status).toBe(429);
    expect(Number(response.headers.get("Retry-After"))).toBeGreaterThan(3000);
    expect((await response.json()).error).toMatch(/te vaak een code/);
    // another client is not affected
    await expect(lookupByCode(() => Promise.resolve("found"), opts("198.51.100.2"))).resolves.toBe("found");
  });

  it("never counts lookups that find something", async () => {
    for (let i = 0; i < 10; i++) await expect(lookupByCode(() => Promise.resolve(i), opts("198.51.100.3"))).resolves.toBe(i);
  });
});

describe("minutesText", () => {
  it.each([
    [1, "1 minuut"],
    [60, "1 minuut"],
    [61, "2 minuten"],
    [900, "15 minuten"],
  ])("%i s -> %s", (seconds, text) => {
    expect(minutesText(seconds)).toBe(text);
  });
});
