import { describe, expect, it } from "vitest";
import { contentSecurityPolicy, hasBadPercentEncoding, newNonce, refusedMethodResponse } from "./security-headers";

const directives = (csp: string) => new Map(csp.split(";").map((d) => d.trim().split(/\s+/)).map(([name = "", ...values]) => [name, values]));

describe("contentSecurityPolicy", () => {
  const csp = directives(contentSecurityPolicy("abc123", { https: true, development: false }));

  it("allows scripts only with the nonce: no unsafe-inline, no unsafe-eval", () => {
    expect(csp.get("script-src")).toEqual(["'self'", "'nonce-abc123'", "'strict-dynamic'"]);
    expect(csp.get("style-src")).toEqual(["'self'", "'nonce-abc123'"]);
  });

  it.each([
    ["object-src", ["'none'"]],
    ["base-uri", ["'none'"]],
    ["frame-ancestors", ["'none'"]],
    ["default-src", ["'self'"]],
    ["upgrade-insecure-requests", []],
  ])("%s %j", (name, values) => {
    expect(csp.get(name)).toEqual(values);
  });

  it("over plain http: no upgrade-insecure-requests; in development eval for React's dev tools", () => {
    const dev = directives(contentSecurityPolicy("n", { https: false, development: true }));
    expect(dev.has("upgrade-insecure-requests")).toBe(false);
    expect(dev.get("script-src")).toContain("'unsafe-eval'");
  });

  it("gives a new nonce every time", () => {
    const a = newNonce();
    expect(a).toMatch(/^[A-Za-z0-9+/]{22}==$/);
    expect(newNonce()).not.toBe(a);
  });
});

describe("hasBadPercentEncoding", () => {
  it.each([
    ["/reservering/%ff", true],
    ["/verslag/%", true],
    ["/api/v1/reservations/%ff", true],
    ["/verslag/%e2%82", true],
    ["/reservering/KX7M2QPD", false],
    ["/uitleenpunten/caf%C3%A9", false],
    ["/", false],
  ])("%s -> %s", (path, bad) => {
    expect(hasBadPercentEncoding(path)).toBe(bad);
  });
});

describe("refusedMethodResponse", () => {
  it("answers TRACE on the API with 405 in the API's JSON shape", () => {
    const r = refusedMethodResponse("TRACE", "/api/v1/questions");
    expect(r?.status).toBe(405);
    expect(r?.headers.Allow).toBe("GET, POST, DELETE, OPTIONS");
    expect(JSON.parse(r?.body ?? "")).toEqual({ error: expect.stringMatching(/Deze methode kan hier niet/), fields: {} });
  });
  it("answers TRACK on a page with 405 in Dutch", () => {
    expect(refusedMethodResponse("track", "/")).toMatchObject({ status: 405, body: "Deze methode kan hier niet." });
  });
  it.each(["GET", "POST", "DELETE", "OPTIONS", "HEAD"])("lets %s through", (method) => {
    expect(refusedMethodResponse(method, "/api/v1/questions")).toBeNull();
  });
});

describe("contentSecurityPolicy with inlined stylesheets", () => {
  it("allows the built stylesheets by hash, next to the nonce", () => {
    const csp = directives(contentSecurityPolicy("n", { https: false, development: false, styleHashes: ["'sha256-abc='"] }));
    expect(csp.get("style-src")).toEqual(["'self'", "'nonce-n'", "'sha256-abc='"]);
  });
});
