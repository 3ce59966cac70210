import { describe, expect, it } from "vitest";
import { clientKey, createRateLimit } from "./rate-limit";
import { ApiError, toErrorResponse } from "./responses";

const from = (ip?: string) => new Request("http://localhost/api/v1/advice", { method: "POST", headers: ip ? { "x-forwarded-for": `${ip}, 10.0.0.1` } : {} });

describe("createRateLimit", () => {
  it("lets a client make its points' worth of requests, then answers 429 with Retry-After", async () => {
    const limit = createRateLimit("test-a", 3);
    for (let i = 0; i < 3; i++) await expect(limit.check(from("192.0.2.1"))).resolves.toBeUndefined();
    const error = await limit.check(from("192.0.2.1")).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ApiError);
    const response = toErrorResponse(error, "test", () => undefined);
    expect(response.status).toBe(429);
    expect(Number(response.headers.get("Retry-After"))).toBeGreaterThan(0);
    expect((await response.json()).error).toMatch(/Te veel verzoeken/);
  });

  it("counts every client separately", async () => {
    const limit = createRateLimit("test-b", 1);
    await limit.check(from("192.0.2.1"));
    await expect(limit.check(from("192.0.2.2"))).resolves.toBeUndefined();
    await expect(limit.check(from("192.0.2.1"))).rejects.toBeInstanceOf(ApiError);
  });

  it("is off with 0 points", async () => {
    const limit = createRateLimit("test-c", 0);
    for (let i = 0; i < 50; i++) await limit.check(from("192.0.2.1"));
  });
});

describe("clientKey", () => {
  it.each([
    ["first forwarded hop", from("192.0.2.9"), "192.0.2.9"],
    ["no proxy header", from(), "onbekend"],
  ])("%s", (_n, request, key) => {
    expect(clientKey(request)).toBe(key);
  });
});
