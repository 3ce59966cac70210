import { describe, expect, it } from "vitest";
import { dataMode } from "./prepare";

describe("dataMode: who gets the demo accounts", () => {
  it.each([
    { embedded: true, demoFlag: false, nodeEnv: undefined, expected: "demo", why: "the local demo on the embedded database" },
    { embedded: true, demoFlag: false, nodeEnv: "development", expected: "demo", why: "npm run dev" },
    { embedded: true, demoFlag: false, nodeEnv: "production", expected: "production", why: "NODE_ENV=production, even embedded" },
    { embedded: false, demoFlag: false, nodeEnv: undefined, expected: "production", why: "DATABASE_URL set: a real server" },
    { embedded: false, demoFlag: false, nodeEnv: "production", expected: "production", why: "a production deployment" },
    { embedded: false, demoFlag: true, nodeEnv: "production", expected: "demo", why: "asked explicitly with --demo" },
    { embedded: false, demoFlag: true, nodeEnv: undefined, expected: "demo", why: "asked explicitly with --demo" },
  ] as const)("$why -> $expected", ({ embedded, demoFlag, nodeEnv, expected }) => {
    expect(dataMode({ embedded, demoFlag, nodeEnv })).toBe(expected);
  });
});
