import { beforeAll, describe, expect, it } from "vitest";
import { NextRequest } from "next/server";

// proxy.ts reads its settings through lib/env.ts once: serve "over https" for these tests
let proxy: (request: NextRequest) => Response;
beforeAll(async () => {
  const saved = { DATABASE_URL: process.env.DATABASE_URL, APP_URL: process.env.APP_URL };
  process.env.DATABASE_URL ??= "postgresql://u@127.0.0.1:5432/ttv";
  process.env.APP_URL = "https://ttv.example.nl";
  ({ proxy } = (await import("@/proxy")) as unknown as { proxy: typeof proxy });
  const { env } = await import("@/lib/env");
  env(); // read (and cached) now; then leave process.env as it was for other test files
  for (const [key, value] of Object.entries(saved)) {
    if (value === undefined) delete process.env[key];
    else process.env[key] = value;
  }
});

describe("proxy", () => {
  it("sends a nonce CSP and, over https, HSTS for a year", () => {
    const response = proxy(new NextRequest("https://ttv.example.nl/advies"));
    expect(response.headers.get("Strict-Transport-Security")).toBe("max-age=31536000; includeSubDomains");
    const csp = response.headers.get("Content-Security-Policy") ?? "";
    expect(csp).toMatch(/script-src 'self' 'nonce-[^']+' 'strict-dynamic';/);
    expect(csp).toMatch(/upgrade-insecure-requests/);
  });

  it("gives every request its own nonce", () => {
    const a = proxy(new NextRequest("https://ttv.example.nl/")).headers.get("Content-Security-Policy");
    const b = proxy(new NextRequest("https://ttv.example.nl/")).headers.get("Content-Security-Policy");
    expect(a).not.toBe(b);
  });

  it("answers a malformed path under /api with 400 in the API's shape", async () => {
    const response = proxy(new NextRequest("https://ttv.example.nl/api/v1/reservations/%ff"));
    expect(response.status).toBe(400);
    expect(await response.json()).toEqual({ error: expect.stringMatching(/Dit adres klopt niet/), fields: {} });
    expect(response.headers.get("Strict-Transport-Security")).not.toBeNull();
  });

  it("gives API answers a policy that allows nothing, no nonce and no rewritten request headers", () => {
    const response = proxy(new NextRequest("https://ttv.example.nl/api/v1/questions?taal=tr"));
    expect(response.headers.get("Content-Security-Policy")).toBe("default-src 'none'; frame-ancestors 'none'");
    expect(response.headers.get("x-middleware-override-headers")).toBeNull();
    expect(response.headers.get("set-cookie")).toBeNull();
    expect(response.headers.get("Strict-Transport-Security")).not.toBeNull();
  });
});
