import { describe, expect, it } from "vitest";
import { baseUrlFromHeaders } from "./base-url";

describe("baseUrlFromHeaders", () => {
  it.each([
    ["a public host is https", { host: "ttv.denhaag.nl" }, "https://ttv.denhaag.nl"],
    ["the local demo is http", { host: "localhost:3000" }, "http://localhost:3000"],
    ["127.0.0.1 is http", { host: "127.0.0.1:3203" }, "http://127.0.0.1:3203"],
    ["a proxy's forwarded host and proto win", { host: "10.0.0.5:3000", "x-forwarded-host": "ttv.rijswijk.nl", "x-forwarded-proto": "https" }, "https://ttv.rijswijk.nl"],
    ["the first of several forwarded values", { host: "app:3000", "x-forwarded-host": "ttv.nl, proxy.internal", "x-forwarded-proto": "https,http" }, "https://ttv.nl"],
    ["forwarded http is kept", { host: "ttv.test", "x-forwarded-proto": "http" }, "http://ttv.test"],
    ["an unknown proto is ignored", { host: "ttv.nl", "x-forwarded-proto": "javascript" }, "https://ttv.nl"],
    ["host names are lower-cased", { host: "TTV.DenHaag.NL" }, "https://ttv.denhaag.nl"],
    ["no host", {}, null],
    ["a forged host with a path", { host: "evil.example/phish?x=" }, null],
    ["a forged host with user info", { host: "user@evil.example" }, null],
    ["a forged host with spaces", { host: "ttv.nl <script>" }, null],
  ])("%s", (_n, headers: Record<string, string>, expected) => {
    expect(baseUrlFromHeaders((name) => headers[name] ?? null)).toBe(expected);
  });
});
